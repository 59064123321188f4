import { doc, onSnapshot } from 'firebase/firestore';
import { paths } from '@domain';
import { zodConverter } from '@/lib/converters';
import { db } from '@/lib/firestore';
import { useLiveQuery } from '@/lib/live-query';
import { storedRiskSchema, type StoredRisk } from '../lib/schemas';

const riskConverter = zodConverter(storedRiskSchema);

export const riskQueryKey = (schoolId: string, pupilId: string) =>
  ['schools', schoolId, 'pupil', pupilId, 'risk'] as const;

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
  const ref = doc(db, paths.riskCurrent(schoolId, pupilId)).withConverter(riskConverter);
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
    riskQueryKey(schoolId, pupilId),
    enabled ? (onNext, onError) => subscribeToRisk(schoolId, pupilId, onNext, onError) : null,
  );
}
