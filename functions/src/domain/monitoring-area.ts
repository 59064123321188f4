/**
 * The monitoring documents above the school (monitoring.ts): an Ambito
 * (`districts/{d}/monitoring/{period}`) and a Region (`regions/{r}/monitoring/{period}`), each
 * recomputed from the exact documents of its schools and published suppressed.
 */
import { z } from 'zod';
import { idSchema } from './common';
import { addDoseCells, emptyDoseCells, type DoseResponseCells } from './monitoring-effect';
import { MONITORING_AGGREGATION_VERSION, sumIndicators } from './monitoring-indicators';
import { periodKeySchema, type PeriodKey } from './monitoring-periods';
import {
  publishDose,
  publishedDoseSchema,
  publishedRowSchema,
  suppressedIndicatorsSchema,
  suppressIndicators,
} from './monitoring-published';
import type { SchoolMonitoring } from './monitoring-school';

const count = z.number().int().min(0);

/** `districts/{d}/monitoring/{period}`: the Ambito and its schools, suppressed. */
export const districtMonitoringSchema = z.object({
  kind: z.literal('district'),
  districtId: idSchema,
  districtName: z.string(),
  regionId: z.string(),
  period: periodKeySchema,
  computedAt: z.date(),
  aggregationVersion: z.string(),
  totals: suppressedIndicatorsSchema,
  schools: z.array(publishedRowSchema),
  dose: publishedDoseSchema,
});
export type DistrictMonitoring = z.infer<typeof districtMonitoringSchema>;

/** `regions/{r}/monitoring/{period}`: the Region and its Ambiti, suppressed. */
export const regionMonitoringSchema = z.object({
  kind: z.literal('region'),
  regionId: idSchema,
  period: periodKeySchema,
  computedAt: z.date(),
  aggregationVersion: z.string(),
  totals: suppressedIndicatorsSchema,
  districts: z.array(publishedRowSchema.extend({ schools: count })),
  dose: publishedDoseSchema,
});
export type RegionMonitoring = z.infer<typeof regionMonitoringSchema>;

/** The Ambito's document from its schools' exact documents. */
export function buildDistrictMonitoring(input: {
  districtId: string;
  districtName: string;
  regionId: string;
  period: PeriodKey;
  schools: readonly SchoolMonitoring[];
  computedAt: Date;
}): DistrictMonitoring {
  const schools = [...input.schools].sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'it'));
  const total = sumIndicators(schools.map((s) => s.indicators));
  const dose = schools.reduce<DoseResponseCells>(
    (acc, s) => addDoseCells(acc, s.dose),
    emptyDoseCells(),
  );
  return {
    kind: 'district',
    districtId: input.districtId,
    districtName: input.districtName,
    regionId: input.regionId,
    period: input.period,
    computedAt: input.computedAt,
    aggregationVersion: MONITORING_AGGREGATION_VERSION,
    totals: suppressIndicators(total),
    schools: schools.map((s) => ({
      id: s.schoolId,
      name: s.schoolName,
      indicators: suppressIndicators(s.indicators),
    })),
    dose: publishDose(dose),
  };
}

/** The Region's document from the exact documents of every school of its Ambiti. */
export function buildRegionMonitoring(input: {
  regionId: string;
  period: PeriodKey;
  districts: readonly { id: string; name: string; schools: readonly SchoolMonitoring[] }[];
  computedAt: Date;
}): RegionMonitoring {
  const districts = [...input.districts].sort((a, b) => a.name.localeCompare(b.name, 'it'));
  const all = districts.flatMap((d) => d.schools);
  const dose = all.reduce<DoseResponseCells>(
    (acc, s) => addDoseCells(acc, s.dose),
    emptyDoseCells(),
  );
  return {
    kind: 'region',
    regionId: input.regionId,
    period: input.period,
    computedAt: input.computedAt,
    aggregationVersion: MONITORING_AGGREGATION_VERSION,
    totals: suppressIndicators(sumIndicators(all.map((s) => s.indicators))),
    districts: districts.map((d) => ({
      id: d.id,
      name: d.name,
      schools: d.schools.length,
      indicators: suppressIndicators(sumIndicators(d.schools.map((s) => s.indicators))),
    })),
    dose: publishDose(dose),
  };
}
