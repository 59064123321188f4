import { useMutation, useQueryClient } from '@tanstack/react-query';
import { serverTimestamp, updateDoc } from 'firebase/firestore';
import { collections } from '@/lib/collections';

export type PupilAssignmentsInput = {
  schoolId: string;
  pupilId: string;
  assignedUids: string[];
};

/** Sets the L2 teachers, educators and mediators who follow a pupil. */
export function updatePupilAssignments(input: PupilAssignmentsInput): Promise<void> {
  const ref = collections.pupil(input.schoolId, input.pupilId).withConverter(null);
  // The rules require the server's time on every pupil update.
  return updateDoc(ref, { assignedUids: input.assignedUids, updatedAt: serverTimestamp() });
}

export function useUpdatePupilAssignments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePupilAssignments,
    onSuccess: async (_result, input) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['schools', input.schoolId, 'pupils'] }),
        queryClient.invalidateQueries({
          queryKey: ['schools', input.schoolId, 'pupil', input.pupilId],
        }),
      ]);
    },
  });
}
