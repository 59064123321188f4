import type { Language } from '@domain';

/**
 * The message of a refusal by a callable, in the user's language. The functions throw an
 * HttpsError with the Italian text as message and the English one in `details.en`; anything
 * else (network, crash) has no such text and gets `null`, for a generic message.
 */
export function callableErrorMessage(error: unknown, language: Language): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const details: unknown = 'details' in error ? error.details : undefined;
  const en =
    typeof details === 'object' && details !== null && 'en' in details ? details.en : undefined;
  if (typeof en !== 'string') return null;
  if (language === 'en') return en;
  const message: unknown = 'message' in error ? error.message : undefined;
  return typeof message === 'string' && message.length > 0 ? message : null;
}
