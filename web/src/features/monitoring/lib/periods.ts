import { type PeriodKey, quarterKeyOf, schoolYearKeyOf } from '@domain';

/** The periods a person can pick: the last four quarters and the last two school years. */
export function periodOptions(today: Date): PeriodKey[] {
  const quarters = [0, 1, 2, 3].map((i) =>
    quarterKeyOf(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 3 * i, 1))),
  );
  const years = [0, 1].map((i) =>
    schoolYearKeyOf(new Date(Date.UTC(today.getUTCFullYear() - i, today.getUTCMonth(), 1))),
  );
  return [...years.slice(0, 1), ...quarters, ...years.slice(1)];
}

/** Parts of a period's label: a quarter ("4", "2026") or a school year ("2026/27"). */
export function periodLabelParts(
  period: PeriodKey,
): { kind: 'quarter'; q: string; year: string } | { kind: 'schoolYear'; year: string } {
  if (period.includes('Q'))
    return { kind: 'quarter', q: period.slice(6), year: period.slice(0, 4) };
  return { kind: 'schoolYear', year: period.replace('-', '/') };
}
