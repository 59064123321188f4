import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { MONITORING_KINDS } from '../monitoring/monitoring-store';
import { recomputePupilFacts } from '../monitoring/recompute-monitoring';

/** What the pupil's monitoring facts are read from (records, orientation, risk/current). */
const SOURCES: readonly string[] = [...MONITORING_KINDS, 'orientation', 'risk'];

/**
 * A pupil's logged activity changed: recompute the pupil's monitoring facts from all of it.
 * The wildcard also matches function-owned subcollections (`monitoringFacts`, `riskHistory`,
 * `need`), which must not retrigger; of `risk` only `current` counts.
 */
export const onMonitoringSourceWritten = onDocumentWritten(
  'schools/{schoolId}/pupils/{pupilId}/{kind}/{docId}',
  async (event) => {
    const { schoolId, pupilId, kind, docId } = event.params;
    if (!SOURCES.includes(kind) || (kind === 'risk' && docId !== 'current')) return;
    await recomputePupilFacts(schoolId, pupilId);
  },
);

/** The pupil moved class, or was erased or transferred: the facts follow (or go). */
export const onMonitoringPupilWritten = onDocumentWritten(
  'schools/{schoolId}/pupils/{pupilId}',
  async (event) => {
    const before: unknown = event.data?.before.get('classId');
    const after: unknown = event.data?.after.get('classId');
    if (event.data?.before.exists && event.data.after.exists && before === after) return;
    await recomputePupilFacts(event.params.schoolId, event.params.pupilId);
  },
);

/** A referral was sent or changed status or outcome: its pupil's facts count it. */
export const onMonitoringReferralWritten = onDocumentWritten(
  'referrals/{referralId}',
  async (event) => {
    const targets = new Set<string>();
    for (const snap of [event.data?.before, event.data?.after]) {
      const schoolId: unknown = snap?.get('schoolId');
      const pupilId: unknown = snap?.get('pupilId');
      if (typeof schoolId === 'string' && typeof pupilId === 'string') {
        targets.add(`${schoolId}/${pupilId}`);
      }
    }
    await Promise.all(
      [...targets].map((t) => {
        const [schoolId, pupilId] = t.split('/') as [string, string];
        return recomputePupilFacts(schoolId, pupilId);
      }),
    );
  },
);
