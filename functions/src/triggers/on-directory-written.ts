import { onDocumentWrittenWithAuthContext } from 'firebase-functions/v2/firestore';
import { type AuditAction, auditActor, canonicalJson } from '../domain';
import { writeAudit } from '../lib/audit';

// Audit log of the Ambito's services directory (issue 13): every create, update and delete of
// an organisation or a service, by the Ambito coordinator or an operator (written by the client
// under the rules) or by importServices. The documents are public and name nobody, so the actor
// comes from the event. "Checked today" and capacity changes get their own actions.

const DIRECTORY = ['organizations', 'services'];
const CHECK_FIELDS = ['lastCheckedAt', 'updatedAt'];
const CAPACITY_FIELDS = ['acceptingReferrals', 'capacityUpdatedAt', 'updatedAt'];

export const onDirectoryAudited = onDocumentWrittenWithAuthContext(
  'districts/{districtId}/{collection}/{docId}',
  async (event) => {
    const { districtId, collection, docId } = event.params;
    if (!DIRECTORY.includes(collection)) return;
    const before = event.data?.before.exists ? (event.data.before.data() ?? {}) : null;
    const after = event.data?.after.exists ? (event.data.after.data() ?? {}) : null;
    const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
    const changed = [...keys]
      .filter((k) => canonicalJson(before?.[k]) !== canonicalJson(after?.[k]))
      .sort();
    if (before && after && changed.length === 0) return;
    const only = (fields: string[]) => changed.every((f) => fields.includes(f));
    let action: AuditAction = !before ? 'create' : !after ? 'delete' : 'update';
    if (action === 'update' && collection === 'services') {
      if (only(CHECK_FIELDS) && changed.includes('lastCheckedAt')) action = 'serviceChecked';
      else if (only(CAPACITY_FIELDS) && changed.includes('acceptingReferrals')) {
        action = 'serviceCapacityChanged';
      }
    }
    await writeAudit(
      {
        at: new Date(event.time),
        action,
        schoolId: null,
        pupilId: null,
        targetPath: `districts/${districtId}/${collection}/${docId}`,
        actorUid: auditActor({
          before: null,
          after: null,
          authType: event.authType,
          authId: event.authId,
        }),
        changedFields: changed.filter((f) => f !== 'updatedAt'),
      },
      event.id,
    );
  },
);
