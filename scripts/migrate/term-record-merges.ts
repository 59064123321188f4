// Domain modules are imported file by file, as the seed does (tsx and named ES imports).
import { schoolYearSchema } from '../../functions/src/domain/common';
import {
  termRecordId,
  termRecordToKeep,
  type SavedTermRecord,
} from '../../functions/src/domain/term-records';

/** A stored term-record document as the migration reads it: its period and when it was saved. */
export type TermRecordDoc = SavedTermRecord & { schoolYear: unknown; term: unknown };

/** What happens to one school year and term of a pupil. */
export type TermRecordMerge<T extends TermRecordDoc> = {
  /** The term's id ("2025-26-t1"): where the kept record ends up. */
  termId: string;
  /** The record that stays: the latest saved of the term (termRecordToKeep). */
  keep: T;
  /** Whether the kept record must be written at the term's id (it sits at an id of its own). */
  writeKept: boolean;
  /** Documents to delete: the term's other records, and the kept one's old id when it moves. */
  deleteIds: string[];
  /** Whether writing the kept record replaces an older one stored at the term's id. */
  replacesTermId: boolean;
  /** How many records the term had. */
  found: number;
};

export type TermRecordPlan<T extends TermRecordDoc> = {
  merges: TermRecordMerge<T>[];
  /** Terms with a single record at an id of its own, left alone unless `moveSingles`. */
  singlesElsewhere: number;
  /** Documents whose school year or term cannot be read: never touched. */
  unreadable: T[];
};

function periodOf(doc: TermRecordDoc): string | null {
  const { schoolYear, term } = doc;
  if (!schoolYearSchema.safeParse(schoolYear).success || typeof schoolYear !== 'string') {
    return null;
  }
  if (typeof term !== 'number' || !Number.isInteger(term) || term < 1 || term > 3) return null;
  return termRecordId(schoolYear, term);
}

/**
 * What the migration does to one pupil's term records: every term with more than one record
 * keeps the latest saved, written at the term's id, and loses the others. With `moveSingles` a
 * term's only record at an id of its own moves to the term's id too. Terms already right give
 * nothing to do, so a second run plans nothing.
 */
export function planTermRecordMerges<T extends TermRecordDoc>(
  docs: readonly T[],
  { moveSingles = false }: { moveSingles?: boolean } = {},
): TermRecordPlan<T> {
  const byTerm = new Map<string, T[]>();
  const unreadable: T[] = [];
  for (const doc of docs) {
    const termId = periodOf(doc);
    if (termId === null) {
      unreadable.push(doc);
      continue;
    }
    byTerm.set(termId, [...(byTerm.get(termId) ?? []), doc]);
  }

  const merges: TermRecordMerge<T>[] = [];
  let singlesElsewhere = 0;
  for (const [termId, records] of [...byTerm].sort(([a], [b]) => a.localeCompare(b))) {
    const keep = termRecordToKeep(records, termId);
    if (!keep) continue;
    const writeKept = keep.id !== termId;
    if (records.length === 1) {
      if (!writeKept) continue;
      singlesElsewhere += 1;
      if (!moveSingles) continue;
    }
    const deleteIds = records
      .filter((r) => r !== keep && r.id !== termId)
      .map((r) => r.id)
      .concat(writeKept ? [keep.id] : []);
    const replacesTermId = writeKept && records.some((r) => r.id === termId);
    merges.push({ termId, keep, writeKept, deleteIds, replacesTermId, found: records.length });
  }
  return { merges, singlesElsewhere, unreadable };
}
