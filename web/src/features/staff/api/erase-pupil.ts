import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { pupilRefInputSchema, type PupilRefInput } from '@domain';
import { callFunction } from '@/lib/call-function';
import { forgetPupil } from './forget-pupil';

const erasePupilResultSchema = z.object({ deleted: z.number() });

/** GDPR erasure: the pupil and every record under them. */
export function erasePupil(input: PupilRefInput): Promise<{ deleted: number }> {
  return callFunction('erasePupil', pupilRefInputSchema.parse(input), erasePupilResultSchema);
}

export function useErasePupil() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: erasePupil,
    onSuccess: (_result, input) => forgetPupil(queryClient, input),
  });
}
