import type { QueryClient } from '@tanstack/react-query';
import type { PupilRefInput } from '@domain';

/**
 * After an erasure or a transfer the school no longer holds the pupil. Everything of the school
 * is marked stale without refetching now (the pupil page is still on screen and its read would
 * fail); the list the user is sent to refetches when it mounts. The export is dropped at once.
 */
export async function forgetPupil(queryClient: QueryClient, input: PupilRefInput): Promise<void> {
  queryClient.removeQueries({ queryKey: ['gdpr', 'export', input.schoolId, input.pupilId] });
  await queryClient.invalidateQueries({
    queryKey: ['schools', input.schoolId],
    refetchType: 'none',
  });
}
