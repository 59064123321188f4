/** Monitoring periods: calendar quarters and school years (monitoring.ts). */
import { z } from 'zod';

/** "2026-Q4" (calendar quarter) or "2026-27" (school year, 1 September to 31 August). */
export const periodKeySchema = z
  .string()
  .regex(/^(\d{4}-Q[1-4]|\d{4}-\d{2})$/, { error: 'validation.invalidChoice' });
export type PeriodKey = z.infer<typeof periodKeySchema>;

export interface PeriodRange {
  key: PeriodKey;
  kind: 'quarter' | 'schoolYear';
  /** Inclusive start, exclusive end (UTC midnight). */
  from: Date;
  to: Date;
}

/** The period a key names. */
export function periodRange(key: PeriodKey): PeriodRange {
  const year = Number(key.slice(0, 4));
  if (key.includes('Q')) {
    const q = Number(key.slice(6));
    return {
      key,
      kind: 'quarter',
      from: new Date(Date.UTC(year, (q - 1) * 3, 1)),
      to: new Date(Date.UTC(year, q * 3, 1)),
    };
  }
  return {
    key,
    kind: 'schoolYear',
    from: new Date(Date.UTC(year, 8, 1)),
    to: new Date(Date.UTC(year + 1, 8, 1)),
  };
}

export function quarterKeyOf(date: Date): PeriodKey {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

export function schoolYearKeyOf(date: Date): PeriodKey {
  const start = date.getUTCMonth() >= 8 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** "2026/27" -> "2026-27". */
export function schoolYearPeriodKey(schoolYear: string): PeriodKey {
  return schoolYear.replace('/', '-');
}

/** The quarter and the school year containing a date. */
export function periodsOfDate(date: Date): PeriodKey[] {
  return [quarterKeyOf(date), schoolYearKeyOf(date)];
}

export function inPeriod(date: Date, range: PeriodRange): boolean {
  const t = date.getTime();
  return t >= range.from.getTime() && t < range.to.getTime();
}

/** Sorted newest first; school years before quarters of the same start. */
export function sortPeriods(keys: Iterable<PeriodKey>): PeriodKey[] {
  return [...new Set(keys)].sort((a, b) => {
    const ra = periodRange(a);
    const rb = periodRange(b);
    return rb.to.getTime() - ra.to.getTime() || (ra.kind === 'schoolYear' ? -1 : 1);
  });
}

/** Periods every class document carries even without activity: the current ones. */
export function currentPeriods(asOf: Date): PeriodKey[] {
  return periodsOfDate(asOf);
}
