import { collection, limit, onSnapshot, orderBy, query } from 'firebase/firestore';
import { type Calibration, calibrationPaths, calibrationSchema } from '@domain';
import { readDocuments } from '@/lib/collections';
import { zodConverter } from '@/lib/converters';
import { db } from '@/lib/firestore';
import { useLiveQuery } from '@/lib/live-query';

const calibrationConverter = zodConverter(calibrationSchema);

export type SavedCalibration = Calibration & { id: string };

export const lastCalibrationKey = (schoolId: string) =>
  ['schools', schoolId, 'calibrations', 'last'] as const;

/** Follows the school's latest saved calibration (null before the first one). */
export function subscribeToLastCalibration(
  schoolId: string,
  onNext: (calibration: SavedCalibration | null) => void,
  onError: (error: unknown) => void,
): () => void {
  const latest = query(
    collection(db, calibrationPaths.calibrations(schoolId)).withConverter(calibrationConverter),
    orderBy('at', 'desc'),
    limit(1),
  );
  return onSnapshot(
    latest,
    (snapshot) => onNext(readDocuments(snapshot).items[0] ?? null),
    onError,
  );
}

/** The latest calibration, for the head and the referent (the only readers the rules allow). */
export function useLastCalibration(schoolId: string, enabled: boolean) {
  return useLiveQuery<SavedCalibration | null>(
    lastCalibrationKey(schoolId),
    enabled ? (onNext, onError) => subscribeToLastCalibration(schoolId, onNext, onError) : null,
  );
}
