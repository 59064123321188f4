import { z } from 'zod';
import { idSchema } from './common';

export const pupilRefInputSchema = z.strictObject({ schoolId: idSchema, pupilId: idSchema });
export type PupilRefInput = z.infer<typeof pupilRefInputSchema>;

export const transferPupilInputSchema = z.strictObject({
  schoolId: idSchema,
  pupilId: idSchema,
  toSchoolId: idSchema,
  /** Usually left out: the sender cannot see the other school's classes; its head chooses. */
  toClassId: idSchema.optional(),
});
export type TransferPupilInput = z.infer<typeof transferPupilInputSchema>;
