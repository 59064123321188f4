import { z } from 'zod';
import { idSchema, text } from './common';
import { roleSchema } from './roles';

/** `users/{uid}`: profile mirrored from the auth claims by functions; users never edit it. */
export const userProfileSchema = z.strictObject({
  displayName: text(120),
  email: z.email(),
  /** Null once the role is revoked: the account stays, with no access. */
  role: roleSchema.nullable(),
  schoolId: idSchema.nullable(),
  districtId: idSchema.nullable(),
  language: z.enum(['it', 'en']),
  /**
   * Bumped by functions whenever the role changes or is revoked; the same number travels in the
   * `rv` claim, and the rules refuse a token whose `rv` is not the current one. That makes a
   * revocation effective at the next request instead of when the ID token expires.
   */
  roleVersion: z.number().int().min(0),
});
export type UserProfile = z.infer<typeof userProfileSchema>;
