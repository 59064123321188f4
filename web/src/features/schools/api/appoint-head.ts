import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { inviteStaffInputSchema } from '@domain';
import { callFunction } from '@/lib/call-function';
import { queryKeys } from '@/lib/query-keys';

const appointResultSchema = z.object({ uid: z.string(), email: z.string() });

export type AppointHeadInput = { schoolId: string; email: string; displayName: string };

/**
 * Names a school's head through `inviteStaff`, which already lets the admin give any role in
 * any school: the account is created with the head role and Firebase Auth emails the link to
 * set a password (never returned here).
 */
export function appointHead(input: AppointHeadInput): Promise<{ uid: string; email: string }> {
  const payload = inviteStaffInputSchema.parse({
    email: input.email,
    displayName: input.displayName,
    role: 'head',
    schoolId: input.schoolId,
    districtId: null,
  });
  return callFunction('inviteStaff', payload, appointResultSchema);
}

export function useAppointHead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: appointHead,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.admin.heads(), exact: true }),
  });
}
