import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type MonitoringIndicators,
  type RecordKind,
  STORED_RECORD_SCHEMAS,
  buildPupilFacts,
  computeIndicators,
  paths,
  periodsOfDate,
  storedRiskSchema,
} from '@domain';
import { toDomain } from '../../functions/src/lib/firestore-data';
import { rebuildSchoolFacts } from '../../functions/src/monitoring/recompute-monitoring';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { adminDb, waitFor } from '../support/admin';
import { type Client, createStaff, signedInClient, staffAccount } from '../support/client';

// The monitoring chain in the Functions emulator: record -> pupil facts -> class -> school ->
// Ambito -> Region; and the freezeReport callable.

const STAMP = Date.now();
const SCHOOL = `school-mon-${STAMP}`;
const DISTRICT = `ambito-mon-${STAMP}`;
const REGION = `region-mon-${STAMP}`;
const CLASSES = ['class-a', 'class-b'];
const PUPILS = Array.from({ length: 6 }, (_, i) => `pupil-${String(i).padStart(2, '0')}`);
const classOf = (i: number) => CLASSES[i % 2]!;
const NOW = new Date();
const [QUARTER, YEAR] = periodsOfDate(NOW) as [string, string];
const head = staffAccount(`mon-${STAMP}`, 'head', 'head', SCHOOL);
const districtUser = {
  ...staffAccount(`mon-${STAMP}`, 'district', 'district'),
  districtId: DISTRICT,
};

const KINDS = [
  'tutoringSessions',
  'peerSessions',
  'familyMeetings',
  'l2Assessments',
  'termRecords',
  'interventions',
] as const satisfies readonly RecordKind[];

const meta = (pupilId: string) => ({
  schoolId: SCHOOL,
  pupilId,
  createdBy: 'teacher-mon',
  createdAt: NOW,
  updatedAt: NOW,
});
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

/** The i-th concurrent write: activity of every kind the indicators count, over the pupils. */
function recordWrite(i: number): { kind: RecordKind; pupilId: string; data: object } {
  const pupilId = PUPILS[i % PUPILS.length]!;
  const date = daysAgo(1 + (i % 5));
  switch (i % 5) {
    case 0:
      return {
        kind: 'tutoringSessions',
        pupilId,
        data: { ...validRecords.tutoringSessions, date, subject: 'Italiano L2', minutes: 60 },
      };
    case 1:
      return {
        kind: 'tutoringSessions',
        pupilId,
        data: { ...validRecords.tutoringSessions, date, subject: 'Matematica', minutes: 45 + i },
      };
    case 2:
      return {
        kind: 'familyMeetings',
        pupilId,
        data: { ...validRecords.familyMeetings, date, held: true, mediatorPresent: i % 3 === 0 },
      };
    case 3:
      return { kind: 'peerSessions', pupilId, data: { ...validRecords.peerSessions, date } };
    default:
      return {
        kind: 'interventions',
        pupilId,
        data: { ...validRecords.interventions, start: date, status: 'active' },
      };
  }
}

/** From scratch: every pupil's records read now, counted with the domain's definitions. */
async function fromScratch(period: string): Promise<MonitoringIndicators> {
  const facts = await Promise.all(
    PUPILS.map(async (pupilId) => {
      const lists = await Promise.all(
        KINDS.map(async (kind) => {
          const snap = await adminDb.collection(paths.records(SCHOOL, pupilId, kind)).get();
          return snap.docs.map((d) => STORED_RECORD_SCHEMAS[kind].parse(toDomain(d.data())));
        }),
      );
      const risk = await adminDb.doc(paths.riskCurrent(SCHOOL, pupilId)).get();
      const parsedRisk = risk.exists
        ? storedRiskSchema.pick({ reviewedLevel: true, summary: true }).parse(toDomain(risk.data()))
        : null;
      const byKind = Object.fromEntries(KINDS.map((k, i) => [k, lists[i]]));
      return buildPupilFacts({
        schoolId: SCHOOL,
        pupilId,
        classId: classOf(PUPILS.indexOf(pupilId)),
        termSystem: 'quadrimestri',
        computedAt: NOW,
        tutoring: byKind.tutoringSessions as never,
        peer: byKind.peerSessions as never,
        meetings: byKind.familyMeetings as never,
        l2: byKind.l2Assessments as never,
        terms: byKind.termRecords as never,
        interventions: byKind.interventions as never,
        orientation: [],
        referrals: [],
        reviewedLevel: parsedRisk?.reviewedLevel ?? null,
        activeIntervention: parsedRisk?.summary.activeIntervention ?? false,
      });
    }),
  );
  return computeIndicators(facts, period);
}

async function storedIndicators(path: string): Promise<MonitoringIndicators | null> {
  const snap = await adminDb.doc(path).get();
  return snap.exists
    ? (toDomain(snap.data()) as { indicators: MonitoringIndicators }).indicators
    : null;
}

/** Until the stored school document equals the from-scratch count several polls in a row. */
async function settled(period: string): Promise<MonitoringIndicators> {
  let streak = 0;
  let expected = await fromScratch(period);
  await waitFor(
    async () => {
      expected = await fromScratch(period);
      const current = await storedIndicators(`${paths.schoolMonitoring(SCHOOL)}/${period}`);
      streak = JSON.stringify(current) === JSON.stringify(expected) ? streak + 1 : 0;
      if (streak > 0) await new Promise((r) => setTimeout(r, 400));
      return streak;
    },
    (s) => s >= 4,
    300_000,
  );
  expect(streak, 'the stored figures never matched a from-scratch count').toBeGreaterThanOrEqual(4);
  return expected;
}

let headClient: Client;
let districtClient: Client;

beforeAll(async () => {
  await adminDb.doc(paths.district(DISTRICT)).set({ name: 'Ambito di prova', regionId: REGION });
  await adminDb.doc(paths.school(SCHOOL)).set(makeSchool({ districtId: DISTRICT }));
  await Promise.all(CLASSES.map((c) => adminDb.doc(paths.schoolClass(SCHOOL, c)).set(makeClass())));
  await Promise.all(
    PUPILS.map((id, i) =>
      adminDb
        .doc(paths.pupil(SCHOOL, id))
        .set(makePupil({ schoolId: SCHOOL, classId: classOf(i), lastName: `Verdi${i}` })),
    ),
  );
  await Promise.all([createStaff(head), createStaff(districtUser)]);
  [headClient, districtClient] = await Promise.all([
    signedInClient(head.email),
    signedInClient(districtUser.email),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([headClient?.close(), districtClient?.close()]);
  await adminDb.recursiveDelete(adminDb.doc(paths.school(SCHOOL)));
  await adminDb.recursiveDelete(adminDb.doc(paths.district(DISTRICT)));
  await adminDb.recursiveDelete(adminDb.doc(`regions/${REGION}`));
});

describe('programme monitoring', () => {
  it('30 concurrent record writes leave the indicators equal to a from-scratch count, at every level', async () => {
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => {
        const { kind, pupilId, data } = recordWrite(i);
        return adminDb
          .doc(`${paths.records(SCHOOL, pupilId, kind)}/m${i}`)
          .set({ ...data, ...meta(pupilId) });
      }),
    );
    const expected = await settled(QUARTER);
    // Write i goes to pupil i % 6 with kind i % 5: every pupil gets every kind once.
    expect(expected.pupils).toBe(6);
    expect(expected.reached.l2).toBe(6);
    expect(expected.reached.tutoring).toBe(6);
    expect(expected.minutes.l2).toBe(6 * 60);
    expect(expected.sessions.peerEducation).toBe(6);
    expect(expected.interventions.opened).toBe(6);
    expect(await storedIndicators(`${paths.schoolMonitoring(SCHOOL)}/${YEAR}`)).toEqual(
      await fromScratch(YEAR),
    );

    // The Ambito and the Region follow, suppressed (6 pupils shown, not hidden).
    const district = await waitFor(
      async () =>
        (await adminDb.doc(`${paths.districtMonitoring(DISTRICT)}/${QUARTER}`).get()).data(),
      (d) => d?.totals?.reached?.l2 === 6 && d?.totals?.pupils === 6,
      120_000,
    );
    expect(district?.totals?.reached?.l2).toBe(6);
    expect(district?.regionId).toBe(REGION);
    expect(district?.schools).toHaveLength(1);
    const region = await waitFor(
      async () => (await adminDb.doc(`regions/${REGION}/monitoring/${QUARTER}`).get()).data(),
      (d) => d?.totals?.reached?.l2 === 6,
      120_000,
    );
    expect(region?.totals?.reached?.l2).toBe(6);
    expect(region?.districts?.[0]?.id).toBe(DISTRICT);
  }, 420_000);

  it('freezing is idempotent and a frozen report does not change when records change later', async () => {
    type Frozen = { created: boolean; path: string; frozenAt: string };
    const first = await districtClient.call<Frozen>('freezeReport', {
      scope: 'district',
      scopeId: DISTRICT,
      period: QUARTER,
    });
    expect(first.created).toBe(true);
    const frozenSnap = await adminDb.doc(first.path).get();
    const frozen = frozenSnap.data();
    expect(frozen?.frozenBy).toBe(districtUser.uid);
    expect(frozen?.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(frozen?.totals?.reached?.l2).toBe(6);

    const second = await districtClient.call<Frozen>('freezeReport', {
      scope: 'district',
      scopeId: DISTRICT,
      period: QUARTER,
    });
    expect(second).toEqual({ ...first, created: false });

    // Someone else's Ambito is refused.
    await expect(
      districtClient.call('freezeReport', { scope: 'district', scopeId: 'other', period: QUARTER }),
    ).rejects.toThrow();
    // The head freezes the school's report, audited.
    const school = await headClient.call<Frozen>('freezeReport', {
      scope: 'school',
      scopeId: SCHOOL,
      period: QUARTER,
    });
    expect(school.created).toBe(true);
    const audit = await adminDb
      .collection(paths.auditLog())
      .where('targetPath', '==', school.path)
      .get();
    expect(audit.docs.map((d) => d.get('action'))).toEqual(['monitoringReportFrozen']);

    // Later corrections: more L2 lessons for four pupils. The live figures move; the report
    // stays as it was.
    await Promise.all(
      PUPILS.slice(0, 4).map((pupilId, i) =>
        adminDb.doc(`${paths.records(SCHOOL, pupilId, 'tutoringSessions')}/late${i}`).set({
          ...validRecords.tutoringSessions,
          date: daysAgo(1),
          subject: 'Italiano L2',
          minutes: 120,
          ...meta(pupilId),
        }),
      ),
    );
    const after = await settled(QUARTER);
    expect(after.minutes.l2).toBe(6 * 60 + 4 * 120);
    const live = await waitFor(
      async () =>
        (await adminDb.doc(`${paths.districtMonitoring(DISTRICT)}/${QUARTER}`).get()).data(),
      (d) => d?.totals?.hours?.l2 === Math.round((6 * 60 + 4 * 120) / 60),
      120_000,
    );
    expect(live?.totals?.hours?.l2).toBe(Math.round((6 * 60 + 4 * 120) / 60));
    const again = await adminDb.doc(first.path).get();
    expect(again.data()).toEqual(frozen);
    expect(again.updateTime?.isEqual(frozenSnap.updateTime!)).toBe(true);
  }, 420_000);

  it('the bulk rebuild (seeding, after an import) finds the facts the triggers wrote', async () => {
    await settled(QUARTER);
    const rebuilt = await rebuildSchoolFacts(SCHOOL);
    expect(rebuilt).toEqual({ pupils: PUPILS.length, written: 0, deleted: 0 });
  }, 420_000);
});
