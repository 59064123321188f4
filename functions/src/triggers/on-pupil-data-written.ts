import {
  type Change,
  type DocumentSnapshot,
  onDocumentWrittenWithAuthContext,
} from 'firebase-functions/v2/firestore';
import { RECORD_KINDS, canonicalJson, paths } from '../domain';
import { writeAudit } from '../lib/audit';

// Audit log of every create, update and delete of a pupil or of a logged record: who, when,
// which fields changed (names only, never values). The event id is the entry id, so a retried
// event does not write a second entry.

type Written = Change<DocumentSnapshot> | undefined;

function describe(change: Written) {
  const before = change?.before.exists ? (change.before.data() ?? {}) : null;
  const after = change?.after.exists ? (change.after.data() ?? {}) : null;
  const action = !before ? 'create' : !after ? 'delete' : 'update';
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changedFields = [...keys]
    .filter((k) => canonicalJson(before?.[k]) !== canonicalJson(after?.[k]))
    .filter((k) => k !== 'updatedAt')
    .sort();
  const author = (after?.updatedBy ?? after?.createdBy ?? null) as string | null;
  return { action, changedFields, author } as const;
}

export const onPupilAudited = onDocumentWrittenWithAuthContext(
  'schools/{schoolId}/pupils/{pupilId}',
  async (event) => {
    const { schoolId, pupilId } = event.params;
    const { action, changedFields, author } = describe(event.data);
    // Writes by functions (counts, transfers) carry no user; record them as the system's.
    if (action === 'update' && changedFields.length === 0) return;
    await writeAudit(
      {
        at: new Date(event.time),
        action,
        schoolId,
        pupilId,
        targetPath: paths.pupil(schoolId, pupilId),
        actorUid: event.authType === 'system' ? null : (event.authId ?? author),
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
    const { action, changedFields, author } = describe(event.data);
    await writeAudit(
      {
        at: new Date(event.time),
        action,
        schoolId,
        pupilId,
        targetPath: `${paths.records(schoolId, pupilId, kind as (typeof RECORD_KINDS)[number])}/${recordId}`,
        actorUid: event.authType === 'system' ? null : (event.authId ?? author),
        changedFields,
      },
      event.id,
    );
  },
);
