import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STEERING_BARS,
  type ExamChecklist,
  type RecommendationRow,
  isSteeredLower,
  italyBand,
  missingExamItems,
  recommendationsByGroup,
  trackRank,
} from '../../functions/src/domain/orientation';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

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
