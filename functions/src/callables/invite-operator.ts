import { onCall } from 'firebase-functions/v2/https';
import { inviteOperatorInputSchema, paths } from '../domain';
import { db } from '../lib/admin';
import { parseInput, refuse, requireCaller } from '../lib/callable';
import { assertMayGrant, inviteAccount } from '../lib/staff';

const NAME = 'inviteOperator';

/**
 * The Ambito coordinator invites a service operator for an organisation of their Ambito's
 * directory: the account, the role `operator` scoped to the Ambito and the organisation, and
 * Firebase Auth's own email with the link to set a password (as inviteStaff does).
 */
export const inviteOperator = onCall(async (request) => {
  const caller = await requireCaller(request, ['district'], NAME);
  const input = parseInput(inviteOperatorInputSchema, request.data);
  const districtId = caller.role === 'district' ? caller.districtId : '';
  const grant = {
    email: input.email,
    displayName: input.displayName,
    role: 'operator' as const,
    schoolId: null,
    districtId,
    organizationId: input.organizationId,
  };
  assertMayGrant(caller, grant, NAME);
  const organization = await db.doc(paths.organization(districtId, input.organizationId)).get();
  if (!organization.exists) {
    refuse(
      'not-found',
      {
        it: 'Ente non trovato nell’elenco dei servizi del tuo Ambito.',
        en: 'Organisation not found in your Ambito’s directory.',
      },
      NAME,
      caller.uid,
    );
  }
  return inviteAccount(
    caller,
    grant,
    { schoolId: null, changedFields: ['organizationId'] },
    { it: 'Esiste già un account con questa email.', en: 'An account with this email exists.' },
    NAME,
  );
});
