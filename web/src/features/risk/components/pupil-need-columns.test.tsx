import { describe, expect, it } from 'vitest';
import type { PupilNeed } from '../api/get-class-risks';
import { compareNeed } from './pupil-need-columns';

const need = (reviewedLevel: PupilNeed['reviewedLevel'], score: number): PupilNeed => ({
  reviewedLevel,
  score,
  openFollowUps: 0,
});

describe('compareNeed', () => {
  it('orders by reviewed level, then score; pupils without an assessment last; ties stay put', () => {
    const needs = new Map([
      ['amber-low', need('amber', 11)],
      ['red', need('red', 20)],
      ['green', need('green', 3)],
      ['amber-high', need('amber', 16)],
      ['amber-tie', need('amber', 11)],
    ]);
    const ids = ['none', 'amber-low', 'green', 'amber-tie', 'red', 'amber-high'];
    const sorted = ids.map((id) => ({ id })).sort(compareNeed(needs));
    expect(sorted.map((p) => p.id)).toEqual([
      'red',
      'amber-high',
      'amber-low',
      'amber-tie',
      'green',
      'none',
    ]);
  });
});
