import {
  EVALUATION_COLUMNS,
  type EvaluationCsvRow,
  type EvaluationOptions,
  type EvaluationRow,
  type SchoolSettings,
  parseEvaluationCsv,
  parseMarkCell,
} from '@domain';

/** What the evaluation takes from the school's settings. */
export type EvaluationSettings = Pick<SchoolSettings, 'naiMonths' | 'thresholds' | 'termSystem'>;

/** Which explanation a rejected cell gets; the texts live in the `evaluation` namespace. */
export type CellHint =
  | 'pupilId'
  | 'date'
  | 'optionalDate'
  | 'level'
  | 'classYear'
  | 'flag'
  | 'term'
  | 'hours'
  | 'text'
  | 'cefr'
  | 'count'
  | 'outcome'
  | 'mark';

// Typed by the row, so a column added to the schema without an explanation does not compile.
const HINTS: Record<keyof EvaluationRow, CellHint> = {
  pupil_id: 'pupilId',
  as_of: 'date',
  birth_date: 'date',
  level: 'level',
  class_year: 'classYear',
  arrival_date: 'optionalDate',
  first_italian_school_date: 'optionalDate',
  pdp: 'flag',
  term: 'term',
  lesson_hours: 'hours',
  absence_hours: 'hours',
  annual_hours: 'hours',
  conduct: 'mark',
  l2_first_level: 'cefr',
  l2_first_date: 'optionalDate',
  l2_last_level: 'cefr',
  l2_last_date: 'optionalDate',
  tutoring_sessions_4w: 'count',
  tutoring_sessions_6w: 'count',
  family_meetings_term: 'count',
  mediator_missing: 'flag',
  active_intervention: 'flag',
  outcome: 'outcome',
};

const isRowColumn = (column: string): column is keyof EvaluationRow => column in HINTS;

/** One rejected cell of a skipped row: the column, what it held and what it should hold. */
export type CellProblem = { column: string; value: string; hint: CellHint };

export type SkippedRow = { line: number; problems: CellProblem[] };

/** A file read for evaluation, or the reason it cannot be evaluated at all. */
export type EvaluationFile =
  | { status: 'empty' }
  | { status: 'notCsv' }
  | { status: 'noRows' }
  | { status: 'missingColumns'; columns: string[] }
  | { status: 'read'; rows: EvaluationCsvRow[]; skipped: SkippedRow[] };

/**
 * Mark cells the engine would refuse. `snapshotFromRow` throws on the first of them and would
 * stop the whole evaluation, so such rows are set apart here like rows that do not parse.
 */
function markProblems({ row, markCells }: EvaluationCsvRow): CellProblem[] {
  const cells: [string, string][] = [
    ['conduct', row.conduct],
    ...Object.entries(markCells).map(([subject, cell]): [string, string] => [
      `mark_${subject}`,
      cell,
    ]),
  ];
  return cells.flatMap(([column, value]) => {
    try {
      parseMarkCell(value);
      return [];
    } catch {
      return [{ column, value, hint: 'mark' as const }];
    }
  });
}

/**
 * Reads the text of an evaluation CSV (README.md, "Measuring the flags") the way
 * `npm run risk:evaluate` does, and says why when nothing can be scored.
 */
export function readEvaluationFile(text: string): EvaluationFile {
  if (text.replace(/^\uFEFF/, '').trim() === '') return { status: 'empty' };
  // NUL bytes do not occur in text: a spreadsheet (.xlsx, .ods) or a PDF was chosen.
  if (text.includes('\u0000')) return { status: 'notCsv' };
  const { rows, rowErrors, missingColumns } = parseEvaluationCsv(text);
  if (missingColumns.length === EVALUATION_COLUMNS.length) return { status: 'notCsv' };
  if (missingColumns.length > 0) return { status: 'missingColumns', columns: missingColumns };
  if (rows.length === 0 && rowErrors.length === 0) return { status: 'noRows' };

  const skipped: SkippedRow[] = rowErrors.map(({ line, issues, cells }) => {
    const columns = [...new Set(issues.map((i) => String(i.path[0] ?? '')))];
    return {
      line,
      problems: columns.map((column) => ({
        column,
        value: cells[column] ?? '',
        hint: isRowColumn(column) ? HINTS[column] : 'text',
      })),
    };
  });
  const scorable: EvaluationCsvRow[] = [];
  for (const row of rows) {
    const problems = markProblems(row);
    if (problems.length > 0) skipped.push({ line: row.line, problems });
    else scorable.push(row);
  }
  skipped.sort((a, b) => a.line - b.line);
  return { status: 'read', rows: scorable, skipped };
}

/**
 * The engine's options for a file: the school's thresholds and term system when they are known,
 * else the domain's defaults (those of `npm run risk:evaluate`).
 */
export function evaluationOptions(
  naiMonths: number,
  settings: EvaluationSettings | null,
): EvaluationOptions {
  return {
    naiMonths,
    ...(settings ? { thresholds: settings.thresholds, termSystem: settings.termSystem } : {}),
  };
}

/** The text of a chosen file, read as UTF-8 in the browser (it is never sent anywhere). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsText(file, 'utf-8');
  });
}
