/** The evaluation file (README.md, "Measuring the flags"): outcomes, columns, one row's schema, CSV parsing. */
import { csvRecords } from './csv';
import { cefrLevelSchema } from './l2';
import { parseItalianMark } from './marks';
import { SEXES } from './pupil';
import { ALL_SUBJECTS, type Mark } from './records';
import { schoolLevelSchema } from './school-class';
import { z } from 'zod';

export const OUTCOMES = ['promoted', 'not_promoted', 'suspended', 'left'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outcomes counted as school failure: not admitted to the next year, or left school. */
export const FAILURE_OUTCOMES: readonly Outcome[] = ['not_promoted', 'left'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = z
  .string()
  .regex(DATE, { error: 'data AAAA-MM-GG / date YYYY-MM-DD' })
  .transform((s) => new Date(`${s}T00:00:00Z`));
const optionalDate = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.union([z.literal('').transform(() => null), date]));
const count = z.coerce.number().int().min(0).max(1000);
const hours = z.coerce.number().min(0).max(2000);
const flag01 = z.enum(['0', '1']).transform((v) => v === '1');
const optionalLevel = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.union([z.literal('').transform(() => null), cefrLevelSchema]));

/** One CSV row after parsing; the mark columns (`mark_<subject>`) are read separately. */
export const evaluationRowSchema = z.object({
  pupil_id: z.string().min(1),
  as_of: date,
  birth_date: date,
  level: schoolLevelSchema,
  class_year: z.coerce.number().int().min(1).max(5),
  arrival_date: optionalDate,
  first_italian_school_date: optionalDate,
  pdp: flag01,
  term: z.coerce.number().int().min(1).max(3),
  lesson_hours: hours,
  absence_hours: hours,
  annual_hours: hours,
  conduct: z.string(),
  l2_first_level: optionalLevel,
  l2_first_date: optionalDate,
  l2_last_level: optionalLevel,
  l2_last_date: optionalDate,
  tutoring_sessions_4w: count,
  tutoring_sessions_6w: count,
  family_meetings_term: count,
  mediator_missing: flag01,
  active_intervention: flag01,
  outcome: z.enum(OUTCOMES),
});
export type EvaluationRow = z.infer<typeof evaluationRowSchema>;

export const EVALUATION_COLUMNS = Object.keys(evaluationRowSchema.shape);

/**
 * Columns a file may have on top of `EVALUATION_COLUMNS`: `sex` (F, M or empty), for the
 * per-group figures. Files without it are read as before, their pupils grouped as "unknown".
 */
export const OPTIONAL_EVALUATION_COLUMNS = ['sex'] as const;

/** The pupil's sex as an evaluation file gives it (`SEXES`, or unknown). */
export const EVALUATION_SEXES = [...SEXES, 'unknown'] as const;
export type Sex = (typeof EVALUATION_SEXES)[number];

/** A `sex` cell: F/M in either case (also "femmina"/"maschio"), anything else unknown. */
export function sexOfCell(cell: string | undefined): Sex {
  const c = (cell ?? '').trim().toUpperCase();
  if (c === 'F' || c === 'FEMMINA' || c === 'FEMALE') return 'F';
  if (c === 'M' || c === 'MASCHIO' || c === 'MALE') return 'M';
  return 'unknown';
}

/** A row that parsed, with its 1-based line in the file and its mark cells keyed by subject. */
export interface EvaluationCsvRow {
  line: number;
  row: EvaluationRow;
  markCells: Record<string, string>;
  /** From the optional `sex` column. */
  sex?: Sex;
}

/** A row that did not parse: its line, zod's issues (path = column) and its raw cells. */
export interface EvaluationRowError {
  line: number;
  issues: z.core.$ZodIssue[];
  cells: Record<string, string>;
}

export interface ParsedEvaluationCsv {
  rows: EvaluationCsvRow[];
  rowErrors: EvaluationRowError[];
  /** Documented columns absent from the header; when any is, no row is read. */
  missingColumns: string[];
}

/**
 * Reads an evaluation CSV (README.md, "Measuring the flags") into rows for `evaluateFlags`.
 * Rows that do not match `evaluationRowSchema` are returned apart with their line, so a caller
 * can list them and score the rest. Mark and conduct cells are passed through unparsed:
 * `snapshotFromRow` reads them. A file without data rows has no missing columns (its header is
 * not checked), as the command line has always reported it.
 */
export function parseEvaluationCsv(text: string): ParsedEvaluationCsv {
  const records = csvRecords(text);
  const first = records[0];
  const missingColumns = first ? EVALUATION_COLUMNS.filter((c) => !(c in first.values)) : [];
  if (missingColumns.length > 0) return { rows: [], rowErrors: [], missingColumns };
  const rows: EvaluationCsvRow[] = [];
  const rowErrors: EvaluationRowError[] = [];
  for (const { line, values: cells } of records) {
    const parsed = evaluationRowSchema.safeParse(cells);
    if (!parsed.success) {
      rowErrors.push({ line, issues: parsed.error.issues, cells });
      continue;
    }
    const markCells = Object.fromEntries(ALL_SUBJECTS.map((s) => [s, cells[`mark_${s}`] ?? '']));
    rows.push({ line, row: parsed.data, markCells, sex: sexOfCell(cells.sex) });
  }
  return { rows, rowErrors, missingColumns };
}

/**
 * A mark cell of an evaluation file, read by the one Italian mark parser (`parseItalianMark`);
 * empty = no mark. Throws on a cell that is not a mark, naming it.
 */
export function parseMarkCell(cell: string): Mark | null {
  const parsed = parseItalianMark(cell);
  if (parsed.ok) return parsed.mark;
  const raw = cell.trim();
  throw new Error(
    parsed.problem === 'outOfRange'
      ? `voto fuori scala / mark out of range: "${raw}"`
      : `voto non valido / invalid mark: "${raw}"`,
  );
}
