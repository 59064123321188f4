import { useMutation, useQueryClient } from '@tanstack/react-query';
import { httpsCallable } from 'firebase/functions';
import type { SaveThresholdsInput } from '@domain';
import { functions } from '@/lib/functions';

export type SaveThresholdsResult = { calibrationId: string };

const saveThresholdsCallable = httpsCallable<SaveThresholdsInput, SaveThresholdsResult>(
  functions,
  'saveThresholds',
);

/**
 * Saves a threshold set as the school's, with the figures it reached (callable
 * `saveThresholds`, head only). A refusal is an HttpsError with the Italian message and
 * `details.en` (see lib/callable-error.ts).
 */
export async function saveThresholds(input: SaveThresholdsInput): Promise<SaveThresholdsResult> {
  return (await saveThresholdsCallable(input)).data;
}

/**
 * The school document is the only thing read once rather than followed (pupils' get-school,
 * key `['schools', schoolId]`): it is refreshed so the page compares around the saved set.
 * The last calibration is a live listener and needs nothing.
 */
export function useSaveThresholds(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveThresholds,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['schools', schoolId], exact: true }),
  });
}
