import {
  DEFAULT_NAI_MONTHS,
  ORIENTATION_STATS_ID,
  type OrientationStatsRow,
  type SchoolOrientationStats,
  STORED_RECORD_SCHEMAS,
  TRANSITION_STATUSES,
  buildDistrictOrientationStats,
  buildSchoolOrientationStats,
  isNai,
  italyBand,
  latestMeanMark,
  latestStudyLevel,
  orientationDocId,
  paths,
  pupilSchema,
  schoolClassSchema,
  schoolOrientationStatsSchema,
  schoolSchema,
  schoolYearOf,
  storedOrientationSchema,
  transitionSchema,
} from '../domain';
import { logger } from 'firebase-functions/v2';
import { db } from '../lib/admin';
import { parseStored } from '../lib/firestore-data';

// Orientation aggregates (issue 14): `schools/{s}/stats/orientation` (head and referent: the
// steering check by name, recommendations by group) and `districts/{d}/stats/orientation`
// (the Ambito: the same by school, counts of 3 or fewer suppressed). Recomputed from the
// sources on every orientation write, transition change and by the daily transition check.

const ORIENTATION_MODULE_MIN_HOURS = 30;

/** Recomputes the school's orientation aggregate for the school year of `asOf`. */
export async function recomputeSchoolOrientationStats(
  schoolId: string,
  asOf: Date = new Date(),
): Promise<SchoolOrientationStats | null> {
  const schoolSnap = await db.doc(paths.school(schoolId)).get();
  const school = schoolSnap.exists
    ? parseStored(schoolSchema, schoolSnap.ref.path, schoolSnap.data())
    : null;
  if (!school) return null;
  const schoolYear = schoolYearOf(asOf);
  const naiMonths = school.settings.naiMonths ?? DEFAULT_NAI_MONTHS;
  const [pupilSnaps, classSnaps, transitionSnaps] = await Promise.all([
    db.collection(paths.pupils(schoolId)).get(),
    db.collection(paths.classes(schoolId)).get(),
    db.collection(paths.transitions()).where('fromSchoolId', '==', schoolId).get(),
  ]);
  const classNames = new Map<string, string>();
  for (const c of classSnaps.docs) {
    const parsed = parseStored(schoolClassSchema, c.ref.path, c.data());
    if (parsed) classNames.set(c.id, parsed.name);
  }
  const docId = orientationDocId(schoolYear);
  const records = pupilSnaps.docs.length
    ? await db.getAll(
        ...pupilSnaps.docs.map((p) => db.doc(paths.orientationRecord(schoolId, p.id, docId))),
      )
    : [];
  const rows: OrientationStatsRow[] = [];
  let reviews = 0;
  let fullHours = 0;
  for (const [i, pupilSnap] of pupilSnaps.docs.entries()) {
    const recordSnap = records[i];
    if (!recordSnap?.exists) continue;
    const record = parseStored(storedOrientationSchema, recordSnap.ref.path, recordSnap.data());
    const pupil = parseStored(pupilSchema, pupilSnap.ref.path, pupilSnap.data());
    if (!record || !pupil) continue;
    if (record.review) reviews += 1;
    if (record.orientationHours >= ORIENTATION_MODULE_MIN_HOURS) fullHours += 1;
    const advice = record.advice;
    if (!advice) continue;
    const [termSnaps, l2Snaps] = await Promise.all([
      db.collection(paths.records(schoolId, pupilSnap.id, 'termRecords')).get(),
      db.collection(paths.records(schoolId, pupilSnap.id, 'l2Assessments')).get(),
    ]);
    const terms = termSnaps.docs.flatMap((d) => {
      const r = parseStored(STORED_RECORD_SCHEMAS.termRecords, d.ref.path, d.data());
      return r ? [r] : [];
    });
    const tests = l2Snaps.docs.flatMap((d) => {
      const r = parseStored(STORED_RECORD_SCHEMAS.l2Assessments, d.ref.path, d.data());
      return r ? [r] : [];
    });
    rows.push({
      pupilId: pupilSnap.id,
      name: `${pupil.lastName} ${pupil.firstName}`,
      classId: pupil.classId,
      className: classNames.get(pupil.classId) ?? pupil.classId,
      recommendedTrack: advice.recommendedTrack,
      familyTrack: advice.familyTrack,
      enrolledTrack: advice.enrolledTrack,
      enrolledSchool: advice.enrolledSchool,
      meanMark: latestMeanMark(terms),
      studyLevel: latestStudyLevel(tests),
      nai: isNai(pupil, asOf, naiMonths),
      italyBand: italyBand(pupil.arrivalDate, asOf),
      sex: pupil.sex,
    });
  }
  const transitions = Object.fromEntries(TRANSITION_STATUSES.map((s) => [s, 0])) as Record<
    (typeof TRANSITION_STATUSES)[number],
    number
  >;
  for (const t of transitionSnaps.docs) {
    const parsed = parseStored(transitionSchema, t.ref.path, t.data());
    if (parsed) transitions[parsed.status] += 1;
  }
  const next = buildSchoolOrientationStats({
    school: { id: schoolId, name: school.name, districtId: school.districtId },
    schoolYear,
    rows,
    reviews,
    fullHours,
    transitions,
    computedAt: asOf,
  });
  await db.doc(`${paths.schoolStats(schoolId)}/${ORIENTATION_STATS_ID}`).set(next);
  return next;
}

/** Recomputes the Ambito's orientation aggregate from its schools' aggregates. */
export async function recomputeDistrictOrientationStats(
  districtId: string,
  asOf: Date = new Date(),
): Promise<void> {
  const schools = await db.collection(paths.schools()).where('districtId', '==', districtId).get();
  const stats = await Promise.all(
    schools.docs.map(async (s) => {
      const snap = await db.doc(`${paths.schoolStats(s.id)}/${ORIENTATION_STATS_ID}`).get();
      return snap.exists
        ? parseStored(schoolOrientationStatsSchema, snap.ref.path, snap.data())
        : null;
    }),
  );
  const next = buildDistrictOrientationStats({
    districtId,
    schoolYear: schoolYearOf(asOf),
    schools: stats.filter((s) => s !== null),
    computedAt: asOf,
  });
  await db.doc(`${paths.districtStats(districtId)}/${ORIENTATION_STATS_ID}`).set(next);
}

/** Both levels: the school's aggregate, then its Ambito's. */
export async function recomputeOrientationStats(
  schoolId: string,
  asOf: Date = new Date(),
): Promise<SchoolOrientationStats | null> {
  const stats = await recomputeSchoolOrientationStats(schoolId, asOf);
  logger.info('orientationStatsRecomputed', {
    schoolId,
    pupils: stats?.pupils ?? null,
    steered: stats?.steered.length ?? null,
  });
  if (stats?.districtId) await recomputeDistrictOrientationStats(stats.districtId, asOf);
  return stats;
}

/** Every school (the seed and the recompute callable): schools first, then each Ambito once. */
export async function recomputeAllOrientationStats(asOf: Date = new Date()): Promise<void> {
  const schools = await db.collection(paths.schools()).get();
  const districts = new Set<string>();
  for (const s of schools.docs) {
    const stats = await recomputeSchoolOrientationStats(s.id, asOf);
    if (stats?.districtId) districts.add(stats.districtId);
  }
  for (const d of districts) await recomputeDistrictOrientationStats(d, asOf);
}
