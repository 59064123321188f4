import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { revokeStaffInputSchema } from '@domain';
import { callFunction } from '@/lib/call-function';

const revokeStaffResultSchema = z.object({ revoked: z.literal(true) });

/** Revokes a colleague's role; functions also take them off classes and pupils. */
export function revokeStaff(uid: string): Promise<{ revoked: true }> {
  return callFunction(
    'revokeStaff',
    revokeStaffInputSchema.parse({ uid }),
    revokeStaffResultSchema,
  );
}

export function useRevokeStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ uid }: { uid: string; schoolId: string | null }) => revokeStaff(uid),
    // Staff list, class teachers and pupil assignments all change.
    onSuccess: (_result, { schoolId }) =>
      schoolId ? queryClient.invalidateQueries({ queryKey: ['schools', schoolId] }) : undefined,
  });
}
