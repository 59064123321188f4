import { z } from 'zod';
import { idSchema } from './common';

export const pupilRefInputSchema = z.strictObject({ schoolId: idSchema, pupilId: idSchema });
export type PupilRefInput = z.infer<typeof pupilRefInputSchema>;

export const transferPupilInputSchema = z.strictObject({
  schoolId: idSchema,
  pupilId: idSchema,
  toSchoolId: idSchema,
  toClassId: idSchema,
});
export type TransferPupilInput = z.infer<typeof transferPupilInputSchema>;

/** Audit entries: who, when, what, which fields changed; never the values. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'roleGranted',
  'roleRevoked',
  'pupilExported',
  'pupilErased',
  'pupilTransferredOut',
  'pupilTransferredIn',
  'flagReviewed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  at: Date;
  action: AuditAction;
  schoolId: string | null;
  /** Opaque ids only: the audit log holds no names or values. */
  pupilId: string | null;
  targetPath: string;
  actorUid: string | null;
  changedFields: string[];
}
