import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import type { z } from 'zod';
import {
  type RoleClaims,
  paths,
  roleClaimsSchema,
  translateValidationMessage,
  type Role,
} from '../domain';
import { db } from './admin';
import { logs } from './logs';

// What every callable does first: who is calling (with a current role), and is the input valid.
// Errors carry an Italian message and the English one in `details.en`.

const MESSAGES = {
  unauthenticated: {
    it: 'Accesso richiesto: effettua di nuovo il login.',
    en: 'Sign-in required: please sign in again.',
  },
  staleRole: {
    it: 'Il tuo ruolo è cambiato o è stato revocato: effettua di nuovo il login.',
    en: 'Your role changed or was revoked: please sign in again.',
  },
  forbidden: {
    it: 'Non hai i permessi per questa operazione.',
    en: 'You are not allowed to do this.',
  },
  invalid: { it: 'Dati non validi', en: 'Invalid data' },
} as const;

export type CallerClaims = RoleClaims & { uid: string };

/** Throws an HttpsError with both languages. */
export function refuse(
  code: 'unauthenticated' | 'permission-denied' | 'not-found' | 'failed-precondition',
  message: { it: string; en: string },
  name = 'callable',
  uid?: string,
): never {
  logs.callableRefused(name, uid, message.en);
  throw new HttpsError(code, message.it, { en: message.en });
}

/** The caller's claims, refused unless signed in with a current role among `roles`. */
export async function requireCaller(
  request: CallableRequest<unknown>,
  roles: readonly Role[],
  name: string,
): Promise<CallerClaims> {
  const uid = request.auth?.uid;
  if (!uid) refuse('unauthenticated', MESSAGES.unauthenticated, name);
  const claims = roleClaimsSchema.safeParse(request.auth?.token);
  if (!claims.success) refuse('permission-denied', MESSAGES.forbidden, name, uid);
  const profile = await db.doc(paths.user(uid)).get();
  if (profile.get('roleVersion') !== claims.data.rv) {
    refuse('permission-denied', MESSAGES.staleRole, name, uid);
  }
  if (!roles.includes(claims.data.role)) refuse('permission-denied', MESSAGES.forbidden, name, uid);
  return { ...claims.data, uid };
}

export function forbidden(name: string, uid: string): never {
  return refuse('permission-denied', MESSAGES.forbidden, name, uid);
}

/** Parses the input; on failure, an invalid-argument error listing each field's message. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    it: translateValidationMessage(issue.message, 'it'),
    en: translateValidationMessage(issue.message, 'en'),
  }));
  const summary = (lang: 'it' | 'en') =>
    `${MESSAGES.invalid[lang]}: ${issues.map((i) => `${i.path} – ${i[lang]}`).join('; ')}`;
  throw new HttpsError('invalid-argument', summary('it'), { en: summary('en'), issues });
}
