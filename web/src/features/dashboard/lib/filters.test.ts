import { describe, expect, it } from 'vitest';
import { schoolStatsFixture } from '../testing/stats-fixtures';
import { NO_FILTERS, filterPupilEntries, filteredTotals, trendLabel } from './filters';

describe('dashboard filters', () => {
  const stats = schoolStatsFixture();

  it('totals follow the class and year filters', () => {
    expect(filteredTotals(stats, NO_FILTERS).pupils).toBe(40);
    expect(filteredTotals(stats, { ...NO_FILTERS, year: '2' }).byReviewedLevel.red).toBe(1);
    expect(filteredTotals(stats, { ...NO_FILTERS, classId: '1a' }).pupils).toBe(20);
  });

  it('the list to act on follows class and flag', () => {
    expect(filterPupilEntries(stats.toAct, stats.byClass, NO_FILTERS)).toHaveLength(3);
    expect(
      filterPupilEntries(stats.toAct, stats.byClass, { ...NO_FILTERS, classId: '2b' }),
    ).toHaveLength(1);
    expect(
      filterPupilEntries(stats.toAct, stats.byClass, { ...NO_FILTERS, flag: 'ritardo' }),
    ).toHaveLength(0);
  });

  it('labels terms as schools write them', () => {
    expect(trendLabel('2026-27_T2')).toBe('2026/27 T2');
  });
});
