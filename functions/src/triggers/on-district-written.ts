import { onDocumentWrittenWithAuthContext } from 'firebase-functions/v2/firestore';
import { auditActor, canonicalJson, paths } from '../domain';
import { writeAudit } from '../lib/audit';

// Audit log of the Ambiti themselves (`districts/{d}`: name, Region), which the admin writes
// under the rules (issue 16: district-admin writes audited). The document names nobody, so the
// actor comes from the event: the admin's uid for a signed-in client in production; null on the
// emulators, whose client writes carry a stand-in author that is never taken for a person.
// The event id is the entry id, so a retried event does not write a second entry.

export const onDistrictAudited = onDocumentWrittenWithAuthContext(
  'districts/{districtId}',
  async (event) => {
    const { districtId } = event.params;
    const before = event.data?.before.exists ? (event.data.before.data() ?? {}) : null;
    const after = event.data?.after.exists ? (event.data.after.data() ?? {}) : null;
    const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
    const changedFields = [...keys]
      .filter((k) => canonicalJson(before?.[k]) !== canonicalJson(after?.[k]))
      .sort();
    if (before && after && changedFields.length === 0) return;
    await writeAudit(
      {
        at: new Date(event.time),
        action: !before ? 'create' : !after ? 'delete' : 'update',
        schoolId: null,
        pupilId: null,
        targetPath: paths.district(districtId),
        actorUid: auditActor({
          before: null,
          after: null,
          authType: event.authType,
          authId: event.authId,
        }),
        changedFields,
      },
      event.id,
    );
  },
);
