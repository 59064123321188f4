import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteDoc } from 'firebase/firestore';
import type { RecordKind } from '@domain';
import { collections } from '@/lib/collections';
import { settleOrQueue, type SaveStatus } from '../lib/save-outcome';
import { followPendingWrite, refreshRecords } from './create-record';

export type DeleteRecordInput = {
  schoolId: string;
  pupilId: string;
  kind: RecordKind;
  recordId: string;
  uid: string;
};

export function deleteRecord(input: DeleteRecordInput): Promise<void> {
  return deleteDoc(collections.record(input.schoolId, input.pupilId, input.kind, input.recordId));
}

export function useDeleteRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: async (input: DeleteRecordInput): Promise<{ status: SaveStatus }> => {
      const committed = deleteRecord(input);
      void refreshRecords(queryClient, input);
      const status = await settleOrQueue(committed);
      if (status === 'pending') {
        followPendingWrite(queryClient, committed, { ...input, action: 'delete', data: null });
      }
      return { status };
    },
    onSettled: (_result, _error, input) => refreshRecords(queryClient, input),
  });
}
