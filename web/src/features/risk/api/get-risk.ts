import { onSnapshot } from 'firebase/firestore';
import type { StoredRisk } from '@domain';
import { useLiveQuery } from '@/lib/live-query';
import { queryKeys } from '@/lib/query-keys';
import { riskDocument } from './risk-refs';

/**
 * Follows a pupil's current assessment. `null` until the functions have computed one (a new
 * pupil, or the emulators still recomputing after a seed). A document that fails its schema
 * is reported as an error, never shown half-read.
 */
export function subscribeToRisk(
  schoolId: string,
  pupilId: string,
  onNext: (risk: StoredRisk | null) => void,
  onError: (error: unknown) => void,
): () => void {
  const ref = riskDocument(schoolId, pupilId);
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

/** Live `risk/current`; pass `enabled: false` for roles the rules deny (nothing is read). */
export function useRisk(schoolId: string, pupilId: string, enabled = true) {
  return useLiveQuery<StoredRisk | null>(
    queryKeys.risk.current(schoolId, pupilId),
    enabled ? (onNext, onError) => subscribeToRisk(schoolId, pupilId, onNext, onError) : null,
  );
}
