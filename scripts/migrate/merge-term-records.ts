// One-off: one term record per pupil, school year and term.
//   tsx scripts/migrate/merge-term-records.ts [--dry-run] [--move-singles] [--project <id>]
// Before term records had an id per term ("2025-26-t1"), saving the form twice for one term
// left two records. For every pupil with such a term this keeps the latest saved (updatedAt,
// else createdAt, else the document's update time), writes it at the term's id and deletes the
// others, in one transaction per pupil. The deleted and replaced documents are first copied to
// a local NDJSON file. --move-singles also moves a term's only record to the term's id when it
// sits at an id of its own. Running it again finds nothing to do.
// Against the emulators when FIRESTORE_EMULATOR_HOST is set; otherwise against the real project
// named by --project (Application Default Credentials), and only then.
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { initializeApp } from 'firebase-admin/app';
import {
  type DocumentReference,
  type DocumentSnapshot,
  Timestamp,
  getFirestore,
} from 'firebase-admin/firestore';
import {
  type TermRecordDoc,
  type TermRecordPlan,
  planTermRecordMerges,
} from './term-record-merges';

const { values } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    'move-singles': { type: 'boolean', default: false },
    project: { type: 'string' },
  },
});
const dryRun = values['dry-run'];
const moveSingles = values['move-singles'];

const emulator = process.env.FIRESTORE_EMULATOR_HOST;
const projectId = emulator
  ? (values.project ?? process.env.GCLOUD_PROJECT ?? 'demo-percorsi')
  : values.project;
if (!projectId) {
  console.error(
    'migrate:term-records: set FIRESTORE_EMULATOR_HOST (emulators) or pass --project <id> ' +
      '(a real project, with Application Default Credentials).',
  );
  process.exit(1);
}
const db = getFirestore(initializeApp({ projectId }));
console.log(
  `Term records of ${projectId} (${emulator ? `emulator ${emulator}` : 'real project'})` +
    `${dryRun ? ', dry run: nothing is written' : ''}.`,
);

type Stored = TermRecordDoc & { snapshot: DocumentSnapshot };

const dateOf = (value: unknown): Date | null =>
  value instanceof Timestamp ? value.toDate() : null;

function storedOf(snapshot: DocumentSnapshot): Stored {
  return {
    id: snapshot.id,
    schoolYear: snapshot.get('schoolYear') as unknown,
    term: snapshot.get('term') as unknown,
    updatedAt: dateOf(snapshot.get('updatedAt')),
    createdAt: dateOf(snapshot.get('createdAt')),
    writtenAt: snapshot.updateTime?.toDate() ?? null,
    snapshot,
  };
}

/** JSON for a backup line: Timestamps as ISO strings. */
function plainData(snapshot: DocumentSnapshot): unknown {
  return JSON.parse(
    JSON.stringify(snapshot.data() ?? {}, (_key, value: unknown) =>
      value instanceof Timestamp ? value.toDate().toISOString() : value,
    ),
  );
}

function describePlan(pupil: DocumentReference, plan: TermRecordPlan<Stored>): void {
  for (const merge of plan.merges) {
    const saved = (merge.keep.updatedAt ?? merge.keep.createdAt ?? merge.keep.writtenAt)
      ?.toISOString()
      .slice(0, 10);
    console.log(
      `  ${pupil.path} ${merge.termId}: ${merge.found} record(s), keeps ${merge.keep.id} ` +
        `(saved ${saved ?? '?'})` +
        (merge.writeKept
          ? ` at ${merge.termId}${merge.replacesTermId ? ' (replacing it)' : ''}`
          : '') +
        ', deletes ' +
        `${merge.deleteIds.join(', ') || 'none'}`,
    );
  }
  for (const doc of plan.unreadable) {
    console.log(`  ${pupil.path}: ${doc.id} skipped (school year or term unreadable)`);
  }
}

// Every term record, grouped by pupil: only pupils with something to do get a transaction.
const all = await db.collectionGroup('termRecords').get();
const byPupil = new Map<string, { pupil: DocumentReference; docs: Stored[] }>();
for (const snapshot of all.docs) {
  const pupil = snapshot.ref.parent.parent;
  if (!pupil) continue;
  const entry = byPupil.get(pupil.path) ?? { pupil, docs: [] };
  entry.docs.push(storedOf(snapshot));
  byPupil.set(pupil.path, entry);
}

const backupFile = `term-records-removed-${new Date().toISOString().replace(/[:.]/g, '-')}.ndjson`;

/**
 * Merges one pupil's terms in a transaction, planned again on what is stored at that moment.
 * The documents deleted or replaced are copied to the backup file before the commit (a retried
 * attempt may copy one twice; a backup line too many is harmless, a lost record is not).
 */
function mergePupil(pupil: DocumentReference): Promise<TermRecordPlan<Stored>> {
  const records = pupil.collection('termRecords');
  return db.runTransaction(async (tx) => {
    const current = (await tx.get(records)).docs.map(storedOf);
    const plan = planTermRecordMerges(current, { moveSingles });
    const backUp = (id: string) => {
      const removed = current.find((d) => d.id === id);
      if (!removed) return;
      const line = { path: removed.snapshot.ref.path, data: plainData(removed.snapshot) };
      appendFileSync(backupFile, `${JSON.stringify(line)}\n`);
    };
    for (const merge of plan.merges) {
      if (merge.replacesTermId) backUp(merge.termId);
      if (merge.writeKept) tx.set(records.doc(merge.termId), merge.keep.snapshot.data() ?? {});
      for (const id of merge.deleteIds) {
        backUp(id);
        tx.delete(records.doc(id));
      }
    }
    return plan;
  });
}

const totals = { pupils: 0, terms: 0, written: 0, deleted: 0, singlesLeft: 0, unreadable: 0 };
for (const { pupil, docs } of byPupil.values()) {
  const preview = planTermRecordMerges(docs, { moveSingles });
  totals.unreadable += preview.unreadable.length;
  if (!moveSingles) totals.singlesLeft += preview.singlesElsewhere;
  if (preview.merges.length === 0) continue;
  const plan = dryRun ? preview : await mergePupil(pupil);
  describePlan(pupil, plan);
  if (plan.merges.length === 0) continue;
  totals.pupils += 1;
  totals.terms += plan.merges.length;
  totals.written += plan.merges.filter((m) => m.writeKept).length;
  totals.deleted += plan.merges.reduce((sum, m) => sum + m.deleteIds.length, 0);
}

console.log(
  `\n${dryRun ? 'Would change' : 'Changed'}: ${totals.terms} term(s) of ${totals.pupils} ` +
    `pupil(s) (${all.size} term records read): ${totals.written} written at the term's id, ` +
    `${totals.deleted} deleted.`,
);
if (totals.deleted > 0 && !dryRun) {
  console.log(`Deleted and replaced documents copied to ${backupFile}.`);
}
if (totals.singlesLeft > 0) {
  console.log(
    `${totals.singlesLeft} term(s) have one record at an id of its own: left as they are ` +
      '(the app finds them by school year and term); --move-singles moves them.',
  );
}
if (totals.unreadable > 0) {
  console.log(`${totals.unreadable} record(s) skipped: school year or term unreadable.`);
}
if (totals.terms === 0) console.log('Nothing to do: every term has one record.');
process.exit(0);
