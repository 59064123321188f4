import { onDocumentWrittenWithAuthContext } from 'firebase-functions/v2/firestore';
import { auditActor, canonicalJson, paths } from '../domain';
import { writeAudit } from '../lib/audit';
import { recomputePupilRisk } from '../risk/recompute-pupil';
import { recomputeOrientationStats } from '../stats/orientation-stats';

/**
 * A pupil's orientation record changed (issue 14): audit it like a record (field names only),
 * recompute the pupil's follow-ups (the first-cycle exam checklist is one), then the school's
 * and the Ambito's orientation aggregates. Each step rereads its sources, so a retried event is
 * harmless; the audit entry's id is the event id.
 */
export const onOrientationWritten = onDocumentWrittenWithAuthContext(
  'schools/{schoolId}/pupils/{pupilId}/orientation/{docId}',
  async (event) => {
    const { schoolId, pupilId, docId } = event.params;
    const before = event.data?.before.exists ? (event.data.before.data() ?? {}) : null;
    const after = event.data?.after.exists ? (event.data.after.data() ?? {}) : null;
    const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
    const changedFields = [...keys]
      .filter((k) => canonicalJson(before?.[k]) !== canonicalJson(after?.[k]))
      .filter((k) => k !== 'updatedAt' && k !== 'updatedBy')
      .sort();
    await writeAudit(
      {
        at: new Date(event.time),
        action: !before ? 'create' : !after ? 'delete' : 'update',
        schoolId,
        pupilId,
        targetPath: paths.orientationRecord(schoolId, pupilId, docId),
        actorUid: auditActor({
          before,
          after,
          authType: event.authType,
          authId: event.authId,
        }),
        changedFields,
      },
      event.id,
    );
    await recomputePupilRisk(schoolId, pupilId);
    await recomputeOrientationStats(schoolId);
  },
);
