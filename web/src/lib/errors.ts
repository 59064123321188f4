import { InvalidDocumentError } from './invalid-document-error';

/** The `code` of a Firebase error (Firestore: "permission-denied"; Auth: "auth/..."). */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** Raised by fetchers when a document the user asked for does not exist. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly code = 'not-found';
  constructor(readonly path: string) {
    super(`Document ${path} not found`);
  }
}

/**
 * The rules answer a read of a missing pupil with permission-denied too (there is no
 * resource to check), so "denied" and "missing" are one case for the user.
 */
export function isAccessDenied(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'permission-denied' || code === 'not-found';
}

/** Errors that a retry cannot fix: asking again only delays the message. */
export function isPermanentError(error: unknown): boolean {
  return (
    isAccessDenied(error) ||
    error instanceof InvalidDocumentError ||
    errorCode(error) === 'unauthenticated' ||
    errorCode(error) === 'invalid-argument' ||
    errorCode(error) === 'failed-precondition'
  );
}
