import { onCall } from 'firebase-functions/v2/https';
import { freezeReportInputSchema, paths } from '../domain';
import { db } from '../lib/admin';
import { forbidden, parseInput, requireCaller } from '../lib/callable';
import { freezeMonitoringReport } from '../monitoring/freeze';

const NAME = 'freezeReport';

/**
 * Freezes a period's monitoring figures (monitoring/freeze.ts): the head for their school, the
 * Ambito coordinator for their Ambito, the Region for itself. A second call returns the report
 * already frozen.
 */
export const freezeReport = onCall(async (request) => {
  const caller = await requireCaller(request, ['head', 'district', 'region'], NAME);
  const input = parseInput(freezeReportInputSchema, request.data);
  const own =
    input.scope === 'school' && caller.role === 'head'
      ? caller.schoolId
      : input.scope === 'district' && caller.role === 'district'
        ? caller.districtId
        : input.scope === 'region' && caller.role === 'region'
          ? caller.regionId
          : null;
  if (own !== input.scopeId) forbidden(NAME, caller.uid);
  const name: unknown = (await db.doc(paths.user(caller.uid)).get()).get('displayName');
  const result = await freezeMonitoringReport(input, {
    uid: caller.uid,
    name: typeof name === 'string' ? name : caller.uid,
  });
  return {
    created: result.created,
    path: result.path,
    frozenAt: result.report?.frozenAt.toISOString() ?? null,
  };
});
