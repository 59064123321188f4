/**
 * The exact monitoring documents of a school (monitoring.ts): per class, every period with
 * activity (`schools/{s}/monitoring/class_{c}`), and per period the sum of its classes
 * (`schools/{s}/monitoring/{period}`).
 */
import { z } from 'zod';
import { idSchema } from './common';
import {
  addDoseCells,
  doseResponseCellsSchema,
  emptyDoseCells,
  type DoseResponseCells,
} from './monitoring-effect';
import { factPeriods, type PupilMonitoringFacts } from './monitoring-facts';
import {
  MONITORING_AGGREGATION_VERSION,
  monitoringIndicatorsSchema,
  periodFiguresOf,
  sumIndicators,
} from './monitoring-indicators';
import { currentPeriods, periodKeySchema, sortPeriods, type PeriodKey } from './monitoring-periods';

export const MONITORING_CLASS_PREFIX = 'class_';
export function monitoringClassDocId(classId: string): string {
  return `${MONITORING_CLASS_PREFIX}${classId}`;
}

/** Per-period figures of one class (exact), with the dose-response cells of school years. */
const periodFiguresSchema = z.object({
  indicators: monitoringIndicatorsSchema,
  dose: doseResponseCellsSchema,
});
export type PeriodFigures = z.infer<typeof periodFiguresSchema>;

/** `schools/{s}/monitoring/class_{c}`: the class's figures for every period with activity. */
export const classMonitoringSchema = z.object({
  kind: z.literal('class'),
  schoolId: idSchema,
  classId: z.string(),
  computedAt: z.date(),
  periods: z.record(z.string(), periodFiguresSchema),
});
export type ClassMonitoring = z.infer<typeof classMonitoringSchema>;

/** `schools/{s}/monitoring/{period}`: the school's exact figures (the head reads them). */
export const schoolMonitoringSchema = z.object({
  kind: z.literal('school'),
  schoolId: idSchema,
  schoolName: z.string(),
  districtId: z.string(),
  period: periodKeySchema,
  computedAt: z.date(),
  aggregationVersion: z.string(),
  indicators: monitoringIndicatorsSchema,
  dose: doseResponseCellsSchema,
});
export type SchoolMonitoring = z.infer<typeof schoolMonitoringSchema>;

/** The class document: figures for the current periods and every period with activity. */
export function buildClassMonitoring(input: {
  schoolId: string;
  classId: string;
  facts: readonly PupilMonitoringFacts[];
  computedAt: Date;
}): ClassMonitoring {
  const keys = sortPeriods([
    ...currentPeriods(input.computedAt),
    ...input.facts.flatMap(factPeriods),
  ]);
  return {
    kind: 'class',
    schoolId: input.schoolId,
    classId: input.classId,
    computedAt: input.computedAt,
    periods: Object.fromEntries(keys.map((k) => [k, periodFiguresOf(input.facts, k)])),
  };
}

/** Every period any class of the school has figures for. */
export function schoolPeriods(classes: readonly ClassMonitoring[]): PeriodKey[] {
  return sortPeriods(classes.flatMap((c) => Object.keys(c.periods)));
}

/** The school's document for one period: the sum of its classes (exact). */
export function buildSchoolMonitoring(input: {
  schoolId: string;
  schoolName: string;
  districtId: string;
  period: PeriodKey;
  classes: readonly ClassMonitoring[];
  computedAt: Date;
}): SchoolMonitoring {
  const figures = input.classes.flatMap((c) => {
    const f = c.periods[input.period];
    return f ? [f] : [];
  });
  return schoolMonitoringDoc(input, {
    indicators: sumIndicators(figures.map((f) => f.indicators)),
    dose: figures.reduce<DoseResponseCells>(
      (acc, f) => addDoseCells(acc, f.dose),
      emptyDoseCells(),
    ),
  });
}

/** A school's document for one period from its figures (summed, or synthetic in scripts). */
export function schoolMonitoringDoc(
  school: Pick<
    SchoolMonitoring,
    'schoolId' | 'schoolName' | 'districtId' | 'period' | 'computedAt'
  >,
  figures: PeriodFigures,
): SchoolMonitoring {
  return {
    kind: 'school',
    schoolId: school.schoolId,
    schoolName: school.schoolName,
    districtId: school.districtId,
    period: school.period,
    computedAt: school.computedAt,
    aggregationVersion: MONITORING_AGGREGATION_VERSION,
    indicators: figures.indicators,
    dose: figures.dose,
  };
}
