import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  RISK_FLAG_CODES,
  type PupilSummary,
  type RiskContext,
  type StatsPupilRow,
  SUPPRESSED,
  aggregatePupils,
  buildClassStats,
  buildDistrictStats,
  buildSchoolStats,
  suppressGroupStats,
  suppressPartition,
  summarizePupil,
  termKeyAt,
} from '@domain';
import { makeClass, makePupil } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ctx: RiskContext = {
  asOf: day('2026-11-20'),
  thresholds: DEFAULT_THRESHOLDS,
  naiMonths: 24,
  termSystem: 'quadrimestri',
};
const empty = {
  termRecords: [],
  l2Assessments: [],
  tutoringSessions: [],
  peerSessions: [],
  familyMeetings: [],
  interventions: [],
};

const summary = (overrides: Partial<PupilSummary> = {}): PupilSummary => ({
  schoolYear: '2026/27',
  term: 1,
  l2Latest: null,
  l2YearStart: null,
  activeIntervention: false,
  familyContactThisTerm: false,
  tutoringMinutesThisYear: 0,
  nai: false,
  pdp: false,
  ...overrides,
});

const row = (id: string, overrides: Partial<StatsPupilRow> = {}): StatsPupilRow => ({
  pupilId: id,
  name: `Alunno ${id}`,
  level: 'green',
  reviewedLevel: 'green',
  score: 0,
  flagCodes: [],
  summary: summary(),
  ...overrides,
});

describe('summarizePupil', () => {
  it('reads L2 progress this year, active interventions, family contact, tutoring, NAI and PDP', () => {
    const s = summarizePupil(
      {
        ...empty,
        pupil: makePupil({ pdp: false, pdpDate: null }),
        schoolClass: makeClass(),
        l2Assessments: [
          // Last year's test is the latest before this year, not this year's baseline.
          { ...validRecords.l2Assessments, date: day('2026-03-01') },
          {
            ...validRecords.l2Assessments,
            date: day('2026-11-15'),
            levels: {
              ascolto: 'B1',
              lettura: 'A2',
              parlato: 'A2',
              interazione: 'A2',
              scrittura: 'A1',
            },
          },
          { ...validRecords.l2Assessments, date: day('2026-10-05') },
          // After asOf: ignored, as the engine does.
          { ...validRecords.l2Assessments, date: day('2026-12-01') },
        ],
        tutoringSessions: [
          { ...validRecords.tutoringSessions, date: day('2026-10-01'), minutes: 60 },
          { ...validRecords.tutoringSessions, date: day('2026-10-08'), minutes: 45 },
          {
            ...validRecords.tutoringSessions,
            date: day('2026-10-15'),
            attended: false,
            absenceReason: 'malato',
          },
          { ...validRecords.tutoringSessions, date: day('2026-05-01'), minutes: 90 },
        ],
        familyMeetings: [{ ...validRecords.familyMeetings, date: day('2026-10-20') }],
        interventions: [{ ...validRecords.interventions, status: 'active' }],
      },
      ctx,
    );
    expect(s).toMatchObject({
      schoolYear: '2026/27',
      term: 1,
      activeIntervention: true,
      familyContactThisTerm: true,
      tutoringMinutesThisYear: 105,
      nai: true,
      pdp: false,
    });
    expect(s.l2YearStart).toEqual(validRecords.l2Assessments.levels);
    expect(s.l2Latest?.ascolto).toBe('B1');
  });

  it('a pupil with no records has no L2 levels, no contact and no minutes', () => {
    const s = summarizePupil({ ...empty, pupil: makePupil(), schoolClass: makeClass() }, ctx);
    expect(s).toMatchObject({
      l2Latest: null,
      l2YearStart: null,
      activeIntervention: false,
      familyContactThisTerm: false,
      tutoringMinutesThisYear: 0,
    });
  });
});

describe('aggregates', () => {
  const rows = [
    row('a', {
      level: 'red',
      reviewedLevel: 'red',
      score: 12,
      flagCodes: ['absences', 'meanMark'],
      followUps: [
        { code: 'familyMeeting', due: day('2026-11-01') },
        { code: 'naiPdp', due: day('2026-12-15') },
      ],
    }),
    row('b', {
      level: 'red',
      reviewedLevel: 'amber',
      score: 10,
      flagCodes: ['absences'],
      followUps: [{ code: 'familyMeeting', due: day('2026-11-20') }],
      summary: summary({ nai: true, pdp: false, tutoringMinutesThisYear: 90 }),
    }),
    row('c', {
      level: 'amber',
      reviewedLevel: 'amber',
      score: 3,
      flagCodes: ['l2Level'],
      summary: summary({
        activeIntervention: true,
        familyContactThisTerm: true,
        l2YearStart: {
          ascolto: 'A1',
          lettura: 'A1',
          parlato: 'A1',
          interazione: 'A1',
          scrittura: 'A1',
        },
        l2Latest: {
          ascolto: 'A2',
          lettura: 'A1',
          parlato: 'A2',
          interazione: 'A1',
          scrittura: 'A1',
        },
      }),
    }),
    row('d'),
  ];

  it('counts levels, flags, follow-ups, L2 moves, coverage and the list to act on', () => {
    const s = aggregatePupils(rows, ctx.asOf);
    expect(s.pupils).toBe(4);
    expect(s.byLevel).toEqual({ green: 1, amber: 1, red: 2 });
    expect(s.byReviewedLevel).toEqual({ green: 1, amber: 2, red: 1 });
    expect(s.byFlag.absences).toBe(2);
    // Every engine code is present, at zero when no pupil carries it.
    expect(Object.keys(s.byFlag).sort()).toEqual([...RISK_FLAG_CODES].sort());
    expect(s.byFlag.conduct).toBe(0);
    expect(s.followUpsOpen).toEqual({
      familyMeeting: 2,
      mediatorMissing: 0,
      naiPdp: 1,
      sessionGap: 0,
      examChecklist: 0,
    });
    // Due before the day of the stats: overdue; due that very day: not yet.
    expect(s.followUpsOverdue).toBe(1);
    expect(s.l2MovedUp).toEqual({
      ascolto: 1,
      lettura: 0,
      parlato: 1,
      interazione: 0,
      scrittura: 0,
    });
    expect(s.l2MovedUpAny).toBe(1);
    expect(s.l2ByLevel.ascolto).toMatchObject({ A2: 1, none: 3 });
    expect(s.tutoringMinutes).toBe(90);
    expect(s.naiWithoutPdp).toBe(1);
    // b is red for the engine but a reviewer dismissed a flag: not on the list.
    expect(s.redWithoutIntervention).toBe(1);
  });

  it('school = sum of classes; trend keeps earlier terms; lists sorted by score', () => {
    const info = { className: '1A', classYear: 1, schoolLevel: 'secondaria1' as const };
    const c1 = buildClassStats({
      schoolId: 's',
      info: { ...info, classId: 'c1' },
      rows: rows.slice(0, 2),
      currentTerm: '2026-27_T1',
      previousTrend: {},
      computedAt: ctx.asOf,
    });
    const c2 = buildClassStats({
      schoolId: 's',
      info: { ...info, classId: 'c2', className: '1B' },
      rows: [row('e', { reviewedLevel: 'red', level: 'red', score: 20 }), ...rows.slice(2)],
      currentTerm: '2026-27_T1',
      previousTrend: {},
      computedAt: ctx.asOf,
    });
    const school = buildSchoolStats({
      schoolId: 's',
      schoolName: 'IC',
      districtId: 'd',
      classes: [c2, c1],
      currentTerm: '2026-27_T2',
      previousTrend: { '2026-27_T1': c1.trend['2026-27_T1']! },
      computedAt: ctx.asOf,
    });
    expect(school.stats.pupils).toBe(5);
    expect(school.stats.followUpsOpen.familyMeeting).toBe(2);
    expect(school.stats.followUpsOverdue).toBe(1);
    expect(school.byClass.map((c) => c.classId)).toEqual(['c1', 'c2']);
    expect(school.toAct.map((e) => e.pupilId)).toEqual(['e', 'a']);
    expect(Object.keys(school.trend)).toEqual(['2026-27_T1', '2026-27_T2']);
    expect(school.naiWithoutPdp.map((e) => e.pupilId)).toEqual(['b']);
  });

  it('term keys sort in time order', () => {
    expect(termKeyAt(day('2026-11-20'), 'quadrimestri')).toBe('2026-27_T1');
    expect(termKeyAt(day('2027-03-01'), 'quadrimestri')).toBe('2026-27_T2');
    expect(termKeyAt(day('2027-04-10'), 'trimestri')).toBe('2026-27_T3');
  });
});

describe('suppression for the Ambito', () => {
  it('hides every count of 3 or fewer, zero included', () => {
    expect(suppressPartition({ green: 10, amber: 5, red: 0 }, true)).toEqual({
      green: 10,
      amber: SUPPRESSED,
      red: SUPPRESSED,
    });
  });

  it('hides a second cell when one hidden cell could be recovered from the total', () => {
    expect(suppressPartition({ green: 30, amber: 8, red: 2 }, true)).toEqual({
      green: 30,
      amber: SUPPRESSED,
      red: SUPPRESSED,
    });
    expect(suppressPartition({ green: 30, amber: 8, red: 2 }, false)).toEqual({
      green: 30,
      amber: 8,
      red: SUPPRESSED,
    });
  });

  it('a district document never carries pupil ids, names or counts of 3 or fewer', () => {
    const rows = Array.from({ length: 12 }, (_, i) =>
      row(`pupil-${i}`, {
        level: i < 2 ? 'red' : 'green',
        reviewedLevel: i < 2 ? 'red' : 'green',
        summary: summary({ nai: i < 5, tutoringMinutesThisYear: i < 3 ? 60 : 0 }),
      }),
    );
    const c = buildClassStats({
      schoolId: 's',
      info: { classId: 'c', className: '1A', classYear: 1, schoolLevel: 'primaria' },
      rows,
      currentTerm: '2026-27_T1',
      previousTrend: {},
      computedAt: ctx.asOf,
    });
    const school = buildSchoolStats({
      schoolId: 's',
      schoolName: 'IC Manzoni',
      districtId: 'd',
      classes: [c],
      currentTerm: '2026-27_T1',
      previousTrend: {},
      computedAt: ctx.asOf,
    });
    const district = buildDistrictStats({
      districtId: 'd',
      schools: [school],
      computedAt: ctx.asOf,
    });
    const text = JSON.stringify(district);
    expect(text).not.toMatch(/pupil-|Alunno|"c"/);
    // Follow-ups are the school's own work: they do not leave it.
    expect(text).not.toContain('followUps');
    const numbers = [...text.matchAll(/:(\d+)[,}]/g)].map((m) => Number(m[1]));
    expect(numbers.filter((n) => n <= 3)).toEqual([]);
    const stats = district.schools[0]?.stats;
    expect(stats?.nai).toBe(5);
    expect(stats?.tutoringHours).toBe(SUPPRESSED);
    expect(suppressGroupStats(school.stats).byLevel).toEqual({
      green: 10,
      amber: SUPPRESSED,
      red: SUPPRESSED,
    });
  });
});
