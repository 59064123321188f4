import { termRecordId, termRecordToKeep } from '@domain';
import type { RecordEntryOf } from './types';

export type TermRecordEntry = RecordEntryOf<'termRecords'>;

/**
 * The pupil's stored record for a school year and term, or null: the one at the term's id, or
 * one saved before ids were per term (the latest saved among several, as the migration keeps).
 * The form opens it and a save updates it, so a term never gets a second record.
 */
export function termRecordFor(
  entries: readonly TermRecordEntry[],
  schoolYear: string,
  term: number,
): TermRecordEntry | null {
  const sameTerm = entries
    .filter((e) => e.data.schoolYear === schoolYear && e.data.term === term)
    .map((entry) => ({
      entry,
      id: entry.id,
      updatedAt: entry.data.updatedAt,
      createdAt: entry.data.createdAt,
      writtenAt: null,
    }));
  return termRecordToKeep(sameTerm, termRecordId(schoolYear, term))?.entry ?? null;
}
