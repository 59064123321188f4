import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import {
  MONITORING_CLASS_PREFIX,
  type PeriodKey,
  districtSchema,
  paths,
  periodKeySchema,
  regionOfDistrict,
} from '../domain';
import { db } from '../lib/admin';
import { parseStored } from '../lib/firestore-data';
import {
  recomputeClassMonitoring,
  recomputeDistrictMonitoring,
  recomputeRegionMonitoring,
  recomputeSchoolMonitoring,
} from '../monitoring/recompute-monitoring';

/** A pupil's facts changed: recompute the class it left and the class it is in. */
export const onMonitoringFactsWritten = onDocumentWritten(
  'schools/{schoolId}/pupils/{pupilId}/monitoringFacts/{docId}',
  async (event) => {
    const classIds = new Set<string>();
    for (const snap of [event.data?.before, event.data?.after]) {
      const classId: unknown = snap?.get('classId');
      if (typeof classId === 'string') classIds.add(classId);
    }
    await Promise.all([...classIds].map((c) => recomputeClassMonitoring(event.params.schoolId, c)));
  },
);

/**
 * Roll-up: a class document changed -> the school's period documents; a school period
 * document changed -> its Ambito's for that period. Written only when changed, so the chain
 * stops at the first level that comes out equal.
 */
export const onSchoolMonitoringWritten = onDocumentWritten(
  'schools/{schoolId}/monitoring/{docId}',
  async (event) => {
    const { schoolId, docId } = event.params;
    if (docId.startsWith(MONITORING_CLASS_PREFIX)) {
      await recomputeSchoolMonitoring(schoolId);
      return;
    }
    const period = periodKeySchema.safeParse(docId);
    if (!period.success) return;
    const districtIds = new Set<string>();
    for (const snap of [event.data?.before, event.data?.after]) {
      const districtId: unknown = snap?.get('districtId');
      if (typeof districtId === 'string' && districtId) districtIds.add(districtId);
    }
    await Promise.all([...districtIds].map((d) => recomputeDistrictMonitoring(d, period.data)));
  },
);

/** An Ambito's period document changed -> its Region's for that period. */
export const onDistrictMonitoringWritten = onDocumentWritten(
  'districts/{districtId}/monitoring/{period}',
  async (event) => {
    const period = periodKeySchema.safeParse(event.params.period);
    if (!period.success) return;
    const snap = await db.doc(paths.district(event.params.districtId)).get();
    const district = snap.exists ? parseStored(districtSchema, snap.ref.path, snap.data()) : null;
    const regionId: unknown =
      event.data?.after.get('regionId') ?? event.data?.before.get('regionId');
    const regions = new Set<string>();
    if (district) regions.add(regionOfDistrict(district));
    if (typeof regionId === 'string') regions.add(regionId);
    await Promise.all(
      [...regions].map((r) => recomputeRegionMonitoring(r, period.data as PeriodKey)),
    );
  },
);
