import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  updateDoc,
  type WithFieldValue,
} from 'firebase/firestore';
import type { Pupil, TermRecord } from '@domain';
import { collections, type StoredRecordByKind } from '@/lib/collections';
import { InvalidDocumentError } from '@/lib/invalid-document-error';
import { errorCode } from '@/lib/errors';
import { type PupilImportItem, type PupilRow, planPupilImport } from '../lib/pupils';
import { type TermRow, planTermImport } from '../lib/term-records';
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

/**
 * The stored term record: `exists` false when there is none; `record` null when one exists but
 * no longer matches the schema (the file's valid values then overwrite it).
 */
async function storedTermRecord(
  schoolId: string,
  pupilId: string,
  recordId: string,
): Promise<{ exists: boolean; record: TermRecord | null }> {
  try {
    const snapshot = await getDoc(collections.record(schoolId, pupilId, 'termRecords', recordId));
    return { exists: snapshot.exists(), record: snapshot.data() ?? null };
  } catch (error) {
    if (error instanceof InvalidDocumentError) return { exists: true, record: null };
    throw error;
  }
}

/**
 * Imports the valid term-record rows at their deterministic ids: a new record is created, a
 * different one overwritten with the file's values, an identical one left untouched.
 */
export async function importTermRecords(
  actor: ImportActor,
  rows: TermRow[],
  onProgress: Progress,
): Promise<ImportSummary> {
  const existing = new Map<string, TermRecord>();
  const unreadable = new Set<string>();
  for (const row of rows) {
    if (!row.record || !row.pupilId || !row.recordId) continue;
    const key = `${row.pupilId}/${row.recordId}`;
    const stored = await storedTermRecord(actor.schoolId, row.pupilId, row.recordId);
    if (stored.record) existing.set(key, stored.record);
    else if (stored.exists) unreadable.add(key);
  }
  const items = planTermImport(rows, existing).map((item) =>
    unreadable.has(`${item.pupilId}/${item.recordId}`)
      ? { ...item, action: 'update' as const }
      : item,
  );
  return runAll(
    items,
    (item) => {
      const ref = collections.record(actor.schoolId, item.pupilId, 'termRecords', item.recordId);
      if (item.action === 'create') {
        const data = {
          ...item.record,
          schoolId: actor.schoolId,
          pupilId: item.pupilId,
          createdBy: actor.uid,
          createdAt: serverTimestamp(),
          updatedAt: serverTimestamp(),
        } as WithFieldValue<StoredRecordByKind['termRecords']>;
        return setDoc(ref, data);
      }
      return updateDoc(ref, { ...item.record, updatedAt: serverTimestamp() });
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
