import {
  type Change,
  type DocumentSnapshot,
  onDocumentWrittenWithAuthContext,
} from 'firebase-functions/v2/firestore';
import { RECORD_KINDS, auditActor, canonicalJson, paths } from '../domain';
import { writeAudit } from '../lib/audit';

// Audit log of every create, update and delete of a pupil or of a logged record: who (the
// person the document names, see auditActor), when, which fields changed (names only, never
// values). The event id is the entry id, so a retried event does not write a second entry.

type Written = Change<DocumentSnapshot> | undefined;
type AuthContext = { authType?: string; authId?: string };

function describe(change: Written, auth: AuthContext) {
  const before = change?.before.exists ? (change.before.data() ?? {}) : null;
  const after = change?.after.exists ? (change.after.data() ?? {}) : null;
  const action = !before ? 'create' : !after ? 'delete' : 'update';
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changedFields = [...keys]
    .filter((k) => canonicalJson(before?.[k]) !== canonicalJson(after?.[k]))
    .filter((k) => k !== 'updatedAt' && k !== 'updatedBy')
    .sort();
  const actorUid = auditActor({ before, after, authType: auth.authType, authId: auth.authId });
  return { action, changedFields, actorUid } as const;
}

export const onPupilAudited = onDocumentWrittenWithAuthContext(
  'schools/{schoolId}/pupils/{pupilId}',
  async (event) => {
    const { schoolId, pupilId } = event.params;
    const { action, changedFields, actorUid } = describe(event.data, event);
    // Writes by functions that change nothing visible (counts) are not audited.
    if (action === 'update' && changedFields.length === 0) return;
    await writeAudit(
      {
        at: new Date(event.time),
        action,
        schoolId,
        pupilId,
        targetPath: paths.pupil(schoolId, pupilId),
        actorUid,
        changedFields,
      },
      event.id,
    );
  },
);

export const onRecordAudited = onDocumentWrittenWithAuthContext(
  'schools/{schoolId}/pupils/{pupilId}/{kind}/{recordId}',
  async (event) => {
    const { schoolId, pupilId, kind, recordId } = event.params;
    if (!(RECORD_KINDS as readonly string[]).includes(kind)) return;
    const { action, changedFields, actorUid } = describe(event.data, event);
    await writeAudit(
      {
        at: new Date(event.time),
        action,
        schoolId,
        pupilId,
        targetPath: `${paths.records(schoolId, pupilId, kind as (typeof RECORD_KINDS)[number])}/${recordId}`,
        actorUid,
        changedFields,
      },
      event.id,
    );
  },
);
