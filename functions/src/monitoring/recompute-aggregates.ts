import {
  type ClassMonitoring,
  type PeriodKey,
  type PupilMonitoringFacts,
  type SchoolMonitoring,
  buildClassMonitoring,
  buildDistrictMonitoring,
  buildRegionMonitoring,
  buildSchoolMonitoring,
  classMonitoringSchema,
  districtMonitoringSchema,
  districtSchema,
  monitoringClassDocId,
  paths,
  pupilMonitoringFactsSchema,
  regionMonitoringSchema,
  regionOfDistrict,
  schoolMonitoringSchema,
  schoolPeriods,
  schoolSchema,
  sortPeriods,
} from '../domain';
import { db } from '../lib/admin';
import { monitoringLogs } from './monitoring-logs';
import { type MonitoringStatus, parseList, readDoc, tx, writeIfChanged } from './monitoring-store';

// The levels above the pupil (recompute-monitoring.ts): a class from its pupils' facts, a
// school from its classes, an Ambito and a Region from their schools, each in one transaction
// that reads everything it is computed from.

/** `schools/{s}/monitoring/class_{c}` from the facts of the class's pupils. */
export async function recomputeClassMonitoring(
  schoolId: string,
  classId: string,
  asOf: Date = new Date(),
): Promise<MonitoringStatus> {
  const status = await tx(async (t): Promise<MonitoringStatus> => {
    const ref = db.doc(`${paths.schoolMonitoring(schoolId)}/${monitoringClassDocId(classId)}`);
    const [docSnap, factSnaps] = await Promise.all([
      t.get(ref),
      t.get(
        db
          .collectionGroup('monitoringFacts')
          .where('schoolId', '==', schoolId)
          .where('classId', '==', classId),
      ),
    ]);
    const facts = parseList(pupilMonitoringFactsSchema, factSnaps.docs) as PupilMonitoringFacts[];
    if (facts.length === 0) {
      if (docSnap.exists) {
        t.delete(ref);
        return 'deleted';
      }
      return 'unchanged';
    }
    const previous = readDoc(classMonitoringSchema, docSnap);
    const next = buildClassMonitoring({ schoolId, classId, facts, computedAt: asOf });
    return writeIfChanged(t, ref, previous, next);
  });
  monitoringLogs.classMonitoring(schoolId, classId, status);
  return status;
}

/**
 * Every `schools/{s}/monitoring/{period}` from the class documents: the periods the classes
 * carry plus those already written (a period whose activity was deleted drops to zero).
 */
export async function recomputeSchoolMonitoring(
  schoolId: string,
  asOf: Date = new Date(),
): Promise<Record<string, MonitoringStatus>> {
  const statuses = await tx(async (t) => {
    const col = db.collection(paths.schoolMonitoring(schoolId));
    const [schoolSnap, classSnaps, periodSnaps] = await Promise.all([
      t.get(db.doc(paths.school(schoolId))),
      t.get(col.where('kind', '==', 'class')),
      t.get(col.where('kind', '==', 'school')),
    ]);
    const out: Record<string, MonitoringStatus> = {};
    const school = readDoc(schoolSchema, schoolSnap);
    if (!school) return out;
    const classes = parseList(classMonitoringSchema, classSnaps.docs) as ClassMonitoring[];
    const previous = new Map(
      (parseList(schoolMonitoringSchema, periodSnaps.docs) as SchoolMonitoring[]).map((d) => [
        d.period,
        d,
      ]),
    );
    for (const period of sortPeriods([...schoolPeriods(classes), ...previous.keys()])) {
      const next = buildSchoolMonitoring({
        schoolId,
        schoolName: school.name,
        districtId: school.districtId,
        period,
        classes,
        computedAt: asOf,
      });
      out[period] = writeIfChanged(t, col.doc(period), previous.get(period) ?? null, next);
    }
    return out;
  });
  monitoringLogs.schoolMonitoring(schoolId, statuses);
  return statuses;
}

/** `districts/{d}/monitoring/{period}` from the school documents of that period. */
export async function recomputeDistrictMonitoring(
  districtId: string,
  period: PeriodKey,
  asOf: Date = new Date(),
): Promise<MonitoringStatus> {
  const status = await tx(async (t): Promise<MonitoringStatus> => {
    const ref = db.doc(`${paths.districtMonitoring(districtId)}/${period}`);
    const [districtSnap, docSnap, schoolSnaps] = await Promise.all([
      t.get(db.doc(paths.district(districtId))),
      t.get(ref),
      t.get(
        db
          .collectionGroup('monitoring')
          .where('kind', '==', 'school')
          .where('districtId', '==', districtId)
          .where('period', '==', period),
      ),
    ]);
    const district = readDoc(districtSchema, districtSnap);
    if (!district) return 'skipped';
    const previous = readDoc(districtMonitoringSchema, docSnap);
    const next = buildDistrictMonitoring({
      districtId,
      districtName: district.name,
      regionId: regionOfDistrict(district),
      period,
      schools: parseList(schoolMonitoringSchema, schoolSnaps.docs) as SchoolMonitoring[],
      computedAt: asOf,
    });
    return writeIfChanged(t, ref, previous, next);
  });
  monitoringLogs.districtMonitoring(districtId, period, status);
  return status;
}

/** `regions/{r}/monitoring/{period}` from the school documents of the Region's Ambiti. */
export async function recomputeRegionMonitoring(
  regionId: string,
  period: PeriodKey,
  asOf: Date = new Date(),
): Promise<MonitoringStatus> {
  const status = await tx(async (t): Promise<MonitoringStatus> => {
    const ref = db.doc(`${paths.regionMonitoring(regionId)}/${period}`);
    const [districtSnaps, docSnap, schoolSnaps] = await Promise.all([
      t.get(db.collection(paths.districts())),
      t.get(ref),
      t.get(
        db
          .collectionGroup('monitoring')
          .where('kind', '==', 'school')
          .where('period', '==', period),
      ),
    ]);
    const schools = parseList(schoolMonitoringSchema, schoolSnaps.docs) as SchoolMonitoring[];
    const districts = districtSnaps.docs
      .map((d) => ({ id: d.id, data: readDoc(districtSchema, d) }))
      .filter((d) => d.data !== null && regionOfDistrict(d.data) === regionId)
      .map((d) => ({
        id: d.id,
        name: d.data!.name,
        schools: schools.filter((s) => s.districtId === d.id),
      }));
    const previous = readDoc(regionMonitoringSchema, docSnap);
    const next = buildRegionMonitoring({ regionId, period, districts, computedAt: asOf });
    return writeIfChanged(t, ref, previous, next);
  });
  monitoringLogs.regionMonitoring(regionId, period, status);
  return status;
}
