import {
  type PupilSummary,
  type SchoolStats,
  type StatsPupilRow,
  buildClassStats,
  buildDistrictStats,
  buildSchoolStats,
} from '@domain';

const AS_OF = new Date('2026-11-20T00:00:00Z');

const summary = (overrides: Partial<PupilSummary> = {}): PupilSummary => ({
  schoolYear: '2026/27',
  term: 1,
  l2Latest: null,
  l2YearStart: null,
  activeIntervention: false,
  familyContactThisTerm: true,
  tutoringMinutesThisYear: 0,
  nai: false,
  pdp: false,
  ...overrides,
});

function rows(prefix: string, red: number, amber: number, green: number): StatsPupilRow[] {
  const make = (level: 'red' | 'amber' | 'green', i: number): StatsPupilRow => ({
    pupilId: `${prefix}-${level}-${i}`,
    name: `Cognome${prefix}${level}${i} Nome`,
    level,
    reviewedLevel: level,
    score: level === 'red' ? 10 + i : level === 'amber' ? 3 : 0,
    flagCodes: level === 'green' ? [] : level === 'red' ? ['absences', 'meanMark'] : ['l2Level'],
    summary: summary({
      activeIntervention: level === 'red' && i % 2 === 1,
      nai: i === 0,
      pdp: false,
    }),
  });
  return [
    ...Array.from({ length: red }, (_, i) => make('red', i)),
    ...Array.from({ length: amber }, (_, i) => make('amber', i)),
    ...Array.from({ length: green }, (_, i) => make('green', i)),
  ];
}

/** A two-class school built with the same code the functions use. */
export function schoolStatsFixture(): SchoolStats {
  const common = {
    schoolId: 'ic-test',
    currentTerm: '2026-27_T1',
    previousTrend: {},
    computedAt: AS_OF,
  };
  const a = buildClassStats({
    ...common,
    info: { classId: '1a', className: '1A', classYear: 1, schoolLevel: 'secondaria1' },
    rows: rows('a', 3, 2, 15),
  });
  const b = buildClassStats({
    ...common,
    info: { classId: '2b', className: '2B', classYear: 2, schoolLevel: 'secondaria1' },
    rows: rows('b', 1, 5, 14),
  });
  return buildSchoolStats({
    ...common,
    schoolName: 'IC di prova',
    districtId: 'ambito-test',
    classes: [a, b],
  });
}

export function districtStatsFixture() {
  const school = schoolStatsFixture();
  return buildDistrictStats({ districtId: 'ambito-test', schools: [school], computedAt: AS_OF });
}
