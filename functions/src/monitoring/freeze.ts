import {
  type FreezeReportInput,
  type MonitoringReport,
  MONITORING_AGGREGATION_VERSION,
  RISK_ENGINE_VERSION,
  districtMonitoringSchema,
  monitoringReportSchema,
  paths,
  regionMonitoringSchema,
  reportFigures,
  schoolMonitoringSchema,
} from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { refuse } from '../lib/callable';
import { parseStored } from '../lib/firestore-data';
import { monitoringLogs } from './monitoring-logs';
import {
  recomputeDistrictMonitoring,
  recomputeRegionMonitoring,
  recomputeSchoolMonitoring,
} from './recompute-monitoring';

const NAME = 'freezeReport';

const SOURCES = {
  school: { aggregates: paths.schoolMonitoring, reports: paths.schoolReports },
  district: { aggregates: paths.districtMonitoring, reports: paths.districtReports },
  region: { aggregates: paths.regionMonitoring, reports: paths.regionReports },
} as const;

/**
 * Freezes a period's figures into `{schools|districts|regions}/{id}/reports/{period}`. The
 * aggregate is first recomputed from the level below, then copied with who, when and the
 * engine and aggregation versions. Idempotent: when the report exists it is returned as it is
 * and never overwritten (created in a transaction that rereads it on contention).
 */
export async function freezeMonitoringReport(
  input: FreezeReportInput,
  caller: { uid: string; name: string },
  asOf: Date = new Date(),
): Promise<{ created: boolean; path: string; report: MonitoringReport | null }> {
  const source = SOURCES[input.scope];
  const reportRef = db.doc(`${source.reports(input.scopeId)}/${input.period}`);
  const existing = await reportRef.get();
  if (!existing.exists) {
    // Bring the aggregate up to date with its sources before freezing it.
    if (input.scope === 'school') await recomputeSchoolMonitoring(input.scopeId, asOf);
    if (input.scope === 'district')
      await recomputeDistrictMonitoring(input.scopeId, input.period, asOf);
    if (input.scope === 'region')
      await recomputeRegionMonitoring(input.scopeId, input.period, asOf);
  }

  const result = await db.runTransaction(async (tx) => {
    const [reportSnap, aggregateSnap] = await Promise.all([
      tx.get(reportRef),
      tx.get(db.doc(`${source.aggregates(input.scopeId)}/${input.period}`)),
    ]);
    if (reportSnap.exists) {
      const report = parseStored(monitoringReportSchema, reportRef.path, reportSnap.data());
      return { created: false, report };
    }
    const data: unknown = aggregateSnap.data();
    const aggregate =
      input.scope === 'school'
        ? parseStored(schoolMonitoringSchema, aggregateSnap.ref.path, data)
        : input.scope === 'district'
          ? parseStored(districtMonitoringSchema, aggregateSnap.ref.path, data)
          : parseStored(regionMonitoringSchema, aggregateSnap.ref.path, data);
    if (!aggregateSnap.exists || !aggregate) {
      refuse(
        'failed-precondition',
        {
          it: 'Nessun dato di monitoraggio per questo periodo.',
          en: 'No monitoring figures for this period.',
        },
        NAME,
        caller.uid,
      );
    }
    const scopeName =
      aggregate.kind === 'school'
        ? aggregate.schoolName
        : aggregate.kind === 'district'
          ? aggregate.districtName
          : aggregate.regionId;
    const frozenAt = asOf;
    const report = monitoringReportSchema.parse({
      scope: input.scope,
      scopeId: input.scopeId,
      scopeName,
      period: input.period,
      frozenAt,
      frozenBy: caller.uid,
      frozenByName: caller.name,
      engineVersion: RISK_ENGINE_VERSION,
      aggregationVersion: MONITORING_AGGREGATION_VERSION,
      ...reportFigures(aggregate),
    } satisfies MonitoringReport);
    tx.create(reportRef, report);
    auditIn(tx, {
      at: frozenAt,
      action: 'monitoringReportFrozen',
      schoolId: input.scope === 'school' ? input.scopeId : null,
      pupilId: null,
      targetPath: reportRef.path,
      actorUid: caller.uid,
      changedFields: [],
    });
    return { created: true, report };
  });
  monitoringLogs.reportFrozen(reportRef.path, result.created);
  return { created: result.created, path: reportRef.path, report: result.report };
}
