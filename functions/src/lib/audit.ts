import type { Transaction } from 'firebase-admin/firestore';
import { type AuditEntry, auditEntrySchema, paths } from '../domain';
import { db } from './admin';
import { logs } from './logs';

// Every audit entry passes the domain schema the head's audit page reads with. The actor is
// always a person (the caller of a callable, the author a document names) or null for the
// system, never the emulator's stand-in author.

/**
 * Writes an audit entry. With an `id` (e.g. the event id) a retried event writes the same
 * document again instead of a duplicate.
 */
export async function writeAudit(entry: AuditEntry, id?: string): Promise<void> {
  const checked = auditEntrySchema.parse(entry);
  const collection = db.collection(paths.auditLog());
  await (id ? collection.doc(id) : collection.doc()).set(checked);
  logs.audit(checked.action, checked.schoolId ?? '-', checked.targetPath);
}

/** The same, inside the transaction that carries the audited change. */
export function auditIn(tx: Transaction, entry: AuditEntry, id?: string): void {
  const checked = auditEntrySchema.parse(entry);
  const collection = db.collection(paths.auditLog());
  tx.set(id ? collection.doc(id) : collection.doc(), checked);
  logs.audit(checked.action, checked.schoolId ?? '-', checked.targetPath);
}
