import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CEFR_LEVELS,
  DEFAULT_THRESHOLDS,
  INTERVENTION_STATUSES,
  INTERVENTION_TYPES,
  L2_DOMAINS,
  L2_TOOLS,
  MEETING_OUTCOMES,
  MEETING_PARTICIPANTS,
  PEER_ROLES,
  PRIMARY_JUDGEMENTS,
  PROTECTIVE_SIGNAL_CODES,
  RISK_ENGINE_VERSION,
  RISK_FLAG_CODES,
  FLAG_ROLES,
  SCHOOL_LEVELS,
  TERM_SYSTEMS,
  TUTORING_FORMATS,
  YEARS_PER_LEVEL,
  assessRisk,
  combineRiskLevel,
  protectiveSignalSchema,
  riskAssessmentSchema,
  riskFlagSchema,
  riskLevelRank,
  schoolYearOf,
  type FamilyMeeting,
  type Intervention,
  type L2Assessment,
  type Mark,
  type PeerSession,
  type PupilSnapshot,
  type RiskContext,
  type RiskFlagCode,
  type RiskResult,
  type RiskThresholds,
  type TermRecord,
  type TutoringSession,
} from '../../functions/src/domain';
import { snapshotIssues } from '../fixtures/pupil-snapshot';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };
const DAY = 24 * 60 * 60 * 1000;

const dateBetween = (min: string, max: string) =>
  fc.date({
    min: new Date(`${min}T00:00:00Z`),
    max: new Date(`${max}T23:59:59Z`),
    noInvalidDate: true,
  });
/** Logged dates cannot be in the future (`pastDateSchema`): generated ones stop at now. */
const NOW = new Date();
const plusDays = (from: Date, days: number) =>
  new Date(Math.min(from.getTime() + days * DAY, NOW.getTime()));
const hours = fc
  .oneof(fc.integer({ min: 0, max: 2000 }), fc.double({ min: 0, max: 2000, noNaN: true }))
  .map(Math.abs);
const schoolYear = (start: number) => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;

/** Subjects the generator uses; `EXTRA_SUBJECTS` are kept free for "adding a mark". */
const SUBJECTS = [
  'italiano',
  'matematica',
  'inglese',
  'storia',
  'geografia',
  'scienze',
  'seconda_lingua',
];
const EXTRA_SUBJECTS = ['musica', 'arte', 'religione', 'educazione_fisica'] as const;

const markArb: fc.Arbitrary<Mark> = fc.oneof(
  fc.record({
    kind: fc.constant('numeric' as const),
    value: fc.oneof(
      fc.integer({ min: 1, max: 10 }),
      fc.double({ min: 1, max: 10, noNaN: true }),
      fc.constantFrom(5.5, 5.75, 6.25, 4.5),
    ),
    raw: fc.constantFrom('', '5½', '6-', '7+', '8'),
  }),
  fc.record({
    kind: fc.constant('judgement' as const),
    value: fc.constantFrom(...PRIMARY_JUDGEMENTS),
  }),
);

const thresholdsArb: fc.Arbitrary<RiskThresholds> = fc.record({
  absenceAmberPct: fc.oneof(
    fc.integer({ min: 1, max: 50 }),
    fc.double({ min: 1, max: 50, noNaN: true }),
  ),
  absenceRedProjectedPct: fc.integer({ min: 1, max: 50 }),
  failingSubjectsAmber: fc.integer({ min: 1, max: 10 }),
  failingSubjectsRed: fc.integer({ min: 1, max: 10 }),
  meanMarkAmber: fc.double({ min: 1, max: 10, noNaN: true }),
  meanMarkRed: fc.integer({ min: 1, max: 10 }),
  ritardoAmberYears: fc.integer({ min: 1, max: 5 }),
  ritardoRedYears: fc.integer({ min: 1, max: 5 }),
  l2BelowA2AmberMonths: fc.integer({ min: 1, max: 48 }),
  l2A1RedMonths: fc.integer({ min: 1, max: 48 }),
  l2NoProgressMonths: fc.integer({ min: 1, max: 48 }),
  sessionGapWeeks: fc.integer({ min: 1, max: 26 }),
});

const contextArb: fc.Arbitrary<RiskContext> = fc.record({
  asOf: dateBetween('2024-09-01', '2027-08-31'),
  thresholds: fc.oneof(thresholdsArb, fc.constant(DEFAULT_THRESHOLDS)),
  naiMonths: fc.integer({ min: 12, max: 36 }),
  termSystem: fc.constantFrom(...TERM_SYSTEMS),
});

function termRecordArb(asOf: Date): fc.Arbitrary<TermRecord> {
  const current = Number(schoolYearOf(asOf).slice(0, 4));
  return fc
    .record({
      start: fc.oneof(fc.constant(current), fc.integer({ min: current - 3, max: current + 1 })),
      term: fc.integer({ min: 1, max: 3 }),
      annualHours: fc.oneof(
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 1, max: 2000, noNaN: true }),
      ),
      // Usually part of the annual hours held so far; sometimes any valid number.
      heldShare: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null)),
      anyLessonHours: hours,
      absentShare: fc.oneof(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.constantFrom(0, 0.1, 0.2, 1),
      ),
      marks: fc.dictionary(fc.constantFrom(...SUBJECTS), markArb, { maxKeys: SUBJECTS.length }),
      conduct: fc.option(markArb),
    })
    .map(({ start, heldShare, anyLessonHours, absentShare, ...r }) => {
      const lessonHours = heldShare === null ? anyLessonHours : r.annualHours * heldShare;
      return {
        ...r,
        schoolYear: schoolYear(start),
        lessonHours,
        absenceHours: Math.min(lessonHours, lessonHours * absentShare),
      };
    });
}

const recordDate = fc.date({
  min: new Date('2022-01-01T00:00:00Z'),
  max: NOW,
  noInvalidDate: true,
});

const l2Arb: fc.Arbitrary<L2Assessment> = fc.record({
  date: recordDate,
  tool: fc.constantFrom(...L2_TOOLS),
  domain: fc.constantFrom(...L2_DOMAINS),
  levels: fc.record({
    ascolto: fc.constantFrom(...CEFR_LEVELS),
    lettura: fc.constantFrom(...CEFR_LEVELS),
    parlato: fc.constantFrom(...CEFR_LEVELS),
    interazione: fc.constantFrom(...CEFR_LEVELS),
    scrittura: fc.constantFrom(...CEFR_LEVELS),
  }),
  assessorName: fc.constant('Docente L2'),
  notes: fc.constant(''),
});

const tutoringArb: fc.Arbitrary<TutoringSession> = fc
  .record({
    date: recordDate,
    minutes: fc.integer({ min: 5, max: 480 }),
    format: fc.constantFrom(...TUTORING_FORMATS),
    attended: fc.boolean(),
    planId: fc.option(fc.constant('plan1')),
  })
  .map((s) => ({
    ...s,
    educatorUid: 'edu1',
    subject: 'matematica',
    absenceReason: s.attended ? '' : 'malattia',
    notes: '',
  }));

const peerArb: fc.Arbitrary<PeerSession> = fc.record({
  date: recordDate,
  role: fc.constantFrom(...PEER_ROLES),
  partnerPupilId: fc.constant('p2'),
  topic: fc.constant('Compiti'),
  attended: fc.boolean(),
  notes: fc.constant(''),
});

const meetingArb: fc.Arbitrary<FamilyMeeting> = fc.record({
  date: recordDate,
  participants: fc.subarray([...MEETING_PARTICIPANTS], { minLength: 1 }),
  language: fc.constantFrom('it', 'ar', 'zh', 'ro', 'sq', 'ur'),
  mediatorNeeded: fc.boolean(),
  mediatorPresent: fc.boolean(),
  held: fc.boolean(),
  outcome: fc.option(fc.constantFrom(...MEETING_OUTCOMES)),
  followUp: fc.constant(''),
  followUpDue: fc.option(recordDate),
  notes: fc.constant(''),
});

const interventionArb: fc.Arbitrary<Intervention> = fc.record({
  type: fc.constantFrom(...INTERVENTION_TYPES),
  tier: fc.integer({ min: 1, max: 3 }),
  ownerUid: fc.constant('coord1'),
  goal: fc.constant('Obiettivo'),
  start: recordDate,
  plannedWeeks: fc.integer({ min: 1, max: 52 }),
  checkEveryWeeks: fc.integer({ min: 1, max: 12 }),
  status: fc.constantFrom(...INTERVENTION_STATUSES),
  outcome: fc.constant(''),
});

const pupilArb: fc.Arbitrary<PupilSnapshot['pupil']> = fc
  .record({
    birthDate: dateBetween('1998-01-01', '2021-12-31'),
    arrivalDays: fc.option(fc.integer({ min: 0, max: 18 * 365 })),
    firstSchoolDays: fc.option(fc.integer({ min: 0, max: 6 * 365 })),
    pdp: fc.boolean(),
    pdpDate: fc.option(recordDate),
    fallbackPdpDate: recordDate,
    homeLanguages: fc.uniqueArray(
      fc.constantFrom('it', 'ar', 'zh', 'es', 'ro', 'sq', 'ur', 'bn', 'wo'),
      {
        minLength: 1,
        maxLength: 5,
      },
    ),
  })
  .map((p) => {
    const arrivalDate = p.arrivalDays === null ? null : plusDays(p.birthDate, p.arrivalDays);
    const firstItalianSchoolDate =
      p.firstSchoolDays === null ? null : plusDays(arrivalDate ?? p.birthDate, p.firstSchoolDays);
    return {
      birthDate: p.birthDate,
      arrivalDate,
      firstItalianSchoolDate,
      pdp: p.pdp,
      pdpDate: p.pdp ? (p.pdpDate ?? p.fallbackPdpDate) : p.pdpDate,
      homeLanguages: p.homeLanguages,
    };
  });

const classArb: fc.Arbitrary<PupilSnapshot['schoolClass']> = fc
  .tuple(fc.constantFrom(...SCHOOL_LEVELS), fc.integer({ min: 2020, max: 2027 }))
  .chain(([level, start]) =>
    fc.integer({ min: 1, max: YEARS_PER_LEVEL[level] }).map((year) => ({
      level,
      year,
      schoolYear: schoolYear(start),
    })),
  );

function snapshotArb(asOf: Date): fc.Arbitrary<PupilSnapshot> {
  return fc.record({
    pupil: pupilArb,
    schoolClass: classArb,
    termRecords: fc.array(termRecordArb(asOf), { maxLength: 4 }),
    l2Assessments: fc.array(l2Arb, { maxLength: 4 }),
    tutoringSessions: fc.array(tutoringArb, { maxLength: 6 }),
    peerSessions: fc.array(peerArb, { maxLength: 2 }),
    familyMeetings: fc.array(meetingArb, { maxLength: 4 }),
    interventions: fc.array(interventionArb, { maxLength: 2 }),
  });
}

/** A context and a snapshot whose term records lean on the context's school year. */
const caseArb = contextArb.chain((ctx) =>
  snapshotArb(ctx.asOf).map((snapshot) => ({ ctx, snapshot })),
);

const rank = (r: RiskResult) => riskLevelRank(r.level);
const flagRank = (r: RiskResult, code: RiskFlagCode) => {
  const f = r.flags.find((x) => x.code === code);
  return f ? riskLevelRank(f.level) : 0;
};

describe('risk engine properties', () => {
  it('the generators produce schema-valid snapshots and thresholds', () => {
    fc.assert(
      fc.property(caseArb, ({ ctx, snapshot }) => {
        expect(snapshotIssues(snapshot, ctx)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never throws and returns a valid assessment', () => {
    fc.assert(
      fc.property(caseArb, ({ ctx, snapshot }) => {
        const r = assessRisk(snapshot, ctx);
        for (const f of r.flags) expect(riskFlagSchema.parse(f)).toEqual(f);
        for (const p of r.protective) expect(protectiveSignalSchema.parse(p)).toEqual(p);
        expect(riskAssessmentSchema.safeParse(r).success).toBe(true);
        expect(r.engineVersion).toBe(RISK_ENGINE_VERSION);
        const codes = r.flags.map((f) => f.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const c of codes) expect(RISK_FLAG_CODES).toContain(c);
        for (const p of r.protective) expect(PROTECTIVE_SIGNAL_CODES).toContain(p.code);
        for (const f of r.flags) {
          expect(f.sentence.it.length).toBeGreaterThan(0);
          expect(f.sentence.en.length).toBeGreaterThan(0);
          expect(f.sentence.it).not.toMatch(/NaN|undefined|Infinity/);
          expect(f.sentence.en).not.toMatch(/NaN|undefined|Infinity/);
        }
      }),
      RUNS,
    );
  });

  it('level follows the flags by the combination rule and the score never contradicts it', () => {
    fc.assert(
      fc.property(caseArb, ({ ctx, snapshot }) => {
        const r = assessRisk(snapshot, ctx);
        expect(combineRiskLevel(r.flags)).toEqual({ level: r.level, reason: r.levelReason });
        // Marks carry the level: without an academic or standalone flag the pupil is green.
        if (!r.flags.some((f) => f.role === 'academic' || f.role === 'standalone'))
          expect(r.level).toBe('green');
        const band = { green: [0, 9], amber: [10, 19], red: [20, 29] }[r.level];
        expect(r.score).toBeGreaterThanOrEqual(band[0] ?? 0);
        expect(r.score).toBeLessThanOrEqual(band[1] ?? 0);
      }),
      RUNS,
    );
  });

  it('the combination rule is monotone: a flag more, or one level higher, never lowers it', () => {
    const flagArb = fc.record({
      code: fc.constantFrom(...RISK_FLAG_CODES),
      level: fc.constantFrom('amber' as const, 'red' as const),
      role: fc.constantFrom(...FLAG_ROLES),
    });
    fc.assert(
      fc.property(fc.array(flagArb, { maxLength: 7 }), flagArb, fc.nat(), (flags, extra, at) => {
        const before = riskLevelRank(combineRiskLevel(flags).level);
        expect(riskLevelRank(combineRiskLevel([...flags, extra]).level)).toBeGreaterThanOrEqual(
          before,
        );
        if (flags.length > 0) {
          const i = at % flags.length;
          const raised = flags.map((f, j) => (j === i ? { ...f, level: 'red' as const } : f));
          expect(riskLevelRank(combineRiskLevel(raised).level)).toBeGreaterThanOrEqual(before);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('follow-up work (meetings, PDP, sessions) never changes the level, flags or score', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        ({ ctx, snapshot }, dropMeetings, flipPdp, dropSessions) => {
          const other: PupilSnapshot = {
            ...snapshot,
            familyMeetings: dropMeetings ? [] : snapshot.familyMeetings,
            tutoringSessions: dropSessions ? [] : snapshot.tutoringSessions,
            pupil: flipPdp
              ? {
                  ...snapshot.pupil,
                  pdp: !snapshot.pupil.pdp,
                  pdpDate: snapshot.pupil.pdp ? null : ctx.asOf,
                }
              : snapshot.pupil,
          };
          const a = assessRisk(snapshot, ctx);
          const b = assessRisk(other, ctx);
          expect([b.level, b.levelReason, b.flags, b.score]).toEqual([
            a.level,
            a.levelReason,
            a.flags,
            a.score,
          ]);
        },
      ),
      RUNS,
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(caseArb, ({ ctx, snapshot }) => {
        const before = structuredClone(snapshot);
        assessRisk(snapshot, ctx);
        expect(snapshot).toEqual(before);
      }),
      RUNS,
    );
  });

  it('home languages never change the result', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.uniqueArray(fc.constantFrom('it', 'ar', 'zh', 'es', 'ff'), {
          minLength: 1,
          maxLength: 5,
        }),
        ({ ctx, snapshot }, homeLanguages) => {
          const other = { ...snapshot, pupil: { ...snapshot.pupil, homeLanguages } };
          expect(assessRisk(other, ctx)).toEqual(assessRisk(snapshot, ctx));
        },
      ),
      RUNS,
    );
  });

  it('more absence hours never lower the level', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0.5, 1)),
        ({ ctx, snapshot }, share) => {
          const more: PupilSnapshot = {
            ...snapshot,
            termRecords: snapshot.termRecords.map((r) => ({
              ...r,
              absenceHours: Math.min(
                r.lessonHours,
                r.absenceHours + (r.lessonHours - r.absenceHours) * share,
              ),
            })),
          };
          expect(snapshotIssues(more, ctx)).toEqual([]);
          const a = assessRisk(snapshot, ctx);
          const b = assessRisk(more, ctx);
          expect(flagRank(b, 'absences')).toBeGreaterThanOrEqual(flagRank(a, 'absences'));
          expect(rank(b)).toBeGreaterThanOrEqual(rank(a));
        },
      ),
      RUNS,
    );
  });

  it('adding a failing mark (no higher than the current mean) never lowers the level', () => {
    // Bounded by the mean: a fail above a very low mean raises the mean and can turn the
    // meanMark flag from red to amber (see the "spec note" unit test).
    fc.assert(
      fc.property(
        caseArb,
        fc.constantFrom(...EXTRA_SUBJECTS),
        fc.oneof(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constant(null)),
        ({ ctx, snapshot }, subject, position) => {
          const addFail = (r: TermRecord): TermRecord => {
            const numeric = Object.values(r.marks).flatMap((m) =>
              m.kind === 'numeric' ? [m.value] : [],
            );
            const mean = numeric.length
              ? numeric.reduce((x, y) => x + y, 0) / numeric.length
              : 5.99;
            const cap = Math.min(5.99, mean);
            const mark: Mark =
              position === null
                ? { kind: 'judgement', value: 'Non sufficiente' }
                : { kind: 'numeric', value: 1 + position * (cap - 1), raw: '' };
            return { ...r, marks: { ...r.marks, [subject]: mark } };
          };
          const worse = { ...snapshot, termRecords: snapshot.termRecords.map(addFail) };
          expect(snapshotIssues(worse, ctx)).toEqual([]);
          const a = assessRisk(snapshot, ctx);
          const b = assessRisk(worse, ctx);
          expect(flagRank(b, 'failingSubjects')).toBeGreaterThanOrEqual(
            flagRank(a, 'failingSubjects'),
          );
          expect(flagRank(b, 'meanMark')).toBeGreaterThanOrEqual(flagRank(a, 'meanMark'));
          expect(rank(b)).toBeGreaterThanOrEqual(rank(a));
        },
      ),
      RUNS,
    );
  });

  it('an earlier birth date (more years behind) never lowers the level', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 5 }), ({ ctx, snapshot }, years) => {
        const birthDate = new Date(snapshot.pupil.birthDate.getTime());
        birthDate.setUTCFullYear(birthDate.getUTCFullYear() - years);
        const older = { ...snapshot, pupil: { ...snapshot.pupil, birthDate } };
        expect(snapshotIssues(older, ctx)).toEqual([]);
        const a = assessRisk(snapshot, ctx);
        const b = assessRisk(older, ctx);
        expect(flagRank(b, 'ritardo')).toBeGreaterThanOrEqual(flagRank(a, 'ritardo'));
        expect(rank(b)).toBeGreaterThanOrEqual(rank(a));
      }),
      RUNS,
    );
  });

  it('the generators reach every flag code at both levels where defined', () => {
    // Guards the properties above against a generator that never produces risk.
    const seen = new Set<string>();
    fc.assert(
      fc.property(caseArb, ({ ctx, snapshot }) => {
        for (const f of assessRisk(snapshot, ctx).flags) seen.add(`${f.code}:${f.level}`);
      }),
      { numRuns: 1500, seed: 42 },
    );
    for (const code of RISK_FLAG_CODES)
      expect([...seen].some((s) => s.startsWith(`${code}:`))).toBe(true);
    for (const code of [
      'absences',
      'absenceLimit',
      'failingSubjects',
      'meanMark',
      'conduct',
      'ritardo',
      'l2Level',
    ]) {
      expect(seen).toContain(`${code}:red`);
    }
  });
});
