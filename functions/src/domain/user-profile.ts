import { z } from 'zod';
import { idSchema, text } from './common';
import { roleSchema } from './roles';

/** `users/{uid}`: profile mirrored from the auth claims by functions; users never edit it. */
export const userProfileSchema = z.object({
  displayName: text(120),
  email: z.email(),
  role: roleSchema,
  schoolId: idSchema.nullable(),
  districtId: idSchema.nullable(),
  language: z.enum(['it', 'en']),
});
export type UserProfile = z.infer<typeof userProfileSchema>;
