import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { transferPupilInputSchema, type TransferPupilInput } from '@domain';
import { callFunction } from '@/lib/call-function';
import { transferRequestsQueryOptions } from './get-transfer-requests';

const transferPupilResultSchema = z.object({
  requestId: z.string(),
  status: z.literal('requested'),
});

/**
 * Asks the destination school to take the pupil: their head accepts (then the pupil and their
 * records move, and this school loses them) or rejects.
 */
export function transferPupil(
  input: TransferPupilInput,
): Promise<z.output<typeof transferPupilResultSchema>> {
  return callFunction(
    'transferPupil',
    transferPupilInputSchema.parse(input),
    transferPupilResultSchema,
  );
}

export function useTransferPupil() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transferPupil,
    onSuccess: (_result, input) =>
      queryClient.invalidateQueries({
        queryKey: transferRequestsQueryOptions(input.schoolId).queryKey,
      }),
  });
}
