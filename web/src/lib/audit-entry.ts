import { z } from 'zod';
import { AUDIT_ACTIONS, idSchema, type AuditEntry } from '@domain';

/**
 * `auditLog/{entryId}` as functions write it. The domain declares only the `AuditEntry`
 * interface (functions build entries, they never parse them); the `satisfies` keeps this schema
 * from drifting away from it.
 */
export const auditEntrySchema = z.strictObject({
  at: z.date(),
  action: z.enum(AUDIT_ACTIONS),
  schoolId: idSchema.nullable(),
  pupilId: idSchema.nullable(),
  targetPath: z.string().min(1),
  actorUid: idSchema.nullable(),
  changedFields: z.array(z.string()),
}) satisfies z.ZodType<AuditEntry>;
