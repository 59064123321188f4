import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { inviteStaffInputSchema, type InviteStaffInput } from '@domain';
import { callFunction } from '@/lib/call-function';
import { staffQueryOptions } from './get-staff';

const inviteStaffResultSchema = z.object({
  uid: z.string(),
  email: z.string(),
  inviteExpiresAt: z.iso.datetime().transform((s) => new Date(s)),
});
export type InviteStaffResult = z.output<typeof inviteStaffResultSchema>;

/**
 * Creates the colleague's account with its role; Firebase Auth emails them the link to set a
 * password (the head never sees it).
 */
export function inviteStaff(input: InviteStaffInput): Promise<InviteStaffResult> {
  return callFunction('inviteStaff', inviteStaffInputSchema.parse(input), inviteStaffResultSchema);
}

/** Sends a never-used (e.g. expired) invitation again, with a new link and a new expiry. */
export function resendInvitation(uid: string): Promise<InviteStaffResult> {
  return callFunction('resendInvitation', { uid }, inviteStaffResultSchema);
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

export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ uid }: { uid: string; schoolId: string | null }) => resendInvitation(uid),
    onSuccess: (_result, { schoolId }) =>
      schoolId
        ? queryClient.invalidateQueries({ queryKey: staffQueryOptions(schoolId).queryKey })
        : undefined,
  });
}
