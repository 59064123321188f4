import { describe, expect, it } from 'vitest';
import { type CaseloadEntry, daysBetween, orderByNeed } from './caseload';

const entry = (pupilId: string, over: Partial<CaseloadEntry> = {}): CaseloadEntry => ({
  pupilId,
  name: pupilId,
  classId: '2b',
  homeLanguages: ['ar'],
  bornInItaly: false,
  risk: { level: 'green', score: 0 },
  l2Level: 'B1',
  daysSinceSession: 3,
  ...over,
});

describe('orderByNeed', () => {
  it('puts red before amber before green before unknown risk, then higher scores', () => {
    const ordered = orderByNeed([
      entry('green'),
      entry('unknown', { risk: null }),
      entry('amber', { risk: { level: 'amber', score: 2 } }),
      entry('red-low', { risk: { level: 'red', score: 3 } }),
      entry('red-high', { risk: { level: 'red', score: 7 } }),
    ]);
    expect(ordered.map((e) => e.pupilId)).toEqual([
      'red-high',
      'red-low',
      'amber',
      'green',
      'unknown',
    ]);
  });

  it('at equal risk, lower L2 first, then the longest wait (never seen first)', () => {
    const ordered = orderByNeed([
      entry('b1-recent'),
      entry('a1', { l2Level: 'A1' }),
      entry('b1-never', { daysSinceSession: null }),
      entry('b1-old', { daysSinceSession: 40 }),
    ]);
    expect(ordered.map((e) => e.pupilId)).toEqual(['a1', 'b1-never', 'b1-old', 'b1-recent']);
  });
});

describe('daysBetween', () => {
  it('counts calendar days', () => {
    expect(daysBetween(new Date('2026-11-20T23:00:00Z'), new Date('2026-11-23T01:00:00Z'))).toBe(3);
  });
});
