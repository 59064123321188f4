import type { DocumentReference } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ClassStats,
  type DistrictStats,
  type RecordKind,
  type SchoolStats,
  FOLLOW_UP_CODES,
  RISK_FLAG_CODES,
  STATS_DOC_IDS,
  SUPPRESSED,
  classStatsDocId,
  paths,
  sameStats,
  storedRiskSchema,
  sumGroupStats,
} from '@domain';
import { toDomain } from '../../functions/src/lib/firestore-data';
import {
  recomputeClassStats,
  recomputeDistrictStats,
  recomputeSchoolStats,
} from '../../functions/src/stats/recompute-stats';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { adminDb, waitFor } from '../support/admin';

// The stats chain in the Functions emulator: record -> risk/current -> class -> school -> Ambito.

const STAMP = Date.now();
const SCHOOL = `school-stats-${STAMP}`;
const DISTRICT = `ambito-stats-${STAMP}`;
const CLASS = 'class-2b';
const PUPILS = Array.from({ length: 10 }, (_, i) => `pupil-${String(i).padStart(2, '0')}`);

const classStatsRef = adminDb.doc(`${paths.schoolStats(SCHOOL)}/${classStatsDocId(CLASS)}`);
const schoolStatsRef = adminDb.doc(`${paths.schoolStats(SCHOOL)}/${STATS_DOC_IDS.school}`);
const districtStatsRef = adminDb.doc(`${paths.districtStats(DISTRICT)}/${STATS_DOC_IDS.district}`);

/** A stats document as the domain types it (Timestamps as Dates). */
async function stored<T>(ref: DocumentReference): Promise<T | null> {
  const snap = await ref.get();
  return snap.exists ? (toDomain(snap.data()) as T) : null;
}

const meta = (pupilId: string) => ({
  schoolId: SCHOOL,
  pupilId,
  createdBy: 'teacher-stats',
  createdAt: new Date(),
  updatedAt: new Date(),
});
const numeric = (value: number) => ({ kind: 'numeric', value, raw: String(value) });

/** The i-th of 50 writes: every record kind the summary reads, spread over the pupils. */
function recordWrite(i: number): { kind: RecordKind; pupilId: string; data: object } {
  // Five writes per pupil, one of each kind the summary reads.
  const pupilId = PUPILS[Math.floor(i / 5)] ?? 'pupil-00';
  const today = new Date(Date.UTC(2026, 10, 2 + (i % 20)));
  switch (i % 5) {
    case 0:
      return {
        kind: 'termRecords',
        pupilId,
        data: {
          ...validRecords.termRecords,
          marks: { italiano: numeric(4), matematica: numeric(5), storia: numeric(5) },
        },
      };
    case 1:
      return {
        kind: 'interventions',
        pupilId,
        data: { ...validRecords.interventions, status: i % 2 ? 'active' : 'planned' },
      };
    case 2:
      return {
        kind: 'familyMeetings',
        pupilId,
        data: { ...validRecords.familyMeetings, date: today },
      };
    case 3:
      return {
        kind: 'tutoringSessions',
        pupilId,
        data: { ...validRecords.tutoringSessions, minutes: 30 + i },
      };
    default:
      return {
        kind: 'l2Assessments',
        pupilId,
        data: {
          ...validRecords.l2Assessments,
          date: today,
          levels: {
            ascolto: 'B1',
            lettura: 'A2',
            parlato: 'B1',
            interazione: 'A2',
            scrittura: 'A2',
          },
        },
      };
  }
}

/** Every pupil's risk/current reflects the five records written for them. */
async function riskSettled(): Promise<boolean> {
  const docs = await Promise.all(
    PUPILS.map((id) => adminDb.doc(paths.riskCurrent(SCHOOL, id)).get()),
  );
  return docs.every(
    (d) =>
      d.get('level') === 'red' &&
      d.get('summary.tutoringMinutesThisYear') > 0 &&
      d.get('summary.familyContactThisTerm') === true &&
      d.get('summary.l2Latest.ascolto') === 'B1',
  );
}

/**
 * Waits until the sources are final, then until the stored class document equals a
 * from-scratch recompute at several polls in a row (triggers still in flight would change it).
 */
async function settledClassStats(): Promise<void> {
  await waitFor(riskSettled, (done) => done, 90_000);
  let streak = 0;
  await waitFor(
    async () => {
      const [current, fresh] = await Promise.all([
        stored<ClassStats>(classStatsRef),
        recomputeClassStats(SCHOOL, CLASS, { dryRun: true }),
      ]);
      streak = current && fresh.stats && sameStats(current, fresh.stats) ? streak + 1 : 0;
      if (streak > 0) await new Promise((r) => setTimeout(r, 400));
      return streak;
    },
    (s) => s >= 5,
    90_000,
  );
}

beforeAll(async () => {
  await adminDb.doc(paths.school(SCHOOL)).set(makeSchool({ districtId: DISTRICT }));
  await adminDb.doc(paths.schoolClass(SCHOOL, CLASS)).set(makeClass());
  await Promise.all(
    PUPILS.map((id, i) =>
      adminDb.doc(paths.pupil(SCHOOL, id)).set(
        makePupil({
          schoolId: SCHOOL,
          classId: CLASS,
          lastName: `Rossi${i}`,
          // Three NAI pupils without a PDP: a count the Ambito must not see.
          pdp: i % 4 !== 0,
          pdpDate: i % 4 !== 0 ? new Date('2025-11-20T00:00:00Z') : null,
        }),
      ),
    ),
  );
  await waitFor(
    async () => (await stored<ClassStats>(classStatsRef))?.stats.pupils,
    (n) => n === PUPILS.length,
    60_000,
  );
}, 120_000);

afterAll(async () => {
  await adminDb.recursiveDelete(adminDb.doc(paths.school(SCHOOL)));
  await adminDb.recursiveDelete(adminDb.doc(`districts/${DISTRICT}`));
});

describe('dashboard aggregates', () => {
  it('50 concurrent record writes across one class leave its aggregates equal to a from-scratch recompute', async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const { kind, pupilId, data } = recordWrite(i);
        return adminDb
          .doc(`${paths.records(SCHOOL, pupilId, kind)}/r${i}`)
          .set({ ...data, ...meta(pupilId) });
      }),
    );
    await settledClassStats();

    const current = await stored<ClassStats>(classStatsRef);
    const fresh = await recomputeClassStats(SCHOOL, CLASS, { dryRun: true });
    expect(current?.stats).toEqual(fresh.stats?.stats);
    expect(current?.toAct).toEqual(fresh.stats?.toAct);
    const s = current?.stats;
    expect(s?.pupils).toBe(10);
    expect((s?.byLevel.green ?? 0) + (s?.byLevel.amber ?? 0) + (s?.byLevel.red ?? 0)).toBe(10);
    // Every pupil got a failing term record (3 fails: red) and a tutoring session.
    expect(s?.byLevel.red).toBe(10);
    expect(s?.tutoredPupils).toBe(10);
    expect(s?.activeIntervention).toBe(5);
    expect(s?.familyContactThisTerm).toBe(10);
    expect(s?.l2MovedUp.ascolto).toBe(0);
    expect(s?.redWithoutIntervention).toBe(5);
    expect(current?.toAct).toHaveLength(5);
    expect(current?.toAct[0]?.name).toMatch(/^Rossi\d Amina$/);
    // Flags by the engine's codes: every pupil's mean mark (4, 5, 5) is below 5.
    expect(Object.keys(s?.byFlag ?? {}).sort()).toEqual([...RISK_FLAG_CODES].sort());
    expect(s?.byFlag.meanMark).toBe(10);

    // Follow-ups: the counts of the pupils' risk documents, overdue as of the stats' time.
    const risks = await Promise.all(
      PUPILS.map(async (id) =>
        storedRiskSchema.parse(
          toDomain((await adminDb.doc(paths.riskCurrent(SCHOOL, id)).get()).data()),
        ),
      ),
    );
    const open = Object.fromEntries(FOLLOW_UP_CODES.map((c) => [c, 0]));
    let overdue = 0;
    for (const f of risks.flatMap((r) => r.followUps)) {
      open[f.code] = (open[f.code] ?? 0) + 1;
      if (current && f.due < current.computedAt) overdue += 1;
    }
    expect(s?.followUpsOpen).toEqual(open);
    expect(s?.followUpsOverdue).toBe(overdue);
    // A family meeting this term for everyone: no family follow-up is open.
    expect(s?.followUpsOpen.familyMeeting).toBe(0);
  });

  it('the school document sums its classes, and the Ambito gets suppressed counts only', async () => {
    const school = await waitFor(
      () => stored<SchoolStats>(schoolStatsRef),
      (doc) => doc?.stats.byLevel.red === 10,
      60_000,
    );
    const fresh = await recomputeSchoolStats(SCHOOL, { dryRun: true });
    expect(school?.stats).toEqual(fresh.stats?.stats);
    const classDoc = await stored<ClassStats>(classStatsRef);
    expect(fresh.stats?.stats).toEqual(sumGroupStats(classDoc ? [classDoc.stats] : []));

    const district = await waitFor(
      () => stored<DistrictStats>(districtStatsRef),
      (d) => d?.schools[0]?.stats.byLevel.red === 10,
      60_000,
    );
    const text = JSON.stringify(district);
    for (const id of PUPILS) expect(text).not.toContain(id);
    expect(text).not.toContain('Rossi');
    expect(text).not.toContain('followUps');
    const entry = district?.schools[0];
    expect(entry?.stats.pupils).toBe(10);
    // 0 green and 0 amber are both hidden, so red stays shown (two cells are hidden already).
    expect(entry?.stats.byLevel).toEqual({ green: SUPPRESSED, amber: SUPPRESSED, red: 10 });
    expect(entry?.stats.activeIntervention).toBe(5);
    expect(entry?.stats.naiWithoutPdp).toBe(SUPPRESSED);
    const fromScratch = await recomputeDistrictStats(DISTRICT, { dryRun: true });
    expect(fromScratch.stats?.schools).toEqual(district?.schools);
  });
});
