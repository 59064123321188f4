import { describe, expect, it } from 'vitest';
import { storedRiskFixture } from '../testing/risk-fixtures';
import { groupFlags, isOverdue } from './follow-ups';

describe('isOverdue', () => {
  it('is overdue from the day after the due day (UTC calendar days)', () => {
    const due = new Date('2026-10-13T00:00:00Z');
    expect(isOverdue(due, new Date('2026-10-13T22:30:00Z'))).toBe(false);
    expect(isOverdue(due, new Date('2026-10-14T00:00:00Z'))).toBe(true);
  });
});

describe('groupFlags', () => {
  const [meanMark, absences, failing] = storedRiskFixture().flags;

  it('keeps context and detail flags that do not change the level under "to watch"', () => {
    const { levelFlags, watchFlags } = groupFlags([failing!, absences!, meanMark!], 'amber');
    expect(levelFlags.map((f) => f.code)).toEqual(['meanMark']);
    expect(watchFlags.map((f) => f.code)).toEqual(['absences', 'failingSubjects']);
  });

  it('counts red absences with the level when they raise an amber mean mark to red', () => {
    const redAbsences = { ...absences!, level: 'red' as const };
    const { levelFlags } = groupFlags([meanMark!, redAbsences, failing!], 'red');
    expect(levelFlags.map((f) => f.code)).toEqual(['meanMark', 'absences']);
  });
});
