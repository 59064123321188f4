/**
 * Frozen monitoring reports (`{schools|districts|regions}/{id}/reports/{period}`) and the flat
 * indicator rows shared by the table, the CSV, the printed report and the difference of the
 * current figures against a frozen copy (monitoring.ts).
 */
import { z } from 'zod';
import { idSchema } from './common';
import type { DistrictMonitoring, RegionMonitoring } from './monitoring-area';
import { periodKeySchema } from './monitoring-periods';
import {
  publishDose,
  publishedDoseSchema,
  publishedRowSchema,
  suppressedIndicatorsSchema,
  unsuppressedView,
  type SuppressedIndicators,
} from './monitoring-published';
import type { SchoolMonitoring } from './monitoring-school';
import type { SuppressedCount } from './stats-suppression';

// ---------------------------------------------------------------------------------------------
// Frozen reports
// ---------------------------------------------------------------------------------------------

export const REPORT_SCOPES = ['school', 'district', 'region'] as const;
export type ReportScope = (typeof REPORT_SCOPES)[number];

export const freezeReportInputSchema = z.strictObject({
  scope: z.enum(REPORT_SCOPES),
  /** The school, Ambito or Region id; must be the caller's own. */
  scopeId: idSchema,
  period: periodKeySchema,
});
export type FreezeReportInput = z.infer<typeof freezeReportInputSchema>;

/** `{schools|districts|regions}/{id}/reports/{period}`: written once, never changed. */
export const monitoringReportSchema = z.object({
  scope: z.enum(REPORT_SCOPES),
  scopeId: idSchema,
  scopeName: z.string(),
  period: periodKeySchema,
  frozenAt: z.date(),
  frozenBy: idSchema,
  frozenByName: z.string(),
  engineVersion: z.string(),
  aggregationVersion: z.string(),
  /** The figures as published to the report's readers (exact for a school). */
  totals: suppressedIndicatorsSchema,
  rows: z.array(publishedRowSchema),
  dose: publishedDoseSchema,
});
export type MonitoringReport = z.infer<typeof monitoringReportSchema>;

/** The figures a report freezes, from the current aggregate of its scope. */
export function reportFigures(
  doc: SchoolMonitoring | DistrictMonitoring | RegionMonitoring,
): Pick<MonitoringReport, 'totals' | 'rows' | 'dose'> {
  if (doc.kind === 'school') {
    return {
      totals: unsuppressedView(doc.indicators),
      rows: [],
      dose: publishDose(doc.dose, false),
    };
  }
  if (doc.kind === 'district') return { totals: doc.totals, rows: doc.schools, dose: doc.dose };
  return {
    totals: doc.totals,
    rows: doc.districts.map(({ id, name, indicators }) => ({ id, name, indicators })),
    dose: doc.dose,
  };
}

// ---------------------------------------------------------------------------------------------
// Rows (table, CSV, printed report) and the difference against a frozen copy
// ---------------------------------------------------------------------------------------------

/** Indicator keys in reading order; labels live in the web locales (`monitoring:indicator.*`). */
export const INDICATOR_KEYS = [
  'pupils',
  'reached.any',
  'reached.l2',
  'reached.tutoring',
  'reached.peerEducation',
  'reached.familyMediation',
  'reached.orientation',
  'reached.referrals',
  'hours.l2',
  'hours.tutoring',
  'hours.orientation',
  'sessions.peerEducation',
  'sessions.familyMediation',
  'l2Assessed',
  'l2Improved',
  'families.reached',
  'families.withMediator',
  'referrals.made',
  'interventions.opened',
  'interventions.closed',
  'red.pupils',
  'red.noHelpStarted',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export interface IndicatorRow {
  key: string;
  value: SuppressedCount | number;
}

/** The flat rows of a set of indicators, referrals by status and outcome appended. */
export function indicatorRows(s: SuppressedIndicators): IndicatorRow[] {
  const rows: IndicatorRow[] = INDICATOR_KEYS.map((key) => {
    const [a, b] = key.split('.') as [string, string | undefined];
    const top = (s as unknown as Record<string, unknown>)[a];
    const value = b === undefined ? top : (top as Record<string, unknown>)[b];
    return { key, value: (value ?? 0) as SuppressedCount };
  });
  for (const [k, v] of Object.entries(s.referrals.byStatus).sort()) {
    rows.push({ key: `referrals.byStatus.${k}`, value: v });
  }
  for (const [k, v] of Object.entries(s.referrals.byOutcome).sort()) {
    rows.push({ key: `referrals.byOutcome.${k}`, value: v });
  }
  return rows;
}

export interface IndicatorDifference {
  /** The row's id (indicator key, or `<rowId>:<key>` for a school or Ambito row). */
  key: string;
  frozen: SuppressedCount | number | null;
  current: SuppressedCount | number | null;
  /** current - frozen when both are numbers, else null. */
  delta: number | null;
}

function rowsOfReport(
  r: Pick<MonitoringReport, 'totals' | 'rows'>,
): Map<string, IndicatorRow['value']> {
  const out = new Map<string, IndicatorRow['value']>();
  for (const row of indicatorRows(r.totals)) out.set(row.key, row.value);
  for (const child of r.rows) {
    for (const row of indicatorRows(child.indicators)) out.set(`${child.id}:${row.key}`, row.value);
  }
  return out;
}

/**
 * Later corrections as differences against a frozen report: every figure whose current value
 * differs from the frozen one (new rows and rows gone included). Empty when nothing changed.
 */
export function diffReport(
  frozen: Pick<MonitoringReport, 'totals' | 'rows'>,
  current: Pick<MonitoringReport, 'totals' | 'rows'>,
): IndicatorDifference[] {
  const a = rowsOfReport(frozen);
  const b = rowsOfReport(current);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const out: IndicatorDifference[] = [];
  for (const key of keys) {
    const f = a.get(key) ?? null;
    const c = b.get(key) ?? null;
    if (f === c) continue;
    out.push({
      key,
      frozen: f,
      current: c,
      delta: typeof f === 'number' && typeof c === 'number' ? Math.round((c - f) * 10) / 10 : null,
    });
  }
  return out;
}
