// Its own module, free of the Firestore SDK: lib/errors.ts (in the first download) needs it.
/** A Firestore document that does not match its schema: the page shows an error state. */
export class InvalidDocumentError extends Error {
  override readonly name = 'InvalidDocumentError';
  constructor(
    readonly path: string,
    readonly problems: string,
  ) {
    super(`Document ${path} does not match its schema`);
  }
}
