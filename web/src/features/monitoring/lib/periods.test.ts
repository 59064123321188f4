import { describe, expect, it } from 'vitest';
import { periodLabelParts, periodOptions } from './periods';

describe('periodOptions', () => {
  it('offers this school year, the last four quarters and last school year', () => {
    expect(periodOptions(new Date('2026-11-20T00:00:00Z'))).toEqual([
      '2026-27',
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-26',
    ]);
    expect(periodOptions(new Date('2027-02-10T00:00:00Z')).slice(0, 3)).toEqual([
      '2026-27',
      '2027-Q1',
      '2026-Q4',
    ]);
  });

  it('names the parts of a label', () => {
    expect(periodLabelParts('2026-Q4')).toEqual({ kind: 'quarter', q: '4', year: '2026' });
    expect(periodLabelParts('2026-27')).toEqual({ kind: 'schoolYear', year: '2026/27' });
  });
});
