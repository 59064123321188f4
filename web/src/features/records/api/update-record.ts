import { useMutation, useQueryClient } from '@tanstack/react-query';
import { serverTimestamp, updateDoc } from 'firebase/firestore';
import type { RecordKind } from '@domain';
import { collections } from '@/lib/collections';
import { datesToTimestamps } from '@/lib/converters';
import { settleOrQueue, type SaveStatus } from '../lib/save-outcome';
import type { RecordDataByKind } from '../lib/types';
import { followPendingWrite, refreshRecords } from './create-record';

export type UpdateRecordInput<K extends RecordKind> = {
  schoolId: string;
  pupilId: string;
  kind: K;
  recordId: string;
  uid: string;
  data: RecordDataByKind[K];
};

/**
 * Replaces the record's fields and stamps updatedAt and updatedBy. The rest of the metadata is left out of the write on
 * purpose: re-sending createdAt through a Date would drop its microseconds, and the rules
 * refuse any change to it.
 */
export type AnyUpdateRecordInput = { [K in RecordKind]: UpdateRecordInput<K> }[RecordKind];

export function updateRecord<K extends RecordKind>(input: UpdateRecordInput<K>): Promise<void> {
  const ref = collections
    .record(input.schoolId, input.pupilId, input.kind, input.recordId)
    .withConverter(null);
  const fields = datesToTimestamps(input.data) as Record<string, unknown>;
  // The editor signs the change (the rules demand it): the audit log credits them, not the author.
  return updateDoc(ref, { ...fields, updatedAt: serverTimestamp(), updatedBy: input.uid });
}

export function useUpdateRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: async (input: AnyUpdateRecordInput): Promise<{ status: SaveStatus }> => {
      const committed = updateRecord(input);
      void refreshRecords(queryClient, input);
      const status = await settleOrQueue(committed);
      if (status === 'pending') {
        followPendingWrite(queryClient, committed, {
          uid: input.uid,
          schoolId: input.schoolId,
          pupilId: input.pupilId,
          kind: input.kind,
          recordId: input.recordId,
          action: 'update',
          data: input.data,
        });
      }
      return { status };
    },
    onSettled: (_result, _error, input) => refreshRecords(queryClient, input),
  });
}
