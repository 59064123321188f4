import { onSnapshot, type DocumentReference } from 'firebase/firestore';

/**
 * Follows one typed document: `null` while it does not exist. A document that fails its schema
 * (the converter throws) is reported as an error, never shown half-read.
 */
export function subscribeToDocument<T>(
  ref: DocumentReference<T>,
  onNext: (value: T | null) => void,
  onError: (error: unknown) => void,
): () => void {
  return onSnapshot(
    ref,
    (snapshot) => {
      try {
        onNext(snapshot.exists() ? snapshot.data() : null);
      } catch (error) {
        onError(error);
      }
    },
    onError,
  );
}
