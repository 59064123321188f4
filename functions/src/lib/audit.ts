import type { Transaction } from 'firebase-admin/firestore';
import { type AuditEntry, paths } from '../domain';
import { db } from './admin';
import { logs } from './logs';

/**
 * Writes an audit entry. With an `id` (e.g. the event id) a retried event writes the same
 * document again instead of a duplicate.
 */
export async function writeAudit(entry: AuditEntry, id?: string): Promise<void> {
  const collection = db.collection(paths.auditLog());
  await (id ? collection.doc(id) : collection.doc()).set(entry);
  logs.audit(entry.action, entry.schoolId ?? '-', entry.targetPath);
}

/** The same, inside the transaction that carries the audited change. */
export function auditIn(tx: Transaction, entry: AuditEntry): void {
  tx.set(db.collection(paths.auditLog()).doc(), entry);
  logs.audit(entry.action, entry.schoolId ?? '-', entry.targetPath);
}
