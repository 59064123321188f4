import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { setStaffRoleInputSchema, type SetStaffRoleInput } from '@domain';
import { callFunction } from '@/lib/call-function';
import { staffQueryOptions } from './get-staff';

const setStaffRoleResultSchema = z.object({ roleVersion: z.number() });

/** Gives a colleague another role (a revoked one gets a role back the same way). */
export function setStaffRole(input: SetStaffRoleInput): Promise<{ roleVersion: number }> {
  return callFunction(
    'setStaffRole',
    setStaffRoleInputSchema.parse(input),
    setStaffRoleResultSchema,
  );
}

export function useSetStaffRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setStaffRole,
    onSuccess: (_result, input) =>
      input.schoolId
        ? queryClient.invalidateQueries({ queryKey: staffQueryOptions(input.schoolId).queryKey })
        : undefined,
  });
}
