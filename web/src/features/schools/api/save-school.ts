import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { createSchoolInputSchema, updateSchoolInputSchema, type School } from '@domain';
import { callFunction } from '@/lib/call-function';
import { queryKeys } from '@/lib/query-keys';

const createResultSchema = z.object({ schoolId: z.string() });
const updateResultSchema = z.object({ schoolId: z.string(), changedFields: z.array(z.string()) });

/** `createSchool`: the new school's id. */
export function createSchool(school: School): Promise<{ schoolId: string }> {
  return callFunction('createSchool', createSchoolInputSchema.parse(school), createResultSchema);
}

/** `updateSchool`: replaces the school's data; returns the fields that changed. */
export function updateSchool(
  schoolId: string,
  school: School,
): Promise<{ schoolId: string; changedFields: string[] }> {
  return callFunction(
    'updateSchool',
    updateSchoolInputSchema.parse({ schoolId, school }),
    updateResultSchema,
  );
}

/** Creates (no id) or updates a school, then refreshes the list and that school. */
export function useSaveSchool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ schoolId, school }: { schoolId: string | null; school: School }) =>
      schoolId ? updateSchool(schoolId, school) : createSchool(school),
    onSuccess: async ({ schoolId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.admin.schools(), exact: true }),
        queryClient.invalidateQueries({ queryKey: ['schools', schoolId], exact: true }),
      ]);
    },
  });
}
