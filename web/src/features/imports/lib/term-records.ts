import {
  ALL_SUBJECTS,
  canonicalJson,
  termRecordId,
  termRecordSchema,
  type Mark,
  type Pupil,
  type TermRecord,
} from '@domain';
import type { ColumnMapping } from './mapping';
import { fullName, matchPupil } from './pupils';
import { type CsvTable, type RowError, cellOf, markDuplicates } from './table';
import { parseMark, parseNumber } from './values';

export interface TermImportContext {
  pupils: readonly (Pick<Pupil, 'codiceFiscale' | 'schoolPupilCode'> &
    Partial<Pick<Pupil, 'lastName' | 'firstName'>> & { id: string })[];
  /** Used when the file has no school-year column. */
  schoolYear: string;
}

export interface TermRow {
  line: number;
  errors: RowError[];
  pupilId: string | null;
  /** "Cognome Nome" of the pupil found, to name them in error reports; null if not found. */
  pupilName: string | null;
  /** The codice fiscale or pupil code the row gives, to name an unknown pupil. */
  pupilKey: string | null;
  /** The id of the row's school year and term (termRecordId). */
  recordId: string | null;
  record: TermRecord | null;
}

/** "2025/26", "2025-26", "2025/2026" or "2025-2026" -> "2025/26"; other text is kept. */
export function normalizeSchoolYear(cell: string): string {
  const match = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(cell.trim());
  if (!match?.[1] || !match[2]) return cell.trim();
  return `${match[1]}/${match[2].slice(-2)}`;
}

/**
 * Reads and validates every term-record row with the domain's termRecordSchema: the pupil is
 * found by codice fiscale or pupil code, marks accept the register's notation ("6-", "5½",
 * giudizi), and the same pupil and term twice in the file refuses both rows.
 */
export function validateTermRows(
  table: CsvTable,
  mapping: ColumnMapping,
  ctx: TermImportContext,
): TermRow[] {
  const rows = table.rows.map((row): TermRow => {
    const cell = (field: string) => cellOf(table, row, mapping, field);
    const errors: RowError[] = [];
    const fail = (field: string, key: string, params?: Record<string, string>) =>
      errors.push({ column: mapping[field] ?? null, key, ...(params ? { params } : {}) });

    const codiceFiscale = cell('codiceFiscale')?.toUpperCase() || null;
    const schoolPupilCode = cell('schoolPupilCode') || null;
    const pupil = matchPupil(ctx.pupils, { codiceFiscale, schoolPupilCode });
    if (!pupil) {
      fail(
        codiceFiscale || !mapping.schoolPupilCode ? 'codiceFiscale' : 'schoolPupilCode',
        'import.unknownPupil',
        {
          key: codiceFiscale ?? schoolPupilCode ?? '',
        },
      );
    }

    const numbers: Record<string, number | null> = {};
    for (const field of ['term', 'lessonHours', 'absenceHours', 'annualHours']) {
      const parsed = parseNumber(cell(field) ?? '');
      numbers[field] = parsed.ok ? parsed.value : null;
      if (!parsed.ok) fail(field, field === 'term' ? 'import.badTerm' : 'validation.hoursRange');
    }
    const marks: Record<string, Mark> = {};
    for (const subject of ALL_SUBJECTS) {
      const parsed = parseMark(cell(subject) ?? '');
      if (!parsed.ok) fail(subject, parsed.key);
      else if (parsed.value) marks[subject] = parsed.value;
    }
    const conductCell = parseMark(cell('conduct') ?? '');
    if (!conductCell.ok) fail('conduct', conductCell.key);

    const candidate = {
      schoolYear: mapping.schoolYear
        ? normalizeSchoolYear(cell('schoolYear') ?? '')
        : ctx.schoolYear,
      term: numbers.term,
      lessonHours: numbers.lessonHours,
      absenceHours: numbers.absenceHours,
      annualHours: numbers.annualHours,
      marks,
      conduct: conductCell.ok ? conductCell.value : null,
    };
    const check = termRecordSchema.safeParse(candidate);
    if (!check.success) {
      const reported = new Set(errors.map((e) => e.column));
      for (const issue of check.error.issues) {
        const field = String(issue.path[0] ?? '');
        const key =
          field === 'term'
            ? 'import.badTerm'
            : field === 'annualHours'
              ? 'validation.hoursRange'
              : issue.message;
        const column = mapping[field] ?? null;
        if (numbers[field] === null || reported.has(column)) continue;
        reported.add(column);
        errors.push({ column, key });
      }
    }
    const record = check.success ? check.data : null;
    return {
      line: row.line,
      errors,
      pupilId: pupil?.id ?? null,
      pupilName: pupil ? fullName(pupil.lastName, pupil.firstName) : null,
      pupilKey: codiceFiscale ?? schoolPupilCode,
      recordId: record ? termRecordId(record.schoolYear, record.term) : null,
      record,
    };
  });
  markDuplicates(
    rows,
    (r) => (r.pupilId && r.recordId ? `${r.pupilId}/${r.recordId}` : null),
    (lines) => ({ column: null, key: 'import.duplicateTermRecord', params: { lines } }),
  );
  for (const row of rows) if (row.errors.length > 0) row.record = null;
  return rows;
}

export type TermImportItem = {
  line: number;
  pupilId: string;
  /** The document written: the stored record of that term if there is one, else the term's id. */
  recordId: string;
  record: TermRecord;
  action: 'create' | 'update' | 'unchanged';
};

/**
 * The record stored for a pupil and term: its document id (the term's id, or an older id of its
 * own) and its fields, null when they no longer match the schema.
 */
export type StoredTermRecord = { id: string; record: TermRecord | null };

/** The fields of a term record, without metadata, in a comparable form. */
function termFields(record: TermRecord): string {
  const { schoolYear, term, lessonHours, absenceHours, annualHours, marks, conduct } = record;
  return canonicalJson({
    schoolYear,
    term,
    lessonHours,
    absenceHours,
    annualHours,
    marks,
    conduct,
  });
}

/**
 * What importing the valid rows does, given the records already stored (keyed
 * "pupilId/termRecordId"): create one at the term's id, overwrite the stored one (wherever it
 * is) with the file's values, or leave an identical one.
 */
export function planTermImport(
  rows: readonly TermRow[],
  existing: ReadonlyMap<string, StoredTermRecord>,
): TermImportItem[] {
  return rows.flatMap((row): TermImportItem[] => {
    if (!row.record || !row.pupilId || !row.recordId) return [];
    const stored = existing.get(`${row.pupilId}/${row.recordId}`);
    const action = !stored
      ? 'create'
      : stored.record && termFields(stored.record) === termFields(row.record)
        ? 'unchanged'
        : 'update';
    return [
      {
        line: row.line,
        pupilId: row.pupilId,
        recordId: stored?.id ?? row.recordId,
        record: row.record,
        action,
      },
    ];
  });
}
