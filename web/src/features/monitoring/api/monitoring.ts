import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { collection, doc, getDoc, getDocs } from 'firebase/firestore';
import { z } from 'zod';
import {
  type DistrictMonitoring,
  type MonitoringReport,
  type PeriodKey,
  type RegionMonitoring,
  type ReportScope,
  type SchoolMonitoring,
  districtMonitoringSchema,
  monitoringReportSchema,
  paths,
  regionMonitoringSchema,
  schoolMonitoringSchema,
} from '@domain';
import { callFunction } from '@/lib/call-function';
import { zodConverter } from '@/lib/converters';
import { db } from '@/lib/firestore';
import { queryKeys } from '@/lib/query-keys';

export type MonitoringFigures = SchoolMonitoring | DistrictMonitoring | RegionMonitoring;

const AGGREGATES = {
  school: { path: paths.schoolMonitoring, schema: schoolMonitoringSchema },
  district: { path: paths.districtMonitoring, schema: districtMonitoringSchema },
  region: { path: paths.regionMonitoring, schema: regionMonitoringSchema },
} as const;
const REPORTS = {
  school: paths.schoolReports,
  district: paths.districtReports,
  region: paths.regionReports,
} as const;

/** One aggregate document (a school's exact figures, an Ambito's or the Region's suppressed). */
export async function getMonitoringFigures(
  scope: ReportScope,
  scopeId: string,
  period: PeriodKey,
): Promise<MonitoringFigures | null> {
  const { path, schema } = AGGREGATES[scope];
  const ref = doc(db, `${path(scopeId)}/${period}`).withConverter(
    zodConverter(schema as z.ZodType<MonitoringFigures>),
  );
  return (await getDoc(ref)).data() ?? null;
}

export const monitoringFiguresQueryOptions = (
  scope: ReportScope,
  scopeId: string,
  period: PeriodKey,
) =>
  queryOptions({
    queryKey: queryKeys.monitoring.figures(scope, scopeId, period),
    queryFn: () => getMonitoringFigures(scope, scopeId, period),
  });

export function useMonitoringFigures(scope: ReportScope, scopeId: string, period: PeriodKey) {
  return useQuery(monitoringFiguresQueryOptions(scope, scopeId, period));
}

/** The scope's frozen reports, newest period first. */
export async function getReports(scope: ReportScope, scopeId: string): Promise<MonitoringReport[]> {
  const snap = await getDocs(
    collection(db, REPORTS[scope](scopeId)).withConverter(zodConverter(monitoringReportSchema)),
  );
  return snap.docs.map((d) => d.data()).sort((a, b) => b.period.localeCompare(a.period));
}

export function useReports(scope: ReportScope, scopeId: string) {
  return useQuery({
    queryKey: queryKeys.monitoring.reports(scope, scopeId),
    queryFn: () => getReports(scope, scopeId),
  });
}

const frozenSchema = z.object({
  created: z.boolean(),
  path: z.string(),
  frozenAt: z.string().nullable(),
});

/** Freezes a period's report (idempotent on the server); refreshes the reports list. */
export function useFreezeReport(scope: ReportScope, scopeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: PeriodKey) =>
      callFunction('freezeReport', { scope, scopeId, period }, frozenSchema),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.monitoring.reports(scope, scopeId),
        exact: true,
      }),
  });
}
