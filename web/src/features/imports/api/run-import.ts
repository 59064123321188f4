import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Timestamp,
  doc,
  getDocs,
  serverTimestamp,
  setDoc,
  updateDoc,
  type WithFieldValue,
} from 'firebase/firestore';
import {
  termRecordId,
  termRecordToKeep,
  type Pupil,
  type SavedTermRecord,
  type TermRecord,
} from '@domain';
import { collections, type StoredRecordByKind } from '@/lib/collections';
import { InvalidDocumentError } from '@/lib/invalid-document-error';
import { errorCode } from '@/lib/errors';
import { creationStamp, editStamp } from '@/lib/pupil-record-stamps';
import { type PupilImportItem, type PupilRow, planPupilImport } from '../lib/pupils';
import { type StoredTermRecord, type TermRow, planTermImport } from '../lib/term-records';
import { getImportContext } from './get-import-context';

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows the server refused, with the Firestore error code. */
  failed: { line: number; code: string }[];
}

export interface ImportActor {
  schoolId: string;
  uid: string;
}

type Progress = (done: number, total: number) => void;

/** Runs the writes one at a time so the progress bar moves and a refusal names its line. */
async function runAll<T extends { line: number; action: string }>(
  items: T[],
  write: (item: T) => Promise<void>,
  onProgress: Progress,
): Promise<ImportSummary> {
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, failed: [] };
  onProgress(0, items.length);
  for (const [index, item] of items.entries()) {
    try {
      if (item.action !== 'unchanged') await write(item);
      if (item.action === 'create') summary.created += 1;
      else if (item.action === 'update') summary.updated += 1;
      else summary.unchanged += 1;
    } catch (error) {
      summary.failed.push({ line: item.line, code: errorCode(error) ?? 'unknown' });
    }
    onProgress(index + 1, items.length);
  }
  return summary;
}

function writePupil(actor: ImportActor, item: PupilImportItem): Promise<void> {
  if (item.action === 'create') {
    const ref = doc(collections.pupils(actor.schoolId));
    // Server timestamps: the rules demand createdAt == updatedAt == request.time.
    const data = {
      ...item.intake,
      schoolId: actor.schoolId,
      assignedUids: [],
      createdBy: actor.uid,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    } as WithFieldValue<Pupil>;
    return setDoc(ref, data);
  }
  if (item.action === 'update') {
    return updateDoc(collections.pupil(actor.schoolId, item.pupilId), {
      ...item.changes,
      updatedAt: serverTimestamp(),
    });
  }
  return Promise.resolve();
}

/** Imports the valid pupil rows: creates new pupils, updates known ones that changed. */
export async function importPupils(
  actor: ImportActor,
  rows: PupilRow[],
  onProgress: Progress,
): Promise<ImportSummary> {
  // The stored pupils are read again now, not taken from the preview's cache: what exists at
  // the moment of writing decides create or update, so a repeated import never duplicates.
  const { pupils } = await getImportContext(actor.schoolId);
  const items = planPupilImport(rows, pupils);
  return runAll(items, (item) => writePupil(actor, item), onProgress);
}

/** A Firestore Timestamp read raw (the converter is skipped for records it refuses). */
function rawDate(value: unknown): Date | null {
  return value instanceof Timestamp ? value.toDate() : null;
}

/**
 * The term records stored for these pupils, keyed "pupilId/termRecordId": for each term the
 * record that counts (termRecordId's document, or one at an older id of its own; among several,
 * the latest saved), with its fields, or null when they no longer match the schema (the file's
 * valid values then overwrite them).
 */
async function storedTermRecords(
  schoolId: string,
  pupilIds: readonly string[],
): Promise<Map<string, StoredTermRecord>> {
  const stored = new Map<string, StoredTermRecord>();
  for (const pupilId of new Set(pupilIds)) {
    const snapshot = await getDocs(collections.records(schoolId, pupilId, 'termRecords'));
    const byTerm = new Map<string, (SavedTermRecord & StoredTermRecord)[]>();
    for (const document of snapshot.docs) {
      const schoolYear: unknown = document.get('schoolYear');
      const term: unknown = document.get('term');
      if (typeof schoolYear !== 'string' || typeof term !== 'number') continue;
      let record: TermRecord | null = null;
      try {
        record = document.data();
      } catch (error) {
        if (!(error instanceof InvalidDocumentError)) throw error;
      }
      const termId = termRecordId(schoolYear, term);
      const candidates = byTerm.get(termId) ?? [];
      candidates.push({
        id: document.id,
        record,
        updatedAt: rawDate(document.get('updatedAt')),
        createdAt: rawDate(document.get('createdAt')),
        writtenAt: null,
      });
      byTerm.set(termId, candidates);
    }
    for (const [termId, candidates] of byTerm) {
      const kept = termRecordToKeep(candidates, termId);
      if (kept) stored.set(`${pupilId}/${termId}`, { id: kept.id, record: kept.record });
    }
  }
  return stored;
}

/**
 * Imports the valid term-record rows: a term with no record gets one at its deterministic id, a
 * stored one that differs is overwritten with the file's values, an identical one left
 * untouched. The stored records are read now, not taken from the preview: what exists at the
 * moment of writing decides, so a repeated import never duplicates.
 */
export async function importTermRecords(
  actor: ImportActor,
  rows: TermRow[],
  onProgress: Progress,
): Promise<ImportSummary> {
  const pupilIds = rows.flatMap((row) => (row.record && row.pupilId ? [row.pupilId] : []));
  const existing = await storedTermRecords(actor.schoolId, pupilIds);
  const items = planTermImport(rows, existing);
  return runAll(
    items,
    (item) => {
      const ref = collections.record(actor.schoolId, item.pupilId, 'termRecords', item.recordId);
      if (item.action === 'create') {
        const data = {
          ...item.record,
          ...creationStamp({ schoolId: actor.schoolId, pupilId: item.pupilId }, actor.uid),
        } as WithFieldValue<StoredRecordByKind['termRecords']>;
        return setDoc(ref, data);
      }
      return updateDoc(ref, { ...item.record, ...editStamp(actor.uid) });
    },
    onProgress,
  );
}

export type RunImportInput =
  | { kind: 'pupils'; actor: ImportActor; rows: PupilRow[] }
  | { kind: 'termRecords'; actor: ImportActor; rows: TermRow[] };

export function useRunImport(onProgress: Progress) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RunImportInput) =>
      input.kind === 'pupils'
        ? importPupils(input.actor, input.rows, onProgress)
        : importTermRecords(input.actor, input.rows, onProgress),
    // Pupil lists, records and the import context all sit under the school's key.
    onSettled: (_data, _error, input) =>
      queryClient.invalidateQueries({ queryKey: ['schools', input.actor.schoolId] }),
  });
}
