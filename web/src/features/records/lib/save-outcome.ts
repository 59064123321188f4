import { errorCode } from '@/lib/errors';

/** "saved": the server confirmed. "pending": kept on this device, sent when back online. */
export type SaveStatus = 'saved' | 'pending';

/** How long a save waits for the server before it counts as kept on the device. */
export const SERVER_WAIT_MS = 2500;

/**
 * A Firestore write resolves only when the server confirms, which never happens offline. The
 * write is already applied to the local (persistent) cache when it is issued, so waiting longer
 * than a moment only keeps the user staring at a spinner: past `waitMs`, or at once when the
 * browser knows it is offline, the save counts as pending. A rejection within the wait is
 * thrown, so the form can keep what was typed and say why.
 */
export function settleOrQueue(
  committed: Promise<unknown>,
  waitMs: number = SERVER_WAIT_MS,
  online: boolean = typeof navigator === 'undefined' || navigator.onLine,
): Promise<SaveStatus> {
  return new Promise<SaveStatus>((resolve, reject) => {
    const timer = setTimeout(() => resolve('pending'), online ? waitMs : 0);
    committed.then(
      () => {
        clearTimeout(timer);
        resolve('saved');
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export type SaveErrorKey =
  | 'save.errors.permission'
  | 'save.errors.offline'
  | 'save.errors.invalid'
  | 'save.errors.exists'
  | 'save.errors.unknown';

/** The message to show for a failed save, by Firestore error code. */
export function saveErrorKey(error: unknown): SaveErrorKey {
  switch (errorCode(error)) {
    case 'permission-denied':
    case 'unauthenticated':
      return 'save.errors.permission';
    case 'unavailable':
    case 'deadline-exceeded':
      return 'save.errors.offline';
    case 'invalid-argument':
    case 'failed-precondition':
      return 'save.errors.invalid';
    // Raised by the app, not by Firestore: a new term record for a term that has one.
    case 'already-exists':
      return 'save.errors.exists';
    default:
      return 'save.errors.unknown';
  }
}
