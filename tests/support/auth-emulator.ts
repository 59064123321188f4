import { PROJECT_ID } from './admin';

// The Auth emulator's own out-of-band codes: what Firebase Auth would have emailed.

interface OobCode {
  email: string;
  oobCode: string;
  oobLink: string;
  requestType: string;
}

function authBase(): string {
  const host = process.env.FIREBASE_AUTH_EMULATOR_HOST;
  if (!host) throw new Error('FIREBASE_AUTH_EMULATOR_HOST is not set: run through `npm test`.');
  return `http://${host}`;
}

/** The password-reset codes the Auth emulator holds for `email`, oldest first. */
export async function passwordResetCodes(email: string, projectId = PROJECT_ID): Promise<string[]> {
  const response = await fetch(`${authBase()}/emulator/v1/projects/${projectId}/oobCodes`);
  const { oobCodes } = (await response.json()) as { oobCodes: OobCode[] };
  return oobCodes
    .filter((c) => c.email === email && c.requestType === 'PASSWORD_RESET')
    .map((c) => c.oobCode);
}

/** Sets a password with an emailed code, as the password page does; the Auth error if refused. */
export async function resetPassword(oobCode: string, newPassword: string): Promise<string | null> {
  const response = await fetch(
    `${authBase()}/identitytoolkit.googleapis.com/v1/accounts:resetPassword?key=demo-api-key`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ oobCode, newPassword }),
    },
  );
  if (response.ok) return null;
  const body = (await response.json()) as { error?: { message?: string } };
  return body.error?.message ?? String(response.status);
}
