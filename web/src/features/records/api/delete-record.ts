import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteDoc } from 'firebase/firestore';
import type { RecordKind } from '@domain';
import { collections } from '@/lib/collections';
import type { SaveStatus } from '../lib/save-outcome';
import { refreshRecords, settleRecordWrite } from './record-write';

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
      const write = { ...input, action: 'delete', data: null } as const;
      return { status: await settleRecordWrite(queryClient, deleteRecord(input), write) };
    },
    onSettled: (_result, _error, input) => refreshRecords(queryClient, input),
  });
}
