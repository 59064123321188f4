import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateDoc } from 'firebase/firestore';
import { collections } from '@/lib/collections';
import { schoolClassesQueryOptions } from './get-school-classes';

export type ClassStaffInput = {
  schoolId: string;
  classId: string;
  teacherUids: string[];
  coordinatorUid: string | null;
};

/** Sets who teaches and who coordinates a class; the rules check the whole class document. */
export function updateClassStaff(input: ClassStaffInput): Promise<void> {
  const ref = collections.schoolClass(input.schoolId, input.classId).withConverter(null);
  return updateDoc(ref, {
    teacherUids: input.teacherUids,
    coordinatorUid: input.coordinatorUid,
  });
}

export function useUpdateClassStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateClassStaff,
    onSuccess: (_result, input) =>
      queryClient.invalidateQueries({
        queryKey: schoolClassesQueryOptions(input.schoolId).queryKey,
      }),
  });
}
