import type { PupilNeed, StoredRisk } from '@domain';
import { useLiveQuery } from '@/lib/live-query';
import { queryKeys } from '@/lib/query-keys';
import { subscribeToDocument } from '@/lib/subscribe-document';
import { needDocument, riskDocument } from './risk-refs';

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
  return subscribeToDocument(riskDocument(schoolId, pupilId), onNext, onError);
}

/** Follows a pupil's need level (`need/current`), `null` until the functions wrote it. */
export function subscribeToNeed(
  schoolId: string,
  pupilId: string,
  onNext: (need: PupilNeed | null) => void,
  onError: (error: unknown) => void,
): () => void {
  return subscribeToDocument(needDocument(schoolId, pupilId), onNext, onError);
}

/** Live `need/current`: what educators may know of the flags. */
export function useNeed(schoolId: string, pupilId: string, enabled = true) {
  return useLiveQuery<PupilNeed | null>(
    queryKeys.risk.need(schoolId, pupilId),
    enabled ? (onNext, onError) => subscribeToNeed(schoolId, pupilId, onNext, onError) : null,
  );
}

/** Live `risk/current`; pass `enabled: false` for roles the rules deny (nothing is read). */
export function useRisk(schoolId: string, pupilId: string, enabled = true) {
  return useLiveQuery<StoredRisk | null>(
    queryKeys.risk.current(schoolId, pupilId),
    enabled ? (onNext, onError) => subscribeToRisk(schoolId, pupilId, onNext, onError) : null,
  );
}
