/**
 * Measuring the flags against known outcomes: a school's past year (pupil snapshots at a date,
 * with the outcome at year end) goes through the engine, and the flags are scored like the
 * early-warning literature scores them (sensitivity, specificity, precision per band, observed
 * failure rate per band), for all pupils and for newly arrived pupils apart.
 *
 * The CSV columns are documented in README.md ("Measuring the flags"); this module is pure so
 * the same figures can be computed in the script, in functions and in the browser.
 */
import { z } from 'zod';
import { schoolYearOf } from './common';
import { csvRecords } from './csv';
import { type CefrLevel, cefrLevelSchema } from './l2';
import { isNai } from './pupil';
import {
  ALL_SUBJECTS,
  type FamilyMeeting,
  type Intervention,
  type L2Assessment,
  type Mark,
  PRIMARY_JUDGEMENTS,
  type TermRecord,
  type TutoringSession,
} from './records';
import { type PupilSnapshot, type RiskContext, assessRisk } from './risk-engine';
import type { RiskLevel } from './risk';
import { DEFAULT_THRESHOLDS } from './school';
import { schoolLevelSchema } from './school-class';

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

/** A row that parsed, with its 1-based line in the file and its mark cells keyed by subject. */
export interface EvaluationCsvRow {
  line: number;
  row: EvaluationRow;
  markCells: Record<string, string>;
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
    rows.push({ line, row: parsed.data, markCells });
  }
  return { rows, rowErrors, missingColumns };
}

/** A mark cell: "6", "5,5", "5½", "6-" (numeric) or a giudizio sintetico; empty = no mark. */
export function parseMarkCell(cell: string): Mark | null {
  const raw = cell.trim();
  if (raw === '') return null;
  const judgement = PRIMARY_JUDGEMENTS.find((j) => j.toLowerCase() === raw.toLowerCase());
  if (judgement) return { kind: 'judgement', value: judgement };
  const match = /^(\d{1,2})(?:[.,](\d+))?\s*(½|\+|-)?$/.exec(raw);
  if (!match) throw new Error(`voto non valido / invalid mark: "${raw}"`);
  let value = Number(`${match[1]}.${match[2] ?? '0'}`);
  if (match[3] === '½') value += 0.5;
  if (match[3] === '+') value += 0.25;
  if (match[3] === '-') value -= 0.25;
  if (value < 1 || value > 10) throw new Error(`voto fuori scala / mark out of range: "${raw}"`);
  return { kind: 'numeric', value, raw };
}

const EMPTY_NOTES = { notes: '' } as const;

function l2Assessment(level: CefrLevel, at: Date): L2Assessment {
  const levels = {
    ascolto: level,
    lettura: level,
    parlato: level,
    interazione: level,
    scrittura: level,
  };
  return {
    date: at,
    tool: 'schoolTest',
    domain: 'communication',
    levels,
    assessorName: 'csv',
    ...EMPTY_NOTES,
  };
}

/** Sessions spread over a window ending at `asOf`, so counts per window come out as given. */
function sessions(n: number, asOf: Date, withinDays: number, from = 0): TutoringSession[] {
  return Array.from({ length: n }, (_, i) => ({
    date: new Date(asOf.getTime() - (from + ((i + 1) * (withinDays - from)) / (n + 1)) * 864e5),
    educatorUid: 'csv',
    subject: 'csv',
    minutes: 60,
    format: 'individual' as const,
    attended: true,
    absenceReason: '',
    planId: null,
    notes: '',
  }));
}

/** Builds the engine's input from one CSV row and its mark cells. */
export function snapshotFromRow(
  row: EvaluationRow,
  markCells: Record<string, string>,
): PupilSnapshot {
  const marks: TermRecord['marks'] = {};
  for (const subject of ALL_SUBJECTS) {
    const mark = parseMarkCell(markCells[subject] ?? '');
    if (mark) marks[subject] = mark;
  }
  const termRecord: TermRecord = {
    schoolYear: schoolYearOf(row.as_of),
    term: row.term,
    lessonHours: row.lesson_hours,
    absenceHours: Math.min(row.absence_hours, row.lesson_hours),
    annualHours: Math.max(row.annual_hours, 1),
    marks,
    conduct: parseMarkCell(row.conduct),
  };
  const l2: L2Assessment[] = [];
  if (row.l2_first_level && row.l2_first_date)
    l2.push(l2Assessment(row.l2_first_level, row.l2_first_date));
  if (row.l2_last_level && row.l2_last_date)
    l2.push(l2Assessment(row.l2_last_level, row.l2_last_date));
  const meetings: FamilyMeeting[] = Array.from({ length: row.family_meetings_term }, (_, i) => ({
    date: new Date(row.as_of.getTime() - (i + 1) * 864e5),
    participants: ['mother'],
    language: 'it',
    mediatorNeeded: row.mediator_missing,
    mediatorPresent: false,
    held: true,
    outcome: null,
    followUp: '',
    followUpDue: null,
    notes: '',
  }));
  const interventions: Intervention[] = row.active_intervention
    ? [
        {
          type: 'tutoring',
          tier: 2,
          ownerUid: 'csv',
          goal: 'csv',
          start: new Date(row.as_of.getTime() - 30 * 864e5),
          plannedWeeks: 8,
          checkEveryWeeks: 2,
          status: 'active',
          outcome: '',
        },
      ]
    : [];
  const within4w = Math.min(row.tutoring_sessions_4w, row.tutoring_sessions_6w);
  return {
    pupil: {
      birthDate: row.birth_date,
      arrivalDate: row.arrival_date,
      firstItalianSchoolDate: row.first_italian_school_date,
      pdp: row.pdp,
      pdpDate: row.pdp ? row.as_of : null,
      homeLanguages: ['it'],
    },
    schoolClass: { level: row.level, year: row.class_year, schoolYear: schoolYearOf(row.as_of) },
    termRecords: [termRecord],
    l2Assessments: l2,
    tutoringSessions: [
      ...sessions(within4w, row.as_of, 28),
      ...sessions(row.tutoring_sessions_6w - within4w, row.as_of, 42, 28),
    ],
    peerSessions: [],
    familyMeetings: meetings,
    interventions,
  };
}

export interface BandFigures {
  /** Pupils flagged (in the band or above) / failing / both. */
  flagged: number;
  failures: number;
  truePositives: number;
  sensitivity: number | null;
  specificity: number | null;
  precision: number | null;
}

export interface EvaluationFigures {
  pupils: number;
  failures: number;
  /** Observed failure rate among pupils whose level is green, amber, red. */
  failureRateByLevel: Record<RiskLevel, { pupils: number; failureRate: number | null }>;
  red: BandFigures;
  redOrAmber: BandFigures;
}

export interface EvaluationReport {
  all: EvaluationFigures;
  newlyArrived: EvaluationFigures;
  others: EvaluationFigures;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function band(items: { level: RiskLevel; failed: boolean }[], levels: RiskLevel[]): BandFigures {
  const flagged = items.filter((i) => levels.includes(i.level));
  const tp = flagged.filter((i) => i.failed).length;
  const failures = items.filter((i) => i.failed).length;
  const negatives = items.length - failures;
  const tn = items.filter((i) => !i.failed && !levels.includes(i.level)).length;
  return {
    flagged: flagged.length,
    failures,
    truePositives: tp,
    sensitivity: ratio(tp, failures),
    specificity: ratio(tn, negatives),
    precision: ratio(tp, flagged.length),
  };
}

function figures(items: { level: RiskLevel; failed: boolean }[]): EvaluationFigures {
  const byLevel = (level: RiskLevel) => {
    const inLevel = items.filter((i) => i.level === level);
    return {
      pupils: inLevel.length,
      failureRate: ratio(inLevel.filter((i) => i.failed).length, inLevel.length),
    };
  };
  return {
    pupils: items.length,
    failures: items.filter((i) => i.failed).length,
    failureRateByLevel: { green: byLevel('green'), amber: byLevel('amber'), red: byLevel('red') },
    red: band(items, ['red']),
    redOrAmber: band(items, ['red', 'amber']),
  };
}

/**
 * Runs the engine on every row and scores the flags against the outcomes. `naiMonths` decides
 * who counts as newly arrived (at the row's date); thresholds default to DOMAIN.md's.
 */
export function evaluateFlags(
  rows: { row: EvaluationRow; markCells: Record<string, string> }[],
  options: Partial<Pick<RiskContext, 'thresholds' | 'naiMonths' | 'termSystem'>> = {},
): EvaluationReport {
  const naiMonths = options.naiMonths ?? 24;
  const items = rows.map(({ row, markCells }) => {
    const result = assessRisk(snapshotFromRow(row, markCells), {
      asOf: row.as_of,
      thresholds: options.thresholds ?? DEFAULT_THRESHOLDS,
      naiMonths,
      termSystem: options.termSystem ?? 'quadrimestri',
    });
    return {
      level: result.level,
      failed: FAILURE_OUTCOMES.includes(row.outcome),
      nai: isNai({ firstItalianSchoolDate: row.first_italian_school_date }, row.as_of, naiMonths),
    };
  });
  return {
    all: figures(items),
    newlyArrived: figures(items.filter((i) => i.nai)),
    others: figures(items.filter((i) => !i.nai)),
  };
}
