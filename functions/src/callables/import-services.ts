import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { canonicalJson, fromHsds, idSchema, paths } from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { toDomain } from '../lib/firestore-data';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';
import { logs } from '../lib/logs';

const NAME = 'importServices';

/** Writes per import: one transaction, so the whole file or nothing (Firestore: 500). */
export const MAX_IMPORT_ITEMS = 450;

export const importServicesInputSchema = z.strictObject({
  districtId: idSchema,
  /** The HSDS 3 JSON document (parsed), as exported by the services page or another tool. */
  hsds: z.unknown(),
});

/**
 * The Ambito coordinator loads a services directory from an HSDS 3 JSON file: every item is
 * checked with the domain schemas first; one bad item refuses the whole file with an Italian
 * message naming it, and nothing is written. Otherwise organisations and services are written
 * (created or replaced by id; others are left as they are) in one transaction with an audit
 * entry; items identical to what is stored are not rewritten, so importing an export again
 * changes nothing.
 */
export const importServices = onCall(async (request) => {
  const caller = await requireCaller(request, ['district'], NAME);
  const { districtId, hsds } = parseInput(importServicesInputSchema, request.data);
  if (caller.role !== 'district' || caller.districtId !== districtId) forbidden(NAME, caller.uid);
  const now = new Date();
  const result = fromHsds(hsds, now);
  if (!result.ok) {
    const shown = result.errors.slice(0, 5);
    const more = result.errors.length - shown.length;
    const list = (lang: 'it' | 'en') =>
      shown.map((e) => `${e.item}: ${e[lang]}`).join('; ') +
      (more > 0 ? (lang === 'it' ? ` e altri ${more}` : ` and ${more} more`) : '');
    logs.callableRefused(NAME, caller.uid, `invalid HSDS: ${result.errors.length} items`);
    throw new HttpsError(
      'invalid-argument',
      `File HSDS rifiutato, nulla è stato importato. ${list('it')}`,
      { en: `HSDS file refused, nothing was imported. ${list('en')}`, errors: result.errors },
    );
  }
  const { organizations, services } = result.directory;
  if (organizations.length + services.length > MAX_IMPORT_ITEMS) {
    refuse(
      'failed-precondition',
      {
        it: `Il file ha ${organizations.length + services.length} elementi: al massimo ${MAX_IMPORT_ITEMS} per importazione.`,
        en: `The file has ${organizations.length + services.length} items: at most ${MAX_IMPORT_ITEMS} per import.`,
      },
      NAME,
      caller.uid,
    );
  }
  const writes = [
    ...organizations.map((o) => ({
      ref: db.doc(paths.organization(districtId, o.id)),
      data: o.data,
    })),
    ...services.map((s) => ({ ref: db.doc(paths.service(districtId, s.id)), data: s.data })),
  ];
  return db.runTransaction(async (tx) => {
    const current = writes.length > 0 ? await tx.getAll(...writes.map((w) => w.ref)) : [];
    let changed = 0;
    writes.forEach((w, i) => {
      const stored = current[i];
      if (stored?.exists && canonicalJson(toDomain(stored.data())) === canonicalJson(w.data))
        return;
      changed += 1;
      tx.set(w.ref, w.data);
    });
    if (changed > 0) {
      auditIn(tx, {
        at: now,
        action: 'directoryImported',
        schoolId: null,
        pupilId: null,
        targetPath: paths.services(districtId),
        actorUid: caller.uid,
        changedFields: [],
      });
    }
    return { organizations: organizations.length, services: services.length, changed };
  });
});
