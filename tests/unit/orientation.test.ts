import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STEERING_BARS,
  type ExamChecklist,
  type ExamRecord,
  type OrientationAdvice,
  type OrientationRecord,
  type RecommendationRow,
  emptyOrientationRecord,
  isSteeredLower,
  italyBand,
  missingExamItems,
  recommendationsByGroup,
  trackRank,
} from '../../functions/src/domain/orientation';
import {
  type OrientationStatsRow,
  buildDistrictOrientationStats,
  buildSchoolOrientationStats,
  latestMeanMark,
  latestStudyLevel,
} from '../../functions/src/domain/orientation-stats';
import { assessRisk } from '../../functions/src/domain/risk-engine';
import { examChecklistFollowUp } from '../../functions/src/domain/risk-follow-ups';
import {
  buildHandover,
  firstTermEndAfter,
  transitionCheck,
  transitionDates,
} from '../../functions/src/domain/transition';
import {
  d,
  judgement,
  makeContext,
  makeIntervention,
  makeL2Assessment,
  makeSnapshot,
  makeTutoringSession,
  num,
} from '../fixtures/pupil-snapshot';

describe('steering check', () => {
  const pupil = { pupilId: 'p', meanMark: 7.5, studyLevel: 'B1' as const };

  it.each([
    ['iefp', true],
    ['professionale', true],
    ['tecnico', false],
    ['liceo', false],
  ] as const)('mean 7.5 and B1 for study, recommended %s -> questioned %s', (track, expected) => {
    expect(isSteeredLower({ ...pupil, recommendedTrack: track })).toBe(expected);
  });

  it('boundaries: mean just under the bar, or Italian for study under B1, is not questioned', () => {
    expect(isSteeredLower({ ...pupil, meanMark: 7.49, recommendedTrack: 'iefp' })).toBe(false);
    expect(isSteeredLower({ ...pupil, studyLevel: 'A2+', recommendedTrack: 'iefp' })).toBe(false);
    expect(isSteeredLower({ ...pupil, studyLevel: 'B1+', recommendedTrack: 'iefp' })).toBe(true);
    expect(isSteeredLower({ ...pupil, meanMark: null, recommendedTrack: 'iefp' })).toBe(false);
  });

  it('pupils with Italian as first language are checked on marks alone', () => {
    expect(isSteeredLower({ ...pupil, studyLevel: null, recommendedTrack: 'iefp' })).toBe(true);
  });

  it('bars can be changed by the school', () => {
    const bars = { ...DEFAULT_STEERING_BARS, meanMark: 8, minimumTrack: 'liceo' as const };
    expect(isSteeredLower({ ...pupil, meanMark: 8, recommendedTrack: 'tecnico' }, bars)).toBe(true);
    expect(isSteeredLower({ ...pupil, meanMark: 7.9, recommendedTrack: 'tecnico' }, bars)).toBe(
      false,
    );
  });

  it('orders tracks from the longest academic one', () => {
    expect(['liceo', 'tecnico', 'professionale', 'iefp'].map((t) => trackRank(t as never))).toEqual(
      [3, 2, 1, 0],
    );
  });
});

describe('first-cycle exam checklist', () => {
  const all: ExamChecklist = {
    invalsiTaken: true,
    l2InsteadOfSecondLanguage: true,
    pdpInForce: true,
    pdpInExam: true,
    italianEntryTest: true,
  };

  it('nothing missing when every item is done', () => {
    expect(missingExamItems(all, true)).toEqual([]);
  });

  it('lists the missing items in order', () => {
    const partial = { ...all, invalsiTaken: false, pdpInExam: false };
    expect(missingExamItems(partial, true)).toEqual(['invalsiTaken', 'pdpInExam']);
  });

  it('the single foreign-language test applies only to pupils who used those hours for L2', () => {
    const noL2 = { ...all, l2InsteadOfSecondLanguage: false };
    expect(missingExamItems(noL2, false)).toEqual([]);
    expect(missingExamItems(noL2, true)).toEqual(['l2InsteadOfSecondLanguage']);
  });
});

describe('recommendations by group', () => {
  it('bands years in Italy', () => {
    expect(italyBand(null, d('2026-06-01'))).toBe('bornInItaly');
    expect(italyBand(d('2025-01-01'), d('2026-06-01'))).toBe('under2');
    expect(italyBand(d('2022-01-01'), d('2026-06-01'))).toBe('from2to5');
    expect(italyBand(d('2018-01-01'), d('2026-06-01'))).toBe('over5');
  });

  it('shares per track next to the mean mark of each group', () => {
    const rows: RecommendationRow[] = [
      { recommendedTrack: 'iefp', meanMark: 7.6, nai: true, italyBand: 'under2', sex: 'M' },
      { recommendedTrack: 'liceo', meanMark: 7.4, nai: false, italyBand: 'bornInItaly', sex: 'F' },
      { recommendedTrack: 'tecnico', meanMark: 6.6, nai: false, italyBand: 'over5', sex: 'M' },
    ];
    const groups = recommendationsByGroup(rows);
    const nai = groups.find((g) => g.dimension === 'nai' && g.group === 'nai');
    expect(nai?.shareByTrack).toEqual({ liceo: 0, tecnico: 0, professionale: 0, iefp: 1 });
    expect(nai?.meanMark).toBe(7.6);
    const notNai = groups.find((g) => g.dimension === 'nai' && g.group === 'notNai');
    expect(notNai?.shareByTrack.liceo).toBe(0.5);
    expect(notNai?.meanMark).toBeCloseTo(7);
    expect(groups.map((g) => `${g.dimension}:${g.group}`)).toEqual([
      'nai:nai',
      'nai:notNai',
      'italyBand:bornInItaly',
      'italyBand:under2',
      'italyBand:over5',
      'sex:F',
      'sex:M',
    ]);
  });
});

describe('exam checklist follow-up for the coordinator', () => {
  const ctx = makeContext({ asOf: d('2026-03-16') });
  const third = { level: 'secondaria1' as const, year: 3, schoolYear: '2025/26' };
  const naiPupil = { firstItalianSchoolDate: d('2025-10-01'), arrivalDate: d('2025-09-01') };
  const record = (exam: ExamRecord | null): OrientationRecord => ({
    ...emptyOrientationRecord('2025/26'),
    exam,
  });
  const done: ExamRecord = {
    invalsiTaken: true,
    l2InsteadOfSecondLanguage: true,
    pdpInForce: true,
    pdpInExam: true,
    italianEntryTest: true,
    usedSecondLanguageHoursForL2: true,
  };

  it('a newly arrived third-year pupil with no checklist owes every item, due 31 May', () => {
    const s = makeSnapshot({ pupil: naiPupil, schoolClass: third });
    const [f] = examChecklistFollowUp({ ...s, orientation: [] }, ctx);
    expect(f?.code).toBe('examChecklist');
    expect(f?.owner).toBe('coordinator');
    expect(f?.due).toEqual(d('2026-05-31'));
    expect(f?.evidence.missing).toBe('invalsiTaken,pdpInForce,pdpInExam,italianEntryTest');
    expect(f?.sentence.it).toContain('prove INVALSI');
  });

  it('lists only what is missing from a recorded checklist, nothing when complete', () => {
    const s = { ...makeSnapshot({ pupil: naiPupil, schoolClass: third }) };
    const partial = { ...done, invalsiTaken: false, l2InsteadOfSecondLanguage: false };
    const [f] = examChecklistFollowUp({ ...s, orientation: [record(partial)] }, ctx);
    expect(f?.evidence.missing).toBe('invalsiTaken,l2InsteadOfSecondLanguage');
    expect(examChecklistFollowUp({ ...s, orientation: [record(done)] }, ctx)).toEqual([]);
  });

  it('not for other years, pupils no longer NAI without a checklist, or after the session', () => {
    const second = makeSnapshot({ pupil: naiPupil, schoolClass: { ...third, year: 2 } });
    expect(examChecklistFollowUp({ ...second, orientation: [] }, ctx)).toEqual([]);
    const settled = makeSnapshot({ schoolClass: third });
    expect(examChecklistFollowUp({ ...settled, orientation: [] }, ctx)).toEqual([]);
    // A settled pupil whose checklist the school recorded is followed like a NAI one.
    const partial = { ...done, pdpInExam: false };
    expect(examChecklistFollowUp({ ...settled, orientation: [record(partial)] }, ctx)).toHaveLength(
      1,
    );
    const july = makeContext({ asOf: d('2026-07-02') });
    const s = makeSnapshot({ pupil: naiPupil, schoolClass: third });
    expect(examChecklistFollowUp({ ...s, orientation: [] }, july)).toEqual([]);
  });

  it('snapshots without orientation records (older callers) get none, and the level is untouched', () => {
    const s = makeSnapshot({ pupil: naiPupil, schoolClass: third });
    expect(examChecklistFollowUp(s, ctx)).toEqual([]);
    const withRecords = assessRisk({ ...s, orientation: [] }, ctx);
    const without = assessRisk(s, ctx);
    expect(withRecords.level).toBe(without.level);
    expect(withRecords.flags).toEqual(without.flags);
    expect(withRecords.followUps.map((f) => f.code)).toContain('examChecklist');
    expect(without.followUps.map((f) => f.code)).not.toContain('examChecklist');
  });
});

describe('orientation aggregates', () => {
  const row = (over: Partial<OrientationStatsRow>): OrientationStatsRow => ({
    pupilId: 'p',
    name: 'Rossi Anna',
    classId: '3c',
    className: '3C',
    recommendedTrack: 'liceo',
    familyTrack: null,
    enrolledTrack: null,
    enrolledSchool: '',
    meanMark: 7,
    studyLevel: null,
    nai: false,
    italyBand: 'bornInItaly',
    sex: 'F',
    ...over,
  });
  const rows = [
    row({
      pupilId: 'a',
      name: 'Hassan Omar',
      recommendedTrack: 'iefp',
      meanMark: 8.1,
      studyLevel: 'B1',
      nai: true,
      italyBand: 'under2',
      sex: 'M',
    }),
    row({
      pupilId: 'b',
      name: 'Li Wei',
      recommendedTrack: 'professionale',
      meanMark: 7.6,
      studyLevel: 'B2',
      italyBand: 'from2to5',
      familyTrack: 'tecnico',
    }),
    row({
      pupilId: 'c',
      name: 'Popescu Ana',
      recommendedTrack: 'iefp',
      meanMark: 7.8,
      studyLevel: 'A2',
      nai: true,
      italyBand: 'under2',
    }),
    row({
      pupilId: 'd',
      recommendedTrack: 'tecnico',
      meanMark: 6.2,
      familyTrack: 'tecnico',
      enrolledTrack: 'tecnico',
    }),
    row({ pupilId: 'e', recommendedTrack: 'liceo', meanMark: 8.5 }),
  ];
  const school = buildSchoolOrientationStats({
    school: { id: 's', name: 'IC Manzoni', districtId: 'amb' },
    schoolYear: '2026/27',
    rows,
    reviews: 4,
    fullHours: 2,
    transitions: { pending: 2, confirmed: 1, leftSchool: 1 },
    computedAt: d('2026-11-20'),
  });

  it('lists the steered pupils by name, highest mean first, and leaves out Italian below B1', () => {
    expect(school.steered.map((s) => s.name)).toEqual(['Hassan Omar', 'Li Wei']);
    expect(school.byTrack).toEqual({ liceo: 1, tecnico: 1, professionale: 1, iefp: 2 });
    expect(school.familyChoiceKnown).toBe(2);
    expect(school.familyFollowedAdvice).toBe(1);
    expect(school.enrolledKnown).toBe(1);
    const nai = school.groups.find((g) => g.dimension === 'nai' && g.group === 'nai');
    expect(nai).toMatchObject({ pupils: 2, byTrack: { iefp: 2 }, meanMark: 7.95 });
  });

  it('the Ambito sees counts by school with 3 or fewer suppressed, and no names', () => {
    const district = buildDistrictOrientationStats({
      districtId: 'amb',
      schoolYear: '2026/27',
      schools: [school],
      computedAt: d('2026-11-20'),
    });
    const [s] = district.schools;
    expect(s?.pupils).toBe(5);
    expect(s?.byTrack).toEqual({ liceo: '<=3', tecnico: '<=3', professionale: '<=3', iefp: '<=3' });
    expect(s?.steered).toBe('<=3');
    expect(s?.leftSchool).toBe('<=3');
    expect(s?.groups.find((g) => g.group === 'notNai')).toMatchObject({
      pupils: '<=3',
      meanMark: null,
    });
    expect(JSON.stringify(district)).not.toContain('Hassan');
  });

  it('reads the latest term mean and the latest Italian-for-study level', () => {
    expect(
      latestMeanMark([
        { schoolYear: '2025/26', term: 2, marks: { italiano: num(5) } },
        {
          schoolYear: '2026/27',
          term: 1,
          marks: { italiano: num(8), matematica: num(7), arte: judgement('Ottimo') },
        },
      ]),
    ).toBe(7.5);
    expect(latestMeanMark([])).toBeNull();
    expect(
      latestStudyLevel([
        makeL2Assessment(d('2026-01-10'), 'A2', {}, { domain: 'study' }),
        makeL2Assessment(d('2026-05-10'), 'B1', {}, { domain: 'study' }),
        makeL2Assessment(d('2026-06-10'), 'B2', {}, { domain: 'communication' }),
      ]),
    ).toBe('B1');
  });
});

describe('transitions', () => {
  it('the receiving school checks at the end of its first term, with a month to answer', () => {
    expect(transitionDates(d('2026-07-10'), 'quadrimestri')).toEqual({
      checkDue: d('2027-01-31'),
      confirmBy: d('2027-03-02'),
    });
    expect(firstTermEndAfter(d('2026-10-05'), 'trimestri')).toEqual(d('2026-12-20'));
    expect(firstTermEndAfter(d('2027-02-10'), 'quadrimestri')).toEqual(d('2028-01-31'));
  });

  it('a pending transition past its date with the pupil enrolled nowhere becomes left school', () => {
    const t = { status: 'pending' as const, confirmBy: d('2027-03-02') };
    const gone = { enrolledAtReceivingSchool: false, movedOn: false };
    expect(transitionCheck(t, gone, d('2027-03-02'))).toBeNull();
    expect(transitionCheck(t, gone, d('2027-03-03'))).toBe('leftSchool');
    expect(
      transitionCheck(t, { ...gone, enrolledAtReceivingSchool: true }, d('2027-03-03')),
    ).toBeNull();
    expect(transitionCheck(t, { ...gone, movedOn: true }, d('2027-03-03'))).toBeNull();
    expect(transitionCheck({ ...t, status: 'confirmed' }, gone, d('2027-03-03'))).toBeNull();
  });

  it('the handover sheet keeps L2 levels, what helped, open interventions and orientation', () => {
    const h = buildHandover({
      pupil: { homeLanguages: ['ar'], pdp: true },
      nai: true,
      l2Assessments: [
        makeL2Assessment(d('2026-01-10'), 'A2', {}, { domain: 'study' }),
        makeL2Assessment(d('2026-05-10'), 'B1', {}, { domain: 'study' }),
        makeL2Assessment(d('2026-05-12'), 'B2'),
      ],
      tutoringSessions: [
        { ...makeTutoringSession(d('2026-02-01')), subject: 'matematica', minutes: 90 },
        { ...makeTutoringSession(d('2026-02-08')), subject: 'matematica', minutes: 90 },
        { ...makeTutoringSession(d('2026-02-09')), subject: 'italiano', minutes: 60 },
        {
          ...makeTutoringSession(d('2026-02-10')),
          subject: 'storia',
          minutes: 600,
          attended: false,
          absenceReason: 'malato',
        },
      ],
      peerSessions: [],
      interventions: [
        makeIntervention({
          status: 'completed',
          outcome: 'Recuperata la sufficienza',
          goal: 'Matematica',
        }),
        makeIntervention({ status: 'active', type: 'l2Course', goal: 'Italiano per lo studio' }),
      ],
      orientation: [
        {
          ...emptyOrientationRecord('2025/26'),
          orientationHours: 30,
          advice: { ...adviceBase, recommendedTrack: 'tecnico' },
        },
      ],
    });
    expect(h.l2Levels).toEqual([
      { domain: 'communication', level: 'B2', date: d('2026-05-12') },
      { domain: 'study', level: 'B1', date: d('2026-05-10') },
    ]);
    expect(h.whatHelped.map((w) => [w.kind, w.label, w.hours])).toEqual([
      ['intervention', 'Matematica', null],
      ['tutoring', 'matematica', 3],
      ['tutoring', 'italiano', 1],
    ]);
    expect(h.openInterventions.map((i) => i.goal)).toEqual(['Italiano per lo studio']);
    expect(h.orientation).toMatchObject({ recommendedTrack: 'tecnico', orientationHours: 30 });
  });
});

const adviceBase: OrientationAdvice = {
  date: d('2026-01-15'),
  interests: '',
  certifications: '',
  recommendedTrack: 'liceo',
  recommendedCourse: '',
  familyTrack: null,
  enrolledSchool: '',
  enrolledTrack: null,
};
