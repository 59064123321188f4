import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { transferPupilInputSchema, type TransferPupilInput } from '@domain';
import { callFunction } from './call-function';
import { forgetPupil } from './forget-pupil';

const transferPupilResultSchema = z.object({ schoolId: z.string(), pupilId: z.string() });

/** Moves the pupil and their records to another school, which becomes their owner. */
export function transferPupil(
  input: TransferPupilInput,
): Promise<{ schoolId: string; pupilId: string }> {
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
    onSuccess: (_result, input) => forgetPupil(queryClient, input),
  });
}
