import { describe, expect, it } from 'vitest';
import {
  type PupilMonitoringFacts,
  SUPPRESSED,
  addDoseCells,
  buildClassMonitoring,
  buildDistrictMonitoring,
  buildPupilFacts,
  buildRegionMonitoring,
  buildSchoolMonitoring,
  computeIndicators,
  diffReport,
  doseCellsOf,
  doseResponseCellsOf,
  indicatorRows,
  isL2Subject,
  l2ImprovedIn,
  observationOf,
  periodRange,
  periodsOfDate,
  reportFigures,
  suppressIndicators,
  sumIndicators,
} from '@domain';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function facts(over: Partial<PupilMonitoringFacts> & { pupilId: string }): PupilMonitoringFacts {
  return {
    schoolId: 's1',
    classId: 'c1',
    computedAt: day('2026-11-20'),
    tutoring: [],
    peer: [],
    meetings: [],
    l2: [],
    terms: [],
    interventions: [],
    orientation: [],
    referrals: [],
    reviewedLevel: 'green',
    activeIntervention: false,
    ...over,
  };
}

describe('periods', () => {
  it('names the calendar quarter and the school year of a date', () => {
    expect(periodsOfDate(day('2026-11-20'))).toEqual(['2026-Q4', '2026-27']);
    expect(periodsOfDate(day('2027-02-01'))).toEqual(['2027-Q1', '2026-27']);
    expect(periodRange('2026-27').from).toEqual(day('2026-09-01'));
    expect(periodRange('2026-27').to).toEqual(day('2027-09-01'));
    expect(periodRange('2026-Q4').to).toEqual(day('2027-01-01'));
  });
});

describe('computeIndicators', () => {
  it('counts unique pupils per action, not sessions, and hours per kind', () => {
    const a = facts({
      pupilId: 'a',
      tutoring: [
        { date: day('2026-10-01'), minutes: 60, l2: true },
        { date: day('2026-10-08'), minutes: 90, l2: true },
        { date: day('2026-10-09'), minutes: 60, l2: false },
      ],
      meetings: [{ date: day('2026-10-02'), mediator: true }],
    });
    const b = facts({
      pupilId: 'b',
      tutoring: [{ date: day('2026-06-01'), minutes: 60, l2: false }], // previous year
      peer: [{ date: day('2026-11-02') }, { date: day('2026-11-03') }],
      meetings: [{ date: day('2026-11-02'), mediator: false }],
    });
    const s = computeIndicators([a, b], '2026-Q4');
    expect(s.pupils).toBe(2);
    expect(s.reached).toMatchObject({ l2: 1, tutoring: 1, peerEducation: 1, familyMediation: 1 });
    expect(s.reached.any).toBe(2);
    expect(s.minutes).toMatchObject({ l2: 150, tutoring: 60 });
    expect(s.sessions).toEqual({ peerEducation: 2, familyMediation: 1 });
    expect(s.families).toEqual({ reached: 2, withMediator: 1 });
  });

  it('finds red pupils with no help started in the period', () => {
    const helped = facts({
      pupilId: 'r1',
      reviewedLevel: 'red',
      tutoring: [{ date: day('2026-10-01'), minutes: 60, l2: false }],
    });
    const active = facts({ pupilId: 'r2', reviewedLevel: 'red', activeIntervention: true });
    const alone = facts({ pupilId: 'r3', reviewedLevel: 'red' });
    const s = computeIndicators([helped, active, alone, facts({ pupilId: 'g' })], '2026-Q4');
    expect(s.red).toEqual({ pupils: 3, noHelpStarted: 1 });
  });

  it('counts orientation hours in the school year only', () => {
    const f = facts({ pupilId: 'o', orientation: [{ schoolYear: '2026/27', hours: 12 }] });
    expect(computeIndicators([f], '2026-27').minutes.orientation).toBe(720);
    expect(computeIndicators([f], '2026-27').reached.orientation).toBe(1);
    expect(computeIndicators([f], '2026-Q4').reached.orientation).toBe(0);
  });

  it('counts referrals by status and outcome', () => {
    const f = facts({
      pupilId: 'x',
      referrals: [
        { date: day('2026-10-01'), status: 'completed', outcome: 'gotHelp' },
        { date: day('2026-10-05'), status: 'requested', outcome: null },
      ],
    });
    const s = computeIndicators([f], '2026-Q4');
    expect(s.reached.referrals).toBe(1);
    expect(s.referrals).toEqual({
      made: 2,
      byStatus: { completed: 1, requested: 1 },
      byOutcome: { gotHelp: 1 },
    });
  });
});

describe('l2ImprovedIn', () => {
  const q4 = periodRange('2026-Q4');
  it('compares the latest test in the period with the last one before it', () => {
    const tests = [
      { date: day('2026-06-01'), ranks: [1, 1, 1, 1, 1] },
      { date: day('2026-11-01'), ranks: [1, 2, 1, 1, 1] },
    ];
    expect(l2ImprovedIn(tests, q4)).toEqual({ assessed: true, improved: true });
  });
  it('is not an improvement with a single first test in the period', () => {
    expect(l2ImprovedIn([{ date: day('2026-11-01'), ranks: [3, 3, 3, 3, 3] }], q4)).toEqual({
      assessed: true,
      improved: false,
    });
  });
});

describe('roll-up', () => {
  const classA = [
    facts({ pupilId: 'a1', tutoring: [{ date: day('2026-10-01'), minutes: 60, l2: true }] }),
    facts({ pupilId: 'a2' }),
  ];
  const classB = [
    facts({
      pupilId: 'b1',
      classId: 'c2',
      tutoring: [{ date: day('2026-10-01'), minutes: 30, l2: true }],
    }),
  ];
  const asOf = day('2026-11-20');
  const c1 = buildClassMonitoring({
    schoolId: 's1',
    classId: 'c1',
    facts: classA,
    computedAt: asOf,
  });
  const c2 = buildClassMonitoring({
    schoolId: 's1',
    classId: 'c2',
    facts: classB,
    computedAt: asOf,
  });

  it('a school equals the count over all its pupils (pupils are in one class)', () => {
    const school = buildSchoolMonitoring({
      schoolId: 's1',
      schoolName: 'S1',
      districtId: 'd1',
      period: '2026-Q4',
      classes: [c1, c2],
      computedAt: asOf,
    });
    expect(school.indicators).toEqual(computeIndicators([...classA, ...classB], '2026-Q4'));
  });

  it('suppresses counts of 3 or fewer above the school, hours included', () => {
    const school = buildSchoolMonitoring({
      schoolId: 's1',
      schoolName: 'S1',
      districtId: 'd1',
      period: '2026-Q4',
      classes: [c1, c2],
      computedAt: asOf,
    });
    const district = buildDistrictMonitoring({
      districtId: 'd1',
      districtName: 'Ambito 1',
      regionId: 'lombardia',
      period: '2026-Q4',
      schools: [school],
      computedAt: asOf,
    });
    expect(district.totals.reached.l2).toBe(SUPPRESSED);
    expect(district.totals.hours.l2).toBe(SUPPRESSED);
    expect(district.schools[0]!.indicators.pupils).toBe(SUPPRESSED);
    const big = suppressIndicators(
      sumIndicators(Array.from({ length: 5 }, () => school.indicators)),
    );
    expect(big.reached.l2).toBe(10);
    expect(big.hours.l2).toBe(8); // 5 x 90 minutes = 7.5 h, rounded
    const region = buildRegionMonitoring({
      regionId: 'lombardia',
      period: '2026-Q4',
      districts: [
        { id: 'd1', name: 'Ambito 1', schools: Array.from({ length: 5 }, () => school) },
        { id: 'd2', name: 'Ambito 2', schools: [] },
      ],
      computedAt: asOf,
    });
    expect(region.totals.reached.l2).toBe(10);
    expect(region.districts.map((d) => d.schools)).toEqual([5, 0]);
    expect(region.districts[1]!.indicators.pupils).toBe(SUPPRESSED);
  });
});

describe('diffReport', () => {
  it('lists only the figures that changed since the report was frozen', () => {
    const base = computeIndicators(
      [facts({ pupilId: 'a', peer: [{ date: day('2026-10-01') }] })],
      '2026-Q4',
    );
    const frozen = reportFigures({
      kind: 'school',
      schoolId: 's1',
      schoolName: 'S1',
      districtId: 'd1',
      period: '2026-Q4',
      computedAt: day('2026-11-20'),
      aggregationVersion: '1',
      indicators: base,
      dose: {},
    });
    expect(diffReport(frozen, frozen)).toEqual([]);
    const later = { ...base, sessions: { ...base.sessions, peerEducation: 3 } };
    const current = { ...frozen, totals: { ...frozen.totals, sessions: { ...later.sessions } } };
    expect(diffReport(frozen, current)).toEqual([
      { key: 'sessions.peerEducation', frozen: 1, current: 3, delta: 2 },
    ]);
    expect(indicatorRows(frozen.totals).length).toBeGreaterThan(20);
  });
});

describe('what help changed', () => {
  it('compares helped pupils with unhelped pupils of the same starting point', () => {
    const obs = [
      // Helped 6 h (band 5-10), start 5.5, no L2 test: +1.0 and +0.5
      { meanBefore: 5.5, meanAfter: 6.5, l2Before: null, l2After: null, helpHours: 6 },
      { meanBefore: 5.2, meanAfter: 5.7, l2Before: null, l2After: null, helpHours: 8 },
      // Unhelped, same stratum: +0.2 and 0
      { meanBefore: 5.4, meanAfter: 5.6, l2Before: null, l2After: null, helpHours: 0 },
      { meanBefore: 5.9, meanAfter: 5.9, l2Before: null, l2After: null, helpHours: 0 },
      // Helped in a stratum with no unhelped pupil: not compared
      { meanBefore: 8, meanAfter: 8.5, l2Before: null, l2After: null, helpHours: 7 },
      // L2: helped +2 steps, unhelped +0 (stratum 6-7, A1)
      { meanBefore: 6.5, meanAfter: 6.5, l2Before: 1, l2After: 3, helpHours: 12 },
      { meanBefore: 6.2, meanAfter: 6.4, l2Before: 1, l2After: 1, helpHours: 0 },
    ];
    const bands = doseResponseCellsOf(doseCellsOf(obs));
    const mid = bands.find((b) => b.band === '5to10')!;
    expect(mid.helped).toBe(2);
    expect(mid.marksChange).toBe(0.75);
    expect(mid.marksChangeComparison).toBe(0.1);
    const high = bands.find((b) => b.band === 'over10')!;
    expect(high.l2Change).toBe(2);
    expect(high.l2ChangeComparison).toBe(0);
    expect(bands.find((b) => b.band === 'none')!.helped).toBe(3);
  });

  it('cells add up: the result of two groups equals the result of their union', () => {
    const a = [
      { meanBefore: 5, meanAfter: 6, l2Before: null, l2After: null, helpHours: 3 },
      { meanBefore: 5.1, meanAfter: 5, l2Before: null, l2After: null, helpHours: 0 },
    ];
    const b = [
      { meanBefore: 5.5, meanAfter: 5.5, l2Before: null, l2After: null, helpHours: 0 },
      { meanBefore: 5.2, meanAfter: 5.8, l2Before: null, l2After: null, helpHours: 4 },
    ];
    const joined = doseResponseCellsOf(doseCellsOf([...a, ...b]));
    const cellsA = doseCellsOf(a);
    const cellsB = doseCellsOf(b);
    const merged = addDoseCells(cellsA, cellsB);
    expect(doseResponseCellsOf(merged)).toEqual(joined);
  });

  it('reads two consecutive terms and the help between them', () => {
    const o = observationOf({
      schoolYear: '2026/27',
      terms: [
        { schoolYear: '2025/26', term: 2, mean: 5.5, end: day('2026-09-01') },
        { schoolYear: '2026/27', term: 1, mean: 6.1, end: day('2027-02-01') },
      ],
      tutoring: [
        { date: day('2026-05-01'), minutes: 600 },
        { date: day('2026-10-01'), minutes: 90 },
        { date: day('2026-10-08'), minutes: 90 },
      ],
      l2: [
        { date: day('2026-03-01'), ranks: [1, 1, 2, 1, 1] },
        { date: day('2026-11-01'), ranks: [2, 2, 2, 2, 3] },
      ],
    });
    expect(o).toEqual({ meanBefore: 5.5, meanAfter: 6.1, l2Before: 1, l2After: 2, helpHours: 3 });
  });
});

describe('buildPupilFacts', () => {
  it('keeps attended sessions, held meetings and tells L2 lessons by their subject', () => {
    expect(isL2Subject('Italiano L2')).toBe(true);
    expect(isL2Subject('Matematica')).toBe(false);
    const f = buildPupilFacts({
      schoolId: 's1',
      pupilId: 'p1',
      classId: 'c1',
      termSystem: 'quadrimestri',
      computedAt: day('2026-11-20'),
      tutoring: [
        {
          date: day('2026-10-01'),
          educatorUid: 'e',
          subject: 'Italiano L2',
          minutes: 60,
          format: 'individual',
          attended: true,
          absenceReason: '',
          planId: null,
          notes: '',
        },
        {
          date: day('2026-10-02'),
          educatorUid: 'e',
          subject: 'Matematica',
          minutes: 60,
          format: 'individual',
          attended: false,
          absenceReason: 'malato',
          planId: null,
          notes: '',
        },
      ],
      peer: [],
      meetings: [],
      l2: [],
      terms: [
        {
          schoolYear: '2026/27',
          term: 1,
          lessonHours: 100,
          absenceHours: 0,
          annualHours: 990,
          marks: {
            italiano: { kind: 'numeric', value: 5, raw: '5' },
            matematica: { kind: 'numeric', value: 7, raw: '7' },
          },
          conduct: null,
        },
      ],
      interventions: [],
      orientation: [],
      referrals: [],
      reviewedLevel: 'amber',
      activeIntervention: false,
    });
    expect(f.tutoring).toEqual([{ date: day('2026-10-01'), minutes: 60, l2: true }]);
    expect(f.terms).toEqual([{ schoolYear: '2026/27', term: 1, mean: 6, end: day('2027-02-01') }]);
  });
});
