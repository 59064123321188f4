import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pupilRefInputSchema, type PupilRefInput } from '@domain';
import { pupilExportSchema, type PupilExport } from '../lib/pupil-export';
import { callFunction } from '@/lib/call-function';

/** GDPR access request: every document held about the pupil (audited by the function). */
export function exportPupil(input: PupilRefInput): Promise<PupilExport> {
  return callFunction('exportPupil', pupilRefInputSchema.parse(input), pupilExportSchema);
}

/**
 * The print view reads the export the button just made from this key; opened on its own (a
 * reload) it asks for a new export, which is audited like any other. Never retried: each call
 * is an audited export.
 */
export const pupilExportQueryOptions = (input: PupilRefInput) =>
  queryOptions({
    queryKey: ['gdpr', 'export', input.schoolId, input.pupilId],
    queryFn: () => exportPupil(input),
    staleTime: Infinity,
    retry: false,
  });

export function usePupilExport(input: PupilRefInput) {
  return useQuery(pupilExportQueryOptions(input));
}

export function useExportPupil() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: exportPupil,
    onSuccess: (data, input) =>
      queryClient.setQueryData(pupilExportQueryOptions(input).queryKey, data),
  });
}
