import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { z } from 'zod';
import {
  type DistrictOrientationStats,
  ORIENTATION_STATS_ID,
  type OrientationRecord,
  type SchoolOrientationStats,
  type StoredOrientation,
  type Transition,
  type ConfirmTransitionInput,
  districtOrientationStatsSchema,
  orientationDocId,
  paths,
  schoolOrientationStatsSchema,
  storedOrientationSchema,
  transitionSchema,
} from '@domain';
import { callFunction } from '@/lib/call-function';
import { datesToTimestamps, zodConverter } from '@/lib/converters';
import { db } from '@/lib/firestore';

// Orientation (issue 14): a pupil's record per school year, the aggregates of the steering
// check, and the transitions (handover sheets) between schools.

const orientationConverter = zodConverter(storedOrientationSchema);
const transitionConverter = zodConverter(transitionSchema);

export const orientationKeys = {
  record: (schoolId: string, pupilId: string, schoolYear: string) =>
    ['schools', schoolId, 'pupil', pupilId, 'orientation', schoolYear] as const,
  schoolStats: (schoolId: string) => ['schools', schoolId, 'stats', 'orientation'] as const,
  districtStats: (districtId: string) => ['districts', districtId, 'stats', 'orientation'] as const,
  transitions: (schoolId: string, side: 'from' | 'to') => ['transitions', schoolId, side] as const,
  transition: (id: string) => ['transitions', 'one', id] as const,
};

export async function getOrientation(
  schoolId: string,
  pupilId: string,
  schoolYear: string,
): Promise<StoredOrientation | null> {
  const ref = doc(
    db,
    paths.orientationRecord(schoolId, pupilId, orientationDocId(schoolYear)),
  ).withConverter(orientationConverter);
  return (await getDoc(ref)).data() ?? null;
}

export const orientationQueryOptions = (schoolId: string, pupilId: string, schoolYear: string) =>
  queryOptions({
    queryKey: orientationKeys.record(schoolId, pupilId, schoolYear),
    queryFn: () => getOrientation(schoolId, pupilId, schoolYear),
  });

export function useOrientation(schoolId: string, pupilId: string, schoolYear: string) {
  return useQuery(orientationQueryOptions(schoolId, pupilId, schoolYear));
}

export type SaveOrientationInput = {
  schoolId: string;
  pupilId: string;
  uid: string;
  record: OrientationRecord;
  /** The record exists already: an update keeps its creation metadata. */
  exists: boolean;
};

/** Creates the year's record at its id, or replaces its fields (the rules check both). */
export async function saveOrientation(input: SaveOrientationInput): Promise<void> {
  const ref = doc(
    db,
    paths.orientationRecord(
      input.schoolId,
      input.pupilId,
      orientationDocId(input.record.schoolYear),
    ),
  );
  const fields = datesToTimestamps(input.record) as Record<string, unknown>;
  if (input.exists) {
    await updateDoc(ref, { ...fields, updatedAt: serverTimestamp(), updatedBy: input.uid });
    return;
  }
  await setDoc(ref, {
    ...fields,
    schoolId: input.schoolId,
    pupilId: input.pupilId,
    createdBy: input.uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: input.uid,
  });
}

export function useSaveOrientation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveOrientation,
    onSuccess: (_r, input) =>
      queryClient.invalidateQueries({
        queryKey: orientationKeys.record(input.schoolId, input.pupilId, input.record.schoolYear),
      }),
  });
}

export function useSchoolOrientationStats(schoolId: string) {
  return useQuery({
    queryKey: orientationKeys.schoolStats(schoolId),
    queryFn: async (): Promise<SchoolOrientationStats | null> => {
      const ref = doc(db, `${paths.schoolStats(schoolId)}/${ORIENTATION_STATS_ID}`).withConverter(
        zodConverter(schoolOrientationStatsSchema),
      );
      return (await getDoc(ref)).data() ?? null;
    },
  });
}

export function useDistrictOrientationStats(districtId: string) {
  return useQuery({
    queryKey: orientationKeys.districtStats(districtId),
    queryFn: async (): Promise<DistrictOrientationStats | null> => {
      const ref = doc(
        db,
        `${paths.districtStats(districtId)}/${ORIENTATION_STATS_ID}`,
      ).withConverter(zodConverter(districtOrientationStatsSchema));
      return (await getDoc(ref)).data() ?? null;
    },
  });
}

export type TransitionEntry = Transition & { id: string };

/** The school's transitions: pupils who left it (`from`) or came to it (`to`). */
export function useTransitions(schoolId: string, side: 'from' | 'to') {
  return useQuery({
    queryKey: orientationKeys.transitions(schoolId, side),
    queryFn: async (): Promise<TransitionEntry[]> => {
      const field = side === 'from' ? 'fromSchoolId' : 'toSchoolId';
      const snap = await getDocs(
        query(collection(db, paths.transitions()), where(field, '==', schoolId)).withConverter(
          transitionConverter,
        ),
      );
      return snap.docs
        .map((d) => ({ ...d.data(), id: d.id }))
        .sort((a, b) => a.checkDue.getTime() - b.checkDue.getTime());
    },
  });
}

export function useTransition(transitionId: string) {
  return useQuery({
    queryKey: orientationKeys.transition(transitionId),
    queryFn: async (): Promise<TransitionEntry | null> => {
      const snap = await getDoc(
        doc(db, paths.transition(transitionId)).withConverter(transitionConverter),
      );
      const data = snap.data();
      return data ? { ...data, id: snap.id } : null;
    },
  });
}

export function useConfirmTransition(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConfirmTransitionInput) =>
      callFunction('confirmTransition', input, z.object({ status: z.string() })),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: orientationKeys.transitions(schoolId, 'to') }),
  });
}
