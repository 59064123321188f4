import type { DocumentReference, Transaction } from 'firebase-admin/firestore';
import {
  type ClassStats,
  type DistrictStats,
  type SchoolStats,
  type StatsPupilRow,
  STATS_DOC_IDS,
  buildClassStats,
  buildDistrictStats,
  buildSchoolStats,
  classStatsDocId,
  classStatsSchema,
  districtStatsSchema,
  needsAction,
  paths,
  sameStats,
  schoolClassSchema,
  schoolSchema,
  schoolStatsSchema,
  storedRiskSchema,
  termKeyAt,
} from '../domain';
import { db } from '../lib/admin';
import { parseStored } from '../lib/firestore-data';
import { recomputeSchoolRisk } from '../risk/recompute-school';
import { statsLogs } from './stats-logs';

export type StatsOutcome<T> = {
  status: 'updated' | 'unchanged' | 'deleted' | 'skipped';
  stats: T | null;
};

/** Options: `dryRun` computes from the sources without writing (tests, benchmarks). */
export interface RecomputeOptions {
  asOf?: Date;
  dryRun?: boolean;
}

// Up to 50 concurrent triggers recompute the same class: each retry rereads the sources, so a
// generous attempt budget only costs time, while giving up would leave a stale aggregate.
const TX_ATTEMPTS = 30;

/**
 * The part of `risk/current` the aggregates read; an older engine's document fails it and is
 * left out until its pupil is recomputed.
 */
const riskRowSchema = storedRiskSchema.pick({
  level: true,
  reviewedLevel: true,
  score: true,
  flags: true,
  followUps: true,
  summary: true,
});

const classStatsRef = (schoolId: string, classId: string) =>
  db.doc(`${paths.schoolStats(schoolId)}/${classStatsDocId(classId)}`);
const schoolStatsRef = (schoolId: string) =>
  db.doc(`${paths.schoolStats(schoolId)}/${STATS_DOC_IDS.school}`);
const districtStatsRef = (districtId: string) =>
  db.doc(`${paths.districtStats(districtId)}/${STATS_DOC_IDS.district}`);

function run<T>(dryRun: boolean | undefined, body: (tx: Transaction) => Promise<T>): Promise<T> {
  return dryRun
    ? db.runTransaction(body, { readOnly: true })
    : db.runTransaction(body, { maxAttempts: TX_ATTEMPTS });
}

/** Writes `next` unless equal to the stored document apart from `computedAt`. */
function writeIfChanged<T extends { computedAt: Date }>(
  tx: Transaction,
  ref: DocumentReference,
  previous: T | null,
  next: T,
  dryRun: boolean | undefined,
): StatsOutcome<T> {
  if (previous && sameStats(previous, next)) return { status: 'unchanged', stats: next };
  if (!dryRun) tx.set(ref, next);
  return { status: 'updated', stats: next };
}

/**
 * Recomputes `schools/{s}/stats/class_{c}` from the `risk/current` of the class's pupils, in
 * one transaction: concurrent recomputes serialise on the documents they read, and the last
 * one always sees every committed risk document, so no update is ever lost.
 */
export async function recomputeClassStats(
  schoolId: string,
  classId: string,
  options: RecomputeOptions = {},
): Promise<StatsOutcome<ClassStats>> {
  const asOf = options.asOf ?? new Date();
  const outcome = await run(options.dryRun, async (tx): Promise<StatsOutcome<ClassStats>> => {
    const statsRef = classStatsRef(schoolId, classId);
    const [schoolSnap, classSnap, statsSnap, riskSnap] = await Promise.all([
      tx.get(db.doc(paths.school(schoolId))),
      tx.get(db.doc(paths.schoolClass(schoolId, classId))),
      tx.get(statsRef),
      tx.get(
        db
          .collectionGroup('risk')
          .where('schoolId', '==', schoolId)
          .where('classId', '==', classId),
      ),
    ]);
    // A school being erased (or a test tearing down) is no error: nothing to aggregate.
    if (!schoolSnap.exists) return { status: 'skipped', stats: null };
    const school = parseStored(schoolSchema, schoolSnap.ref.path, schoolSnap.data());
    if (!school) return { status: 'skipped', stats: null };
    const previous = statsSnap.exists
      ? parseStored(classStatsSchema, statsRef.path, statsSnap.data())
      : null;
    const rows: Omit<StatsPupilRow, 'name'>[] = [];
    for (const doc of riskSnap.docs) {
      const pupilId = doc.ref.parent.parent?.id;
      const parsed = parseStored(riskRowSchema, doc.ref.path, doc.data());
      if (!pupilId || !parsed) continue;
      rows.push({
        pupilId,
        level: parsed.level,
        reviewedLevel: parsed.reviewedLevel,
        score: parsed.score,
        flagCodes: parsed.flags.map((f) => f.code),
        followUps: parsed.followUps.map((f) => ({ code: f.code, due: f.due })),
        summary: parsed.summary,
      });
    }
    if (!classSnap.exists && rows.length === 0) {
      // A class that no longer exists and has no pupils leaves no aggregate behind.
      if (statsSnap.exists && !options.dryRun) tx.delete(statsRef);
      return { status: statsSnap.exists ? 'deleted' : 'unchanged', stats: null };
    }
    const names = await listedPupilNames(tx, schoolId, rows);
    const schoolClass = classSnap.exists
      ? parseStored(schoolClassSchema, classSnap.ref.path, classSnap.data())
      : null;
    const next = buildClassStats({
      schoolId,
      info: {
        classId,
        className: schoolClass?.name ?? classId,
        classYear: schoolClass?.year ?? 1,
        schoolLevel: schoolClass?.level ?? 'primaria',
      },
      rows: rows.map((r) => ({ ...r, name: names.get(r.pupilId) ?? '' })),
      currentTerm: termKeyAt(asOf, school.settings.termSystem),
      previousTrend: previous?.trend ?? {},
      computedAt: asOf,
    });
    return writeIfChanged(tx, statsRef, previous, next, options.dryRun);
  });
  statsLogs.classStats(schoolId, classId, outcome.status, outcome.stats?.stats.pupils ?? 0);
  return outcome;
}

/** Names of the pupils that appear in the lists (the only place a name is stored). */
async function listedPupilNames(
  tx: Transaction,
  schoolId: string,
  rows: readonly Omit<StatsPupilRow, 'name'>[],
): Promise<Map<string, string>> {
  const listed = rows.filter((r) => needsAction(r) || (r.summary.nai && !r.summary.pdp));
  const names = new Map<string, string>();
  if (listed.length === 0) return names;
  const snaps = await tx.getAll(...listed.map((r) => db.doc(paths.pupil(schoolId, r.pupilId))));
  for (const snap of snaps) {
    const last: unknown = snap.get('lastName');
    const first: unknown = snap.get('firstName');
    if (typeof last === 'string' && typeof first === 'string') {
      names.set(snap.id, `${last} ${first}`);
    }
  }
  return names;
}

/** Recomputes `schools/{s}/stats/school` from the school's class documents. */
export async function recomputeSchoolStats(
  schoolId: string,
  options: RecomputeOptions = {},
): Promise<StatsOutcome<SchoolStats>> {
  const asOf = options.asOf ?? new Date();
  let classCount = 0;
  const outcome = await run(options.dryRun, async (tx): Promise<StatsOutcome<SchoolStats>> => {
    const statsRef = schoolStatsRef(schoolId);
    const [schoolSnap, statsSnap, classSnaps] = await Promise.all([
      tx.get(db.doc(paths.school(schoolId))),
      tx.get(statsRef),
      tx.get(db.collection(paths.schoolStats(schoolId)).where('kind', '==', 'class')),
    ]);
    // A school being erased (or a test tearing down) is no error: nothing to aggregate.
    if (!schoolSnap.exists) return { status: 'skipped', stats: null };
    const school = parseStored(schoolSchema, schoolSnap.ref.path, schoolSnap.data());
    if (!school) return { status: 'skipped', stats: null };
    const previous = statsSnap.exists
      ? parseStored(schoolStatsSchema, statsRef.path, statsSnap.data())
      : null;
    const classes = classSnaps.docs
      .map((d) => parseStored(classStatsSchema, d.ref.path, d.data()))
      .filter((c): c is ClassStats => c !== null);
    classCount = classes.length;
    const next = buildSchoolStats({
      schoolId,
      schoolName: school.name,
      districtId: school.districtId,
      classes,
      currentTerm: termKeyAt(asOf, school.settings.termSystem),
      previousTrend: previous?.trend ?? {},
      computedAt: asOf,
    });
    return writeIfChanged(tx, statsRef, previous, next, options.dryRun);
  });
  statsLogs.schoolStats(schoolId, outcome.status, classCount);
  return outcome;
}

/**
 * Recomputes `districts/{d}/stats/schools` from the school documents of the Ambito. Only
 * suppressed counts are written there: a district client never receives a count of 3 or fewer.
 */
export async function recomputeDistrictStats(
  districtId: string,
  options: RecomputeOptions = {},
): Promise<StatsOutcome<DistrictStats>> {
  const asOf = options.asOf ?? new Date();
  const outcome = await run(options.dryRun, async (tx): Promise<StatsOutcome<DistrictStats>> => {
    const statsRef = districtStatsRef(districtId);
    const [schools, statsSnap] = await Promise.all([
      tx.get(db.collection(paths.schools()).where('districtId', '==', districtId)),
      tx.get(statsRef),
    ]);
    const statsSnaps =
      schools.size > 0 ? await tx.getAll(...schools.docs.map((s) => schoolStatsRef(s.id))) : [];
    const schoolStats = statsSnaps
      .filter((s) => s.exists)
      .map((s) => parseStored(schoolStatsSchema, s.ref.path, s.data()))
      .filter((s): s is SchoolStats => s !== null);
    const previous = statsSnap.exists
      ? parseStored(districtStatsSchema, statsRef.path, statsSnap.data())
      : null;
    const next = buildDistrictStats({ districtId, schools: schoolStats, computedAt: asOf });
    return writeIfChanged(tx, statsRef, previous, next, options.dryRun);
  });
  statsLogs.districtStats(districtId, outcome.status, outcome.stats?.schools.length ?? 0);
  return outcome;
}

/**
 * Admin command: every aggregate from scratch. With `risk`, first recomputes every pupil's
 * `risk/current` too (documents written before the summary existed have none).
 */
export async function recomputeAllStats(
  options: RecomputeOptions & { risk?: boolean } = {},
): Promise<{ schools: number; classes: number; districts: number }> {
  const started = Date.now();
  const asOf = options.asOf ?? new Date();
  const schools = await db.collection(paths.schools()).get();
  const districts = new Set<string>();
  let classes = 0;
  for (const school of schools.docs) {
    if (options.risk) await recomputeSchoolRisk(school.id, asOf);
    const [classRefs, statsDocs] = await Promise.all([
      db.collection(paths.classes(school.id)).listDocuments(),
      db.collection(paths.schoolStats(school.id)).where('kind', '==', 'class').get(),
    ]);
    // Stats of classes that were deleted are recomputed too, which removes them.
    const classIds = new Set([
      ...classRefs.map((r) => r.id),
      ...statsDocs.docs.map((d) => String(d.get('classId'))),
    ]);
    for (const classId of classIds) {
      await recomputeClassStats(school.id, classId, { asOf });
      classes += 1;
    }
    await recomputeSchoolStats(school.id, { asOf });
    const districtId: unknown = school.get('districtId');
    if (typeof districtId === 'string' && districtId) districts.add(districtId);
  }
  for (const districtId of districts) await recomputeDistrictStats(districtId, { asOf });
  statsLogs.allRecomputed(schools.size, classes, districts.size, Date.now() - started);
  return { schools: schools.size, classes, districts: districts.size };
}
