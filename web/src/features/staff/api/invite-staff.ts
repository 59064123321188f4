import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { inviteStaffInputSchema, type InviteStaffInput } from '@domain';
import { callFunction } from './call-function';
import { staffQueryOptions } from './get-staff';

const inviteStaffResultSchema = z.object({ uid: z.string(), passwordSetupLink: z.string() });
export type InviteStaffResult = z.infer<typeof inviteStaffResultSchema>;

/** Creates the colleague's account with its role; returns the link to set a password. */
export function inviteStaff(input: InviteStaffInput): Promise<InviteStaffResult> {
  return callFunction('inviteStaff', inviteStaffInputSchema.parse(input), inviteStaffResultSchema);
}

export function useInviteStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteStaff,
    onSuccess: (_result, input) =>
      input.schoolId
        ? queryClient.invalidateQueries({ queryKey: staffQueryOptions(input.schoolId).queryKey })
        : undefined,
  });
}
