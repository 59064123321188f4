import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { doc, serverTimestamp, setDoc, type WithFieldValue } from 'firebase/firestore';
import type { RecordKind } from '@domain';
import { collections, type StoredRecordByKind } from '@/lib/collections';
import { lateFailures } from '../lib/late-failures';
import { saveErrorKey, settleOrQueue, type SaveStatus } from '../lib/save-outcome';
import type { RecordDataByKind } from '../lib/types';
import { recordsQueryKey } from './get-records';

export type CreateRecordInput<K extends RecordKind> = {
  schoolId: string;
  pupilId: string;
  kind: K;
  /** The author: the rules require createdBy to be the caller. */
  uid: string;
  data: RecordDataByKind[K];
};

/**
 * Starts the write and returns at once with the new id: the id is made on the device, so the
 * record exists locally (and in the persistent cache) before the server has answered.
 */
/** A create input of any kind (a mutation takes one variables type). */
export type AnyCreateRecordInput = { [K in RecordKind]: CreateRecordInput<K> }[RecordKind];

export function createRecord<K extends RecordKind>(
  input: CreateRecordInput<K>,
): { id: string; committed: Promise<void> } {
  const ref = doc(collections.records(input.schoolId, input.pupilId, input.kind));
  // Server timestamps: the rules demand createdAt == updatedAt == request.time.
  const stored = {
    ...input.data,
    schoolId: input.schoolId,
    pupilId: input.pupilId,
    createdBy: input.uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  } as WithFieldValue<StoredRecordByKind[K]>;
  return { id: ref.id, committed: setDoc(ref, stored) };
}

/** Refreshes what shows records: the pupil's list of that kind and every class view. */
export function refreshRecords(
  queryClient: QueryClient,
  input: { schoolId: string; pupilId: string; kind: RecordKind },
): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: recordsQueryKey(input.schoolId, input.pupilId, input.kind),
    }),
    queryClient.invalidateQueries({ queryKey: ['schools', input.schoolId, 'classOverview'] }),
  ]).then(() => undefined);
}

/**
 * A save that was kept on the device reports its outcome later: success refreshes the lists
 * (the record loses its "pending" mark), a refusal is listed on the pupil page with what was
 * typed.
 */
export function followPendingWrite(
  queryClient: QueryClient,
  committed: Promise<void>,
  failure: Omit<Parameters<typeof lateFailures.report>[0], 'errorKey'>,
): void {
  committed.then(
    () => void refreshRecords(queryClient, failure),
    (error: unknown) => {
      lateFailures.report({ ...failure, errorKey: saveErrorKey(error) });
      void refreshRecords(queryClient, failure);
    },
  );
}

export function useCreateRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    // Offline the write goes to the local cache; a paused mutation would never reach it.
    networkMode: 'always',
    mutationFn: async (
      input: AnyCreateRecordInput,
    ): Promise<{ id: string; status: SaveStatus }> => {
      const { id, committed } = createRecord(input);
      // Lists refresh now, so a record kept on the device shows at once, marked pending.
      void refreshRecords(queryClient, input);
      const status = await settleOrQueue(committed);
      if (status === 'pending') {
        followPendingWrite(queryClient, committed, {
          uid: input.uid,
          schoolId: input.schoolId,
          pupilId: input.pupilId,
          kind: input.kind,
          recordId: null,
          action: 'create',
          data: input.data,
        });
      }
      return { id, status };
    },
    onSettled: (_result, _error, input) => refreshRecords(queryClient, input),
  });
}
