import { z } from 'zod';
import { dateSchema, idSchema, text } from './common';
import { roleSchema } from './roles';

/** `users/{uid}`: profile mirrored from the auth claims by functions; users never edit it. */
export const userProfileSchema = z.strictObject({
  displayName: text(120),
  email: z.email(),
  /** Null once the role is revoked: the account stays, with no access. */
  role: roleSchema.nullable(),
  schoolId: idSchema.nullable(),
  districtId: idSchema.nullable(),
  /** Operators: the organisation of the Ambito's services directory they work for. */
  organizationId: idSchema.nullable().optional(),
  /** Region accounts: the region whose Ambiti they read (aggregates only). */
  regionId: idSchema.nullable().optional(),
  language: z.enum(['it', 'en']),
  /**
   * Bumped by functions whenever the role changes or is revoked; the same number travels in the
   * `rv` claim, and the rules refuse a token whose `rv` is not the current one. That makes a
   * revocation effective at the next request instead of when the ID token expires.
   */
  roleVersion: z.number().int().min(0),
  /**
   * Set by `inviteStaff` (and a re-send): until the invitee first signs in, the invitation can
   * be completed only before `inviteExpiresAt`; afterwards the account is disabled and the
   * head re-sends it. Absent on accounts that were not invited (seeded, bootstrapped).
   */
  invitedAt: dateSchema.nullable().optional(),
  inviteExpiresAt: dateSchema.nullable().optional(),
});
export type UserProfile = z.infer<typeof userProfileSchema>;

/** How long an invitation can be completed. */
export const INVITATION_DAYS = 7;

export type InvitationState = 'none' | 'pending' | 'expired' | 'accepted';

/**
 * Where an invitation stands: `accepted` once the invitee has signed in, `expired` when it was
 * never used and its time ran out (the head may re-send it), `none` for accounts never invited.
 */
export function invitationState(
  profile: Pick<UserProfile, 'inviteExpiresAt'>,
  signedInOnce: boolean,
  now: Date,
): InvitationState {
  if (!profile.inviteExpiresAt) return 'none';
  if (signedInOnce) return 'accepted';
  return profile.inviteExpiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

/** The expiry of an invitation sent at `sentAt`. */
export function invitationExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}
