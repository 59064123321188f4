import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  RISK_ENGINE_VERSION,
  assessRisk,
  currentTerm,
  firstScrutinioAfter,
  firstScrutinioDate,
  l2OverallLevel,
  riskAssessmentSchema,
  riskFlagSchema,
  type RiskContext,
  type RiskFlagCode,
  type RiskResult,
  type RiskThresholds,
} from '../../functions/src/domain';
import {
  DEFAULT_AS_OF,
  d,
  judgement,
  makeContext,
  makeFamilyMeeting,
  makeIntervention,
  makeL2Assessment,
  makeSnapshot,
  makeTermRecord,
  makeTutoringSession,
  num,
  passingMarks,
  snapshotIssues,
  type SnapshotOverrides,
} from '../fixtures/pupil-snapshot';

/** Builds a snapshot and context, checks both are schema-valid, and runs the engine. */
function run(overrides: SnapshotOverrides = {}, ctx: Partial<RiskContext> = {}): RiskResult {
  const snapshot = makeSnapshot(overrides);
  const context = makeContext(ctx);
  expect(snapshotIssues(snapshot, context)).toEqual([]);
  return assessRisk(snapshot, context);
}

function thresholds(t: Partial<RiskThresholds>): Pick<RiskContext, 'thresholds'> {
  return { thresholds: { ...DEFAULT_THRESHOLDS, ...t } };
}

function flagOf(result: RiskResult, code: RiskFlagCode) {
  return result.flags.find((f) => f.code === code);
}

/** Level of one indicator: 'none' when it did not flag. */
function levelOf(result: RiskResult, code: RiskFlagCode): 'none' | 'amber' | 'red' {
  return flagOf(result, code)?.level ?? 'none';
}

const absences = (absenceHours: number, extra: Parameters<typeof makeTermRecord>[0] = {}) => ({
  termRecords: [makeTermRecord({ lessonHours: 400, absenceHours, ...extra })],
});

describe('baseline fixture', () => {
  it('is schema-valid, green, without flags, at version 1.0.0', () => {
    const r = run();
    expect(r).toEqual({
      level: 'green',
      score: 0,
      flags: [],
      protective: [],
      engineVersion: '1.0.0',
    });
    expect(RISK_ENGINE_VERSION).toBe('1.0.0');
  });

  it('result fits riskAssessmentSchema once computedAt and classId are added', () => {
    const r = run({ familyMeetings: [], ...absences(60) });
    expect(r.flags.length).toBeGreaterThan(0);
    expect(
      riskAssessmentSchema.safeParse({ ...r, computedAt: DEFAULT_AS_OF, classId: 'c1' }).success,
    ).toBe(true);
  });
});

describe('absences', () => {
  it.each([
    [39, 'none'], // 9.75%
    [40, 'amber'], // 10%
    [41, 'amber'],
    [79, 'amber'], // 19.75%
    [80, 'red'], // 20%
    [81, 'red'],
  ] as const)('default thresholds: %d of 400 hours -> %s', (hours, expected) => {
    expect(levelOf(run(absences(hours)), 'absences')).toBe(expected);
  });

  it.each([
    [19, 'none'], // 4.75%
    [20, 'amber'], // 5%
    [59, 'amber'], // 14.75%
    [60, 'red'], // 15%
  ] as const)('custom 5%/15%: %d of 400 hours -> %s', (hours, expected) => {
    const r = run(absences(hours), thresholds({ absenceAmberPct: 5, absenceRedProjectedPct: 15 }));
    expect(levelOf(r, 'absences')).toBe(expected);
  });

  it.each([
    [100, 'none'], // exactly 25% of 400 annual hours: still valid
    [100.5, 'red'],
  ] as const)(
    'red when absences exceed 25%% of annual hours: %d of 400 -> %s',
    (hours, expected) => {
      // Share of lesson hours is 10% of 1000, below the custom 50% thresholds.
      const r = run(
        absences(hours, { lessonHours: 1000, annualHours: 400 }),
        thresholds({ absenceAmberPct: 50, absenceRedProjectedPct: 50 }),
      );
      expect(levelOf(r, 'absences')).toBe(expected);
    },
  );

  it('annual-hours rule explains the year may not be valid', () => {
    const r = run(
      absences(101, { lessonHours: 1000, annualHours: 400 }),
      thresholds({ absenceAmberPct: 50, absenceRedProjectedPct: 50 }),
    );
    const f = flagOf(r, 'absences');
    expect(f?.evidence).toMatchObject({
      absenceHours: 101,
      annualHours: 400,
      annualLimitHours: 100,
    });
    expect(f?.sentence.it).toBe(
      'Assenze: 101 ore, oltre il 25% del monte ore annuo (100 ore): anno a rischio di non validità',
    );
  });

  it('amber sentence and evidence', () => {
    const f = flagOf(run(absences(56)), 'absences');
    expect(f?.level).toBe('amber');
    expect(f?.evidence).toMatchObject({ absencePct: 14, thresholdPct: 10 });
    expect(f?.sentence).toEqual({
      it: 'Assenze al 14% delle ore: soglia 10%',
      en: 'Absences at 14% of hours: threshold 10%',
    });
  });

  it('one decimal at most, Italian comma, truncated so it never shows a crossed threshold', () => {
    const f = flagOf(run(absences(58)), 'absences'); // 14.5%
    expect(f?.sentence.it).toBe('Assenze al 14,5% delle ore: soglia 10%');
    expect(f?.sentence.en).toBe('Absences at 14.5% of hours: threshold 10%');
    const g = flagOf(run(absences(79.99)), 'absences'); // 19.9975%
    expect(g?.level).toBe('amber');
    expect(g?.evidence['absencePct']).toBe(19.9);
    expect(g?.sentence.it).toContain('19,9%');
  });

  it('red sentence names the projected threshold', () => {
    const f = flagOf(run(absences(88)), 'absences'); // 22%
    expect(f?.sentence.it).toBe(
      "Assenze al 22% delle ore: proiettate sull'anno raggiungono la soglia del 20%",
    );
    expect(f?.sentence.en).toBe(
      'Absences at 22% of hours: projected over the year they reach the 20% threshold',
    );
  });

  it('uses the highest term of the current school year only', () => {
    const old = makeTermRecord({ schoolYear: '2024/25', term: 2, absenceHours: 200 });
    const t1 = makeTermRecord({ term: 1, absenceHours: 120 }); // 30%
    const t2 = makeTermRecord({ term: 2, absenceHours: 20 }); // 5%
    expect(levelOf(run({ termRecords: [t2, t1, old] }), 'absences')).toBe('none');
    expect(levelOf(run({ termRecords: [t1, old] }), 'absences')).toBe('red');
    expect(levelOf(run({ termRecords: [old] }), 'absences')).toBe('none');
  });

  it('no lesson hours yet: no flag, no throw', () => {
    const r = run(absences(0, { lessonHours: 0 }));
    expect(levelOf(r, 'absences')).toBe('none');
  });
});

describe('failingSubjects', () => {
  const marks = (overrides: Record<string, ReturnType<typeof num>>) => ({
    termRecords: [makeTermRecord({ marks: { ...passingMarks(), ...overrides } })],
  });

  it.each([
    [{ inglese: num(5) }, 'none'],
    [{ inglese: num(5), storia: num(5.75, '6-') }, 'amber'],
    [{ inglese: num(5), storia: num(4), scienze: num(5.5, '5½') }, 'red'],
    [{ inglese: num(6), storia: num(6) }, 'none'], // 6 is a pass
    [{ inglese: num(5.99), storia: num(5.99) }, 'amber'],
    [{ italiano: num(5), matematica: num(4) }, 'red'], // both core subjects
    [{ italiano: num(5), inglese: num(4) }, 'amber'],
    [{ matematica: num(6), italiano: num(5) }, 'none'],
  ] as const)('default thresholds: %o -> %s', (over, expected) => {
    expect(levelOf(run(marks(over)), 'failingSubjects')).toBe(expected);
  });

  it.each([
    [1, 'amber'],
    [3, 'amber'],
    [4, 'red'],
  ] as const)('custom amber 1 / red 4: %d failing -> %s', (n, expected) => {
    const subjects = ['inglese', 'storia', 'geografia', 'scienze'].slice(0, n);
    const over = Object.fromEntries(subjects.map((s) => [s, num(4)]));
    const r = run(marks(over), thresholds({ failingSubjectsAmber: 1, failingSubjectsRed: 4 }));
    expect(levelOf(r, 'failingSubjects')).toBe(expected);
  });

  it('core rule is red even when the count thresholds are high', () => {
    const r = run(
      marks({ italiano: num(5), matematica: num(5) }),
      thresholds({ failingSubjectsAmber: 5, failingSubjectsRed: 8 }),
    );
    expect(levelOf(r, 'failingSubjects')).toBe('red');
    expect(flagOf(r, 'failingSubjects')?.sentence.en).toBe('Failing both Italian and maths');
  });

  it('counts the giudizio "Non sufficiente", not "Sufficiente"', () => {
    const primaria = (a: Parameters<typeof judgement>[0], b: Parameters<typeof judgement>[0]) => ({
      schoolClass: { level: 'primaria' as const, year: 5 },
      pupil: { birthDate: d('2015-03-01') },
      termRecords: [
        makeTermRecord({
          marks: { italiano: judgement('Buono'), inglese: judgement(a), storia: judgement(b) },
          conduct: null,
        }),
      ],
    });
    expect(levelOf(run(primaria('Non sufficiente', 'Non sufficiente')), 'failingSubjects')).toBe(
      'amber',
    );
    expect(levelOf(run(primaria('Non sufficiente', 'Sufficiente')), 'failingSubjects')).toBe(
      'none',
    );
  });

  it('sentence lists the subjects', () => {
    const f = flagOf(run(marks({ storia: num(5), inglese: num(4) })), 'failingSubjects');
    expect(f?.sentence).toEqual({
      it: 'Insufficienze in 2 materie (inglese, storia): soglia 2',
      en: 'Failing marks in 2 subjects (inglese, storia): threshold 2',
    });
    expect(f?.evidence).toMatchObject({ failingCount: 2, coreBothFailing: false });
  });

  it('reads the latest term only', () => {
    const t1 = makeTermRecord({
      term: 1,
      marks: { ...passingMarks(), inglese: num(3), storia: num(3), scienze: num(3) },
    });
    const t2 = makeTermRecord({ term: 2 });
    expect(levelOf(run({ termRecords: [t1, t2] }), 'failingSubjects')).toBe('none');
  });
});

describe('meanMark', () => {
  const single = (value: number) => ({
    termRecords: [makeTermRecord({ marks: { italiano: num(value) } })],
  });

  it.each([
    [6, 'none'],
    [5.9, 'amber'],
    [5, 'amber'],
    [4.9, 'red'],
  ] as const)('default thresholds: mean %d -> %s', (value, expected) => {
    expect(levelOf(run(single(value)), 'meanMark')).toBe(expected);
  });

  it.each([
    [7, 'none'],
    [6.9, 'amber'],
    [6.5, 'amber'],
    [6.4, 'red'],
  ] as const)('custom amber 7 / red 6.5: mean %d -> %s', (value, expected) => {
    const r = run(single(value), thresholds({ meanMarkAmber: 7, meanMarkRed: 6.5 }));
    expect(levelOf(r, 'meanMark')).toBe(expected);
  });

  it('averages numeric marks only and explains with Italian decimals', () => {
    const r = run({
      termRecords: [
        makeTermRecord({
          marks: { italiano: num(5.5, '5½'), matematica: num(6), inglese: judgement('Ottimo') },
        }),
      ],
    });
    const f = flagOf(r, 'meanMark');
    expect(f?.evidence).toMatchObject({ mean: 5.75, markCount: 2 });
    expect(f?.sentence).toEqual({
      it: 'Media dei voti 5,75, sotto la soglia di 6',
      en: 'Mean mark 5.75, below the threshold of 6',
    });
  });

  it('skips when there are no numeric marks', () => {
    const r = run({
      termRecords: [makeTermRecord({ marks: { italiano: judgement('Non sufficiente') } })],
    });
    expect(levelOf(r, 'meanMark')).toBe('none');
    expect(levelOf(run({ termRecords: [makeTermRecord({ marks: {} })] }), 'meanMark')).toBe('none');
  });
});

describe('conduct', () => {
  it.each([
    [num(7), 'none'],
    [num(6.5, '6½'), 'amber'],
    [num(6), 'amber'],
    [num(5.75, '6-'), 'red'],
    [num(5), 'red'],
    [judgement('Non sufficiente'), 'none'], // only numeric conduct is scored
  ] as const)('conduct %o -> %s', (conduct, expected) => {
    expect(levelOf(run({ termRecords: [makeTermRecord({ conduct })] }), 'conduct')).toBe(expected);
  });

  it('null conduct: no flag', () => {
    expect(levelOf(run({ termRecords: [makeTermRecord({ conduct: null })] }), 'conduct')).toBe(
      'none',
    );
  });

  it('red sentence mentions non-admission', () => {
    const f = flagOf(run({ termRecords: [makeTermRecord({ conduct: num(5) })] }), 'conduct');
    expect(f?.sentence.it).toBe('Voto di comportamento 5: sotto 6 comporta la non ammissione');
    expect(f?.sentence.en).toBe('Conduct mark 5: below 6 means non-admission');
  });
});

describe('ritardo', () => {
  // 2nd secondaria I grado in 2025/26: expected birth year 2013.
  it.each([
    ['2013-01-01', 'none'],
    ['2012-12-31', 'amber'],
    ['2012-01-01', 'amber'],
    ['2011-12-31', 'red'],
    ['2009-06-01', 'red'],
  ] as const)('default thresholds: born %s -> %s', (birth, expected) => {
    expect(levelOf(run({ pupil: { birthDate: d(birth) } }), 'ritardo')).toBe(expected);
  });

  it.each([
    ['2012-06-01', 'none'], // 1 year
    ['2011-06-01', 'amber'], // 2 years
    ['2010-06-01', 'red'], // 3 years
  ] as const)('custom amber 2 / red 3: born %s -> %s', (birth, expected) => {
    const r = run(
      { pupil: { birthDate: d(birth) } },
      thresholds({ ritardoAmberYears: 2, ritardoRedYears: 3 }),
    );
    expect(levelOf(r, 'ritardo')).toBe(expected);
  });

  it('not computed for CPIA or infanzia', () => {
    const old = { birthDate: d('2000-01-01'), arrivalDate: d('2017-01-01') };
    expect(levelOf(run({ pupil: old, schoolClass: { level: 'cpia', year: 1 } }), 'ritardo')).toBe(
      'none',
    );
    expect(
      levelOf(run({ pupil: old, schoolClass: { level: 'infanzia', year: 1 } }), 'ritardo'),
    ).toBe('none');
    expect(
      levelOf(run({ pupil: old, schoolClass: { level: 'secondaria2', year: 1 } }), 'ritardo'),
    ).toBe('red');
  });

  it('sentence', () => {
    const f = flagOf(run({ pupil: { birthDate: d('2012-04-01') } }), 'ritardo');
    expect(f?.evidence['yearsBehind']).toBe(1);
    expect(f?.sentence).toEqual({
      it: "In ritardo di 1 anno rispetto alla classe prevista per l'età: soglia 1",
      en: '1 year behind the class expected for age: threshold 1',
    });
  });
});

describe('l2Level', () => {
  /** Pupil who entered Italian school on `first`; one test at `level` on 2026-03-01. */
  const l2 = (first: string, level: Parameters<typeof makeL2Assessment>[1]) => ({
    pupil: { arrivalDate: d('2025-06-01'), firstItalianSchoolDate: d(first) },
    l2Assessments: [makeL2Assessment(d('2026-03-01'), level)],
  });

  it.each([
    ['2025-09-17', 'A1', 'none'], // 5 months
    ['2025-09-16', 'A1', 'red'], // 6 months
    ['2025-09-16', 'PreA1', 'red'],
    ['2025-06-01', 'A2', 'none'],
    ['2025-06-01', 'B1', 'none'],
  ] as const)('default thresholds: in school since %s at %s -> %s', (first, level, expected) => {
    expect(levelOf(run(l2(first, level)), 'l2Level')).toBe(expected);
  });

  it.each([
    ['2025-03-17', 'none'], // 11 months
    ['2025-03-16', 'amber'], // 12 months
    ['2024-09-17', 'amber'], // 17 months
    ['2024-09-16', 'red'], // 18 months
  ] as const)('custom amber 12 / red 18 months, A1, since %s -> %s', (first, expected) => {
    const r = run(
      {
        pupil: { arrivalDate: d('2024-06-01'), firstItalianSchoolDate: d(first) },
        l2Assessments: [makeL2Assessment(d('2026-03-01'), 'A1')],
      },
      thresholds({ l2BelowA2AmberMonths: 12, l2A1RedMonths: 18 }),
    );
    expect(levelOf(r, 'l2Level')).toBe(expected);
  });

  it('overall level is the lowest skill', () => {
    const a = makeL2Assessment(d('2026-03-01'), 'B1', { scrittura: 'A1' });
    expect(l2OverallLevel(a)).toBe('A1');
    const r = run({
      pupil: { arrivalDate: d('2025-06-01'), firstItalianSchoolDate: d('2025-06-01') },
      l2Assessments: [a],
    });
    expect(levelOf(r, 'l2Level')).toBe('red');
  });

  it.each([
    ['2025-09-10', 'A2', '2026-03-10', 'A2', 'red'], // 6 months, no rise
    ['2025-09-11', 'A2', '2026-03-10', 'A2', 'none'], // 5 months
    ['2025-09-10', 'A2+', '2026-03-10', 'A2', 'red'], // regression
    ['2025-09-10', 'A2', '2026-03-10', 'A2+', 'none'], // progress
    ['2025-09-10', 'B1', '2026-03-10', 'B1', 'none'], // later one not below B1
  ] as const)('no progress: %s %s -> %s %s: %s', (d1, l1, d2, l2b, expected) => {
    const r = run({
      l2Assessments: [makeL2Assessment(d(d2), l2b), makeL2Assessment(d(d1), l1)],
    });
    expect(levelOf(r, 'l2Level')).toBe(expected);
  });

  it('no progress uses the latest test against earlier ones', () => {
    // A1 (9 months before) -> A2 is progress; the A2 5 months before is too recent.
    const tests = [
      makeL2Assessment(d('2025-06-01'), 'A1'),
      makeL2Assessment(d('2025-10-10'), 'A2'),
      makeL2Assessment(d('2026-03-01'), 'A2'),
    ];
    expect(levelOf(run({ l2Assessments: tests }), 'l2Level')).toBe('none');
    const f = flagOf(
      run({ l2Assessments: tests }, thresholds({ l2NoProgressMonths: 4 })),
      'l2Level',
    );
    expect(f?.level).toBe('red');
    expect(f?.evidence).toMatchObject({ fromLevel: 'A2', level: 'A2', monthsApart: 4 });
    expect(f?.sentence.it).toBe(
      'Nessun progresso in italiano L2 in 4 mesi: A2 il 10/10/2025, A2 il 01/03/2026',
    );
  });

  it('custom no-progress months', () => {
    const tests = [
      makeL2Assessment(d('2025-12-10'), 'A2'),
      makeL2Assessment(d('2026-03-10'), 'A2'),
    ];
    expect(levelOf(run({ l2Assessments: tests }), 'l2Level')).toBe('none');
    expect(
      levelOf(run({ l2Assessments: tests }, thresholds({ l2NoProgressMonths: 3 })), 'l2Level'),
    ).toBe('red');
  });

  it('ignores tests after asOf and needs at least one test', () => {
    const r = run({
      pupil: { arrivalDate: d('2025-06-01'), firstItalianSchoolDate: d('2025-06-01') },
      l2Assessments: [
        makeL2Assessment(d('2025-10-01'), 'A1'),
        makeL2Assessment(d('2026-04-01'), 'B1'),
      ],
    });
    expect(levelOf(r, 'l2Level')).toBe('red');
    expect(levelOf(run({ l2Assessments: [] }), 'l2Level')).toBe('none');
  });

  it('without a first Italian school date the time rules do not apply', () => {
    const r = run({
      pupil: { arrivalDate: null, firstItalianSchoolDate: null },
      l2Assessments: [makeL2Assessment(d('2026-03-01'), 'A1')],
    });
    expect(levelOf(r, 'l2Level')).toBe('none');
  });

  it('sentence with the Pre-A1 label', () => {
    const f = flagOf(run(l2('2025-07-10', 'PreA1')), 'l2Level');
    expect(f?.sentence).toEqual({
      it: 'Italiano L2 a livello Pre-A1 dopo 8 mesi di scuola in Italia: soglia 6 mesi',
      en: 'Italian L2 at level Pre-A1 after 8 months in Italian school: threshold 6 months',
    });
  });
});

describe('familyContact', () => {
  it.each([
    ['2026-01-31', true, 'amber'], // previous quadrimestre
    ['2026-02-01', true, 'none'], // first day of the 2nd quadrimestre
    ['2026-03-16', true, 'none'], // asOf itself
    ['2026-03-17', true, 'amber'], // after asOf: ignored
    ['2026-03-01', false, 'amber'], // not held
  ] as const)('quadrimestri: meeting on %s held=%s -> %s', (date, held, expected) => {
    const r = run({ familyMeetings: [makeFamilyMeeting({ date: d(date), held })] });
    expect(levelOf(r, 'familyContact')).toBe(expected);
  });

  it.each([
    ['2026-03-16', '2025-12-31', 'amber'],
    ['2026-03-16', '2026-01-01', 'none'],
    ['2026-04-02', '2026-03-31', 'amber'],
    ['2026-04-02', '2026-04-01', 'none'],
  ] as const)('trimestri: asOf %s, meeting %s -> %s', (asOf, date, expected) => {
    const r = run(
      { familyMeetings: [makeFamilyMeeting({ date: d(date) })] },
      { asOf: d(asOf), termSystem: 'trimestri' },
    );
    expect(levelOf(r, 'familyContact')).toBe(expected);
  });

  it('no meeting: sentence names the term', () => {
    const f = flagOf(run({ familyMeetings: [] }), 'familyContact');
    expect(f?.level).toBe('amber');
    expect(f?.sentence).toEqual({
      it: 'Nessun colloquio con la famiglia in questo quadrimestre',
      en: 'No meeting with the family this term',
    });
  });

  it('mediator needed but absent -> amber; present -> none', () => {
    const missing = run({
      familyMeetings: [makeFamilyMeeting({ mediatorNeeded: true, mediatorPresent: false })],
    });
    expect(levelOf(missing, 'familyContact')).toBe('amber');
    expect(flagOf(missing, 'familyContact')?.sentence.en).toBe(
      'Family meeting held without the mediator who was needed',
    );
    const present = run({
      familyMeetings: [makeFamilyMeeting({ mediatorNeeded: true, mediatorPresent: true })],
    });
    expect(levelOf(present, 'familyContact')).toBe('none');
  });

  it('currentTerm boundaries', () => {
    expect(currentTerm(d('2026-01-31'), 'quadrimestri')).toBe(1);
    expect(currentTerm(d('2026-02-01'), 'quadrimestri')).toBe(2);
    expect(currentTerm(d('2026-08-31'), 'quadrimestri')).toBe(2);
    expect(currentTerm(d('2026-09-01'), 'quadrimestri')).toBe(1);
    expect(currentTerm(d('2025-12-31'), 'trimestri')).toBe(1);
    expect(currentTerm(d('2026-01-01'), 'trimestri')).toBe(2);
    expect(currentTerm(d('2026-03-31'), 'trimestri')).toBe(2);
    expect(currentTerm(d('2026-04-01'), 'trimestri')).toBe(3);
  });
});

describe('processGapPdp', () => {
  const nai = (pdp: boolean, first = '2025-09-15') => ({
    pupil: {
      arrivalDate: d('2025-08-01'),
      firstItalianSchoolDate: d(first),
      pdp,
      pdpDate: pdp ? d('2025-11-10') : null,
    },
  });

  it.each([
    ['quadrimestri', '2026-01-31', 'none'],
    ['quadrimestri', '2026-02-01', 'amber'],
    ['trimestri', '2025-12-20', 'none'],
    ['trimestri', '2025-12-21', 'amber'],
  ] as const)('%s: NAI without PDP at %s -> %s', (termSystem, asOf, expected) => {
    expect(levelOf(run(nai(false), { asOf: d(asOf), termSystem }), 'processGapPdp')).toBe(expected);
  });

  it('no flag with a PDP', () => {
    expect(levelOf(run(nai(true)), 'processGapPdp')).toBe('none');
  });

  it('no flag once the pupil is no longer NAI (configurable months)', () => {
    const since2023 = {
      pupil: { arrivalDate: d('2023-08-01'), firstItalianSchoolDate: d('2023-09-01') },
    };
    expect(levelOf(run(since2023, { naiMonths: 24 }), 'processGapPdp')).toBe('none');
    expect(levelOf(run(since2023, { naiMonths: 36 }), 'processGapPdp')).toBe('amber');
  });

  it("a pupil who arrives after this year's first scrutinio waits for the next one", () => {
    const late = nai(false, '2026-02-10');
    expect(levelOf(run(late), 'processGapPdp')).toBe('none');
    expect(firstScrutinioAfter(d('2026-02-10'), 'quadrimestri')).toEqual(d('2027-01-31'));
    expect(firstScrutinioAfter(d('2025-12-21'), 'trimestri')).toEqual(d('2026-12-20'));
    expect(firstScrutinioAfter(d('2025-09-15'), 'trimestri')).toEqual(d('2025-12-20'));
    expect(firstScrutinioDate('2025/26', 'quadrimestri')).toEqual(d('2026-01-31'));
  });

  it('sentence', () => {
    const f = flagOf(run(nai(false)), 'processGapPdp');
    expect(f?.sentence.it).toBe('Alunno NAI senza PDP dopo il primo scrutinio (31/01/2026)');
    expect(f?.evidence).toMatchObject({ scrutinioDate: '2026-01-31', naiMonths: 24 });
  });
});

describe('processGapSessions', () => {
  // asOf 2026-03-16; 4 weeks before is 2026-02-16.
  const gap = (level: 'A1' | 'A2', extra: SnapshotOverrides = {}) => ({
    l2Assessments: [makeL2Assessment(d('2025-12-01'), level)],
    ...extra,
  });

  it.each([
    ['2026-02-16', true, 'none'],
    ['2026-02-15', true, 'amber'],
    ['2026-03-10', false, 'amber'], // not attended
  ] as const)('A1 with tutoring on %s attended=%s -> %s', (date, attended, expected) => {
    const session = makeTutoringSession(d(date), {
      attended,
      absenceReason: attended ? '' : 'malattia',
    });
    expect(levelOf(run(gap('A1', { tutoringSessions: [session] })), 'processGapSessions')).toBe(
      expected,
    );
  });

  it('a recent L2 test counts as a contact', () => {
    const r = run({
      l2Assessments: [
        makeL2Assessment(d('2025-12-01'), 'A1'),
        makeL2Assessment(d('2026-02-20'), 'A1'),
      ],
    });
    expect(levelOf(r, 'processGapSessions')).toBe('none');
  });

  it('not for pupils at A2 or without any L2 test', () => {
    expect(levelOf(run(gap('A2')), 'processGapSessions')).toBe('none');
    expect(levelOf(run(), 'processGapSessions')).toBe('none');
  });

  it.each([
    ['2026-03-02', 'none'],
    ['2026-03-01', 'amber'],
  ] as const)('custom 2 weeks: tutoring on %s -> %s', (date, expected) => {
    const r = run(
      gap('A1', { tutoringSessions: [makeTutoringSession(d(date))] }),
      thresholds({ sessionGapWeeks: 2 }),
    );
    expect(levelOf(r, 'processGapSessions')).toBe(expected);
  });

  it('sentence and evidence', () => {
    const f = flagOf(run(gap('A1')), 'processGapSessions');
    expect(f?.evidence).toMatchObject({
      level: 'A1',
      thresholdWeeks: 4,
      lastContactDate: '2025-12-01',
    });
    expect(f?.sentence.it).toBe(
      'Italiano L2 a livello A1 e nessun tutoraggio né verifica L2 nelle ultime 4 settimane',
    );
  });
});

describe('level combination and score', () => {
  const amberAbsences = absences(40);
  const amberConduct = makeTermRecord({ absenceHours: 40, conduct: num(6) });

  it('two amber flags -> amber, score 6', () => {
    const r = run({ termRecords: [amberConduct] });
    expect(r.flags.map((f) => [f.code, f.level])).toEqual([
      ['absences', 'amber'],
      ['conduct', 'amber'],
    ]);
    expect(r.level).toBe('amber');
    expect(r.score).toBe(6);
  });

  it('three amber flags -> red, score 9', () => {
    const r = run({ termRecords: [amberConduct], familyMeetings: [] });
    expect(r.flags.every((f) => f.level === 'amber')).toBe(true);
    expect(r.flags).toHaveLength(3);
    expect(r.level).toBe('red');
    expect(r.score).toBe(9);
  });

  it('one amber -> amber 3; one red -> red 10; red + amber -> 13', () => {
    expect(run(amberAbsences)).toMatchObject({ level: 'amber', score: 3 });
    expect(run(absences(80))).toMatchObject({ level: 'red', score: 10 });
    expect(run({ ...absences(80), familyMeetings: [] })).toMatchObject({ level: 'red', score: 13 });
  });

  it('transition year raises the score, never the level', () => {
    const third = run({
      schoolClass: { year: 3 },
      pupil: { birthDate: d('2012-05-10') },
    });
    expect(third).toMatchObject({ level: 'green', score: 2, flags: [] });
    const firstSec2 = run({
      schoolClass: { level: 'secondaria2', year: 1 },
      pupil: { birthDate: d('2011-05-10') },
      ...amberAbsences,
    });
    expect(firstSec2).toMatchObject({ level: 'amber', score: 5 });
  });

  it.each([
    ['2010-03-16', 2], // 16 today
    ['2010-03-17', 0], // 15
    ['2009-03-16', 0], // 17
  ] as const)('age 16 counts as transition: born %s -> score %d', (birth, score) => {
    // 2nd secondaria II grado at the expected age for 2010 births: no ritardo.
    const r = run({
      schoolClass: { level: 'secondaria2', year: birth.startsWith('2009') ? 3 : 2 },
      pupil: { birthDate: d(birth) },
    });
    expect(r).toMatchObject({ level: 'green', score });
  });

  it('protective signals do not lower level or score', () => {
    const r = run({
      termRecords: [amberConduct],
      interventions: [makeIntervention()],
    });
    expect(r).toMatchObject({ level: 'amber', score: 6 });
    expect(r.protective.map((p) => p.code)).toEqual(['activeIntervention']);
  });

  it('every flag is a valid riskFlag in code order', () => {
    const r = run({
      ...absences(90, { conduct: num(5), marks: { italiano: num(4), matematica: num(3) } }),
      familyMeetings: [],
      pupil: {
        birthDate: d('2011-01-01'),
        arrivalDate: d('2025-06-01'),
        firstItalianSchoolDate: d('2025-06-01'),
      },
      l2Assessments: [makeL2Assessment(d('2025-10-01'), 'A1')],
    });
    expect(r.flags.map((f) => f.code)).toEqual([
      'absences',
      'failingSubjects',
      'meanMark',
      'conduct',
      'ritardo',
      'l2Level',
      'familyContact',
      'processGapPdp',
      'processGapSessions',
    ]);
    for (const f of r.flags) expect(riskFlagSchema.safeParse(f).success).toBe(true);
  });
});

describe('protective signals', () => {
  const codes = (r: RiskResult) => r.protective.map((p) => p.code);
  const sessions = (dates: string[], attended = true) =>
    dates.map((x) =>
      makeTutoringSession(d(x), { attended, absenceReason: attended ? '' : 'malattia' }),
    );

  it('tutoringRegular: 3 attended sessions in the last 6 weeks (from 2026-02-02)', () => {
    const inWindow = run({
      tutoringSessions: sessions(['2026-02-02', '2026-02-20', '2026-03-10']),
    });
    expect(codes(inWindow)).toEqual(['tutoringRegular']);
    expect(inWindow.protective[0]?.sentence.it).toBe(
      '3 sessioni di tutoraggio frequentate nelle ultime 6 settimane',
    );
    const oneTooEarly = run({
      tutoringSessions: sessions(['2026-02-01', '2026-02-20', '2026-03-10']),
    });
    expect(codes(oneTooEarly)).toEqual([]);
    const oneMissed = run({
      tutoringSessions: [
        ...sessions(['2026-02-20', '2026-03-10']),
        ...sessions(['2026-03-12'], false),
      ],
    });
    expect(codes(oneMissed)).toEqual([]);
  });

  it('familyReachedInLanguage', () => {
    expect(codes(run({ familyMeetings: [makeFamilyMeeting({ language: 'ar' })] }))).toEqual([
      'familyReachedInLanguage',
    ]);
    expect(
      codes(
        run({
          familyMeetings: [makeFamilyMeeting({ mediatorNeeded: true, mediatorPresent: true })],
        }),
      ),
    ).toEqual(['familyReachedInLanguage']);
    expect(
      codes(run({ familyMeetings: [makeFamilyMeeting({ language: 'ar', held: false })] })),
    ).toEqual([]);
    expect(
      codes(
        run({ familyMeetings: [makeFamilyMeeting({ language: 'ar', date: d('2026-01-20') })] }),
      ),
    ).toEqual([]);
  });

  it('l2Progress compares the latest test with the previous one', () => {
    const up = [makeL2Assessment(d('2026-03-01'), 'A2'), makeL2Assessment(d('2025-10-01'), 'A1')];
    const r = run({ l2Assessments: up });
    expect(codes(r)).toEqual(['l2Progress']);
    expect(r.protective[0]?.sentence.en).toBe('Progress in Italian L2: from A1 to A2');
    const flat = [makeL2Assessment(d('2025-10-01'), 'A2'), makeL2Assessment(d('2026-03-01'), 'A2')];
    expect(codes(run({ l2Assessments: flat }))).toEqual([]);
  });

  it('activeIntervention only for status active', () => {
    expect(codes(run({ interventions: [makeIntervention()] }))).toEqual(['activeIntervention']);
    expect(
      codes(
        run({
          interventions: [
            makeIntervention({ status: 'planned' }),
            makeIntervention({ status: 'completed' }),
          ],
        }),
      ),
    ).toEqual([]);
  });
});

describe('fairness and robustness', () => {
  it('home languages never change the result', () => {
    const risky = { ...absences(45), familyMeetings: [] };
    const a = run({ ...risky, pupil: { homeLanguages: ['it'] } });
    const b = run({ ...risky, pupil: { homeLanguages: ['ar', 'fr', 'wo'] } });
    expect(b).toEqual(a);
  });

  it('empty pupil history at the start of the year does not throw', () => {
    const r = run(
      {
        termRecords: [],
        familyMeetings: [],
        pupil: { arrivalDate: null, firstItalianSchoolDate: null },
      },
      { asOf: d('2025-09-15') },
    );
    expect(r.flags.map((f) => f.code)).toEqual(['familyContact']);
    expect(r.level).toBe('amber');
  });

  it('spec note: a fail above a very low mean can lower the mean-mark flag', () => {
    // Documents a consequence of the DOMAIN.md rules (see the property tests): the mean
    // rises from 4.95 (red) to 5.29 (amber) while failing subjects go from 1 to 2.
    const before = run({
      termRecords: [makeTermRecord({ marks: { inglese: num(1), storia: num(8.9) } })],
    });
    const after = run({
      termRecords: [
        makeTermRecord({ marks: { inglese: num(1), storia: num(8.9), scienze: num(5.99) } }),
      ],
    });
    expect([levelOf(before, 'meanMark'), levelOf(before, 'failingSubjects')]).toEqual([
      'red',
      'none',
    ]);
    expect([levelOf(after, 'meanMark'), levelOf(after, 'failingSubjects')]).toEqual([
      'amber',
      'amber',
    ]);
  });
});
