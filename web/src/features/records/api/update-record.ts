import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateDoc } from 'firebase/firestore';
import type { RecordKind } from '@domain';
import { collections } from '@/lib/collections';
import { datesToTimestamps } from '@/lib/converters';
import { editStamp } from '@/lib/pupil-record-stamps';
import type { SaveStatus } from '../lib/save-outcome';
import type { RecordDataByKind } from '../lib/types';
import { refreshRecords, settleRecordWrite } from './record-write';

export type UpdateRecordInput<K extends RecordKind> = {
  schoolId: string;
  pupilId: string;
  kind: K;
  recordId: string;
  uid: string;
  data: RecordDataByKind[K];
};

export type AnyUpdateRecordInput = { [K in RecordKind]: UpdateRecordInput<K> }[RecordKind];

/**
 * Replaces the record's fields and stamps updatedAt and updatedBy. The rest of the metadata is
 * left out of the write on purpose: re-sending createdAt through a Date would drop its
 * microseconds, and the rules refuse any change to it.
 */
export function updateRecord<K extends RecordKind>(input: UpdateRecordInput<K>): Promise<void> {
  const ref = collections
    .record(input.schoolId, input.pupilId, input.kind, input.recordId)
    .withConverter(null);
  const fields = datesToTimestamps(input.data) as Record<string, unknown>;
  return updateDoc(ref, { ...fields, ...editStamp(input.uid) });
}

export function useUpdateRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: async (input: AnyUpdateRecordInput): Promise<{ status: SaveStatus }> => {
      const write = { ...input, action: 'update' } as const;
      return { status: await settleRecordWrite(queryClient, updateRecord(input), write) };
    },
    onSettled: (_result, _error, input) => refreshRecords(queryClient, input),
  });
}
