import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { getDocs, query, where } from 'firebase/firestore';
import { respondToTransferInputSchema, type RespondToTransferInput } from '@domain';
import { collections, readDocuments, type WithId } from '@/lib/collections';
import type { TransferRequest } from '@domain';
import { callFunction } from '@/lib/call-function';

export type TransferRequestRecord = WithId<TransferRequest>;

/**
 * Transfer requests that concern the school: those it sent and those it received, newest
 * first. The rules let a head read only these (two queries, one per side).
 */
export async function getTransferRequests(schoolId: string): Promise<{
  incoming: TransferRequestRecord[];
  outgoing: TransferRequestRecord[];
}> {
  const [incoming, outgoing] = await Promise.all([
    getDocs(query(collections.transferRequests(), where('toSchoolId', '==', schoolId))),
    getDocs(query(collections.transferRequests(), where('fromSchoolId', '==', schoolId))),
  ]);
  const newestFirst = (a: TransferRequestRecord, b: TransferRequestRecord) =>
    b.requestedAt.getTime() - a.requestedAt.getTime();
  return {
    incoming: readDocuments(incoming).items.sort(newestFirst),
    outgoing: readDocuments(outgoing).items.sort(newestFirst),
  };
}

export const transferRequestsQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: ['schools', schoolId, 'transferRequests'],
    queryFn: () => getTransferRequests(schoolId),
  });

export function useTransferRequests(schoolId: string) {
  return useQuery(transferRequestsQueryOptions(schoolId));
}

const respondResultSchema = z.object({ requestId: z.string(), status: z.string().nullable() });

/** The receiving head accepts (the pupil and their records move here) or rejects. */
export function respondToTransfer(input: RespondToTransferInput) {
  return callFunction(
    'respondToTransfer',
    respondToTransferInputSchema.parse(input),
    respondResultSchema,
  );
}

export function useRespondToTransfer(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: respondToTransfer,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: transferRequestsQueryOptions(schoolId).queryKey,
        }),
        queryClient.invalidateQueries({ queryKey: ['schools', schoolId, 'pupils', 'all'] }),
      ]),
  });
}
