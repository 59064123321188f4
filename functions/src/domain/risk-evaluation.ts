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
import { canonicalJson, schoolYearOf } from './common';
import { csvRecords } from './csv';
import { type CefrLevel, cefrLevelSchema, cefrRank } from './l2';
import { SEXES, isNai } from './pupil';
import {
  ALL_SUBJECTS,
  type FamilyMeeting,
  type Intervention,
  type L2Assessment,
  type Mark,
  type TermRecord,
  type TutoringSession,
} from './records';
import { isFailing, parseItalianMark } from './marks';
import { type PupilSnapshot, type RiskContext, assessRisk } from './risk-engine';
import type { RiskLevel } from './risk';
import { DEFAULT_NAI_MONTHS, DEFAULT_THRESHOLDS, type RiskThresholds } from './school';
import { schoolLevelSchema, yearsBehind } from './school-class';

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
  /** Flagged pupils / all pupils. */
  flaggedShare: number | null;
  sensitivity: number | null;
  specificity: number | null;
  /** 1 - specificity: pupils who passed but were flagged, among all who passed. */
  falseAlarmRate: number | null;
  precision: number | null;
}

/**
 * Single rules a school can check the engine against, each read from the same row:
 * mean mark below 6, two or more failing subjects, absences at 10% or more of the hours held,
 * one year or more behind the class expected for age.
 */
export const BASELINE_RULES = [
  'meanMarkBelow6',
  'failingTwoOrMore',
  'absencesTenPct',
  'oneYearBehind',
] as const;
export type BaselineRule = (typeof BASELINE_RULES)[number];

export interface EvaluationFigures {
  pupils: number;
  failures: number;
  /** Observed failure rate among pupils whose level is green, amber, red. */
  failureRateByLevel: Record<RiskLevel, { pupils: number; failureRate: number | null }>;
  red: BandFigures;
  redOrAmber: BandFigures;
  /** The single rules on the same pupils, to compare with `redOrAmber`. */
  baselines: Record<BaselineRule, BandFigures>;
}

/** L2 band of a pupil at the row's date: the last test's level, or no test. */
export const L2_BANDS = ['noTest', 'belowA2', 'A2', 'B1orAbove'] as const;
export type L2Band = (typeof L2_BANDS)[number];

/** The groups the figures are split by (DOMAIN.md: report per group, not only overall). */
export const EVALUATION_DIMENSIONS = ['nai', 'l2Band', 'sex'] as const;
export type EvaluationDimension = (typeof EVALUATION_DIMENSIONS)[number];

export interface GroupFigures {
  dimension: EvaluationDimension;
  /** `nai`: "nai" | "notNai"; `l2Band`: an `L2Band`; `sex`: a `Sex`. */
  group: string;
  figures: EvaluationFigures;
}

export interface EvaluationReport {
  all: EvaluationFigures;
  newlyArrived: EvaluationFigures;
  others: EvaluationFigures;
  /** Every non-empty group of every dimension, in `EVALUATION_DIMENSIONS` order. */
  groups: GroupFigures[];
}

/** One pupil as the figures see it: the engine's level, the outcome, the groups, the rules. */
export interface ScoredPupil {
  level: RiskLevel;
  failed: boolean;
  nai: boolean;
  l2Band: L2Band;
  sex: Sex;
  baselines: Record<BaselineRule, boolean>;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function bandOf(items: readonly ScoredPupil[], flagged: (i: ScoredPupil) => boolean): BandFigures {
  let tp = 0;
  let fp = 0;
  let failures = 0;
  for (const i of items) {
    const f = flagged(i);
    if (i.failed) failures += 1;
    if (f && i.failed) tp += 1;
    if (f && !i.failed) fp += 1;
  }
  const negatives = items.length - failures;
  const specificity = ratio(negatives - fp, negatives);
  return {
    flagged: tp + fp,
    failures,
    truePositives: tp,
    flaggedShare: ratio(tp + fp, items.length),
    sensitivity: ratio(tp, failures),
    specificity,
    falseAlarmRate: specificity === null ? null : 1 - specificity,
    precision: ratio(tp, tp + fp),
  };
}

/** Figures of a set of scored pupils: bands, failure rate per level, baselines. */
export function figuresOf(items: readonly ScoredPupil[]): EvaluationFigures {
  const byLevel = (level: RiskLevel) => {
    const inLevel = items.filter((i) => i.level === level);
    return {
      pupils: inLevel.length,
      failureRate: ratio(inLevel.filter((i) => i.failed).length, inLevel.length),
    };
  };
  const baselines = Object.fromEntries(
    BASELINE_RULES.map((rule) => [rule, bandOf(items, (i) => i.baselines[rule])]),
  ) as Record<BaselineRule, BandFigures>;
  return {
    pupils: items.length,
    failures: items.filter((i) => i.failed).length,
    failureRateByLevel: { green: byLevel('green'), amber: byLevel('amber'), red: byLevel('red') },
    red: bandOf(items, (i) => i.level === 'red'),
    redOrAmber: bandOf(items, (i) => i.level !== 'green'),
    baselines,
  };
}

export type EvaluationOptions = Partial<
  Pick<RiskContext, 'thresholds' | 'naiMonths' | 'termSystem'>
>;

function l2BandOf(level: CefrLevel | null): L2Band {
  if (level === null) return 'noTest';
  const rank = cefrRank(level);
  if (rank < cefrRank('A2')) return 'belowA2';
  return rank < cefrRank('B1') ? 'A2' : 'B1orAbove';
}

/** The single rules of `BASELINE_RULES` on one row, from the same snapshot the engine reads. */
function baselinesOf(snapshot: PupilSnapshot, row: EvaluationRow): Record<BaselineRule, boolean> {
  const rec = snapshot.termRecords[0];
  const marks = rec ? Object.values(rec.marks) : [];
  const numeric = marks.flatMap((m) => (m.kind === 'numeric' ? [m.value] : []));
  const mean = numeric.length > 0 ? numeric.reduce((a, b) => a + b, 0) / numeric.length : null;
  const absencePct = rec && rec.lessonHours > 0 ? (rec.absenceHours * 100) / rec.lessonHours : 0;
  const behind = yearsBehind(row.birth_date, schoolYearOf(row.as_of), row.level, row.class_year);
  return {
    meanMarkBelow6: mean !== null && mean < 6,
    failingTwoOrMore: marks.filter(isFailing).length >= 2,
    absencesTenPct: absencePct >= 10,
    oneYearBehind: row.level !== 'cpia' && row.level !== 'infanzia' && behind >= 1,
  };
}

/** Snapshots built once, so several threshold sets can be scored on the same file quickly. */
export interface PreparedRow {
  row: EvaluationRow;
  snapshot: PupilSnapshot;
  sex: Sex;
  baselines: Record<BaselineRule, boolean>;
}

/** Builds the engine's input for every row once (see `scorePrepared`). */
export function prepareRows(
  rows: readonly { row: EvaluationRow; markCells: Record<string, string>; sex?: Sex }[],
): PreparedRow[] {
  return rows.map(({ row, markCells, sex }) => {
    const snapshot = snapshotFromRow(row, markCells);
    return { row, snapshot, sex: sex ?? 'unknown', baselines: baselinesOf(snapshot, row) };
  });
}

/** Runs the engine on prepared rows with one set of options. */
export function scorePrepared(
  prepared: readonly PreparedRow[],
  options: EvaluationOptions = {},
): ScoredPupil[] {
  const naiMonths = options.naiMonths ?? DEFAULT_NAI_MONTHS;
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const termSystem = options.termSystem ?? 'quadrimestri';
  return prepared.map(({ row, snapshot, sex, baselines }) => {
    const result = assessRisk(snapshot, { asOf: row.as_of, thresholds, naiMonths, termSystem });
    return {
      level: result.level,
      failed: FAILURE_OUTCOMES.includes(row.outcome),
      nai: isNai({ firstItalianSchoolDate: row.first_italian_school_date }, row.as_of, naiMonths),
      l2Band: l2BandOf(row.l2_last_level),
      sex,
      baselines,
    };
  });
}

/** The report of scored pupils: all, NAI and others, and every group of every dimension. */
export function reportOf(items: readonly ScoredPupil[]): EvaluationReport {
  const groupsOf = (
    dimension: EvaluationDimension,
    keys: readonly string[],
    key: (i: ScoredPupil) => string,
  ) =>
    keys.flatMap((group) => {
      const members = items.filter((i) => key(i) === group);
      return members.length > 0 ? [{ dimension, group, figures: figuresOf(members) }] : [];
    });
  return {
    all: figuresOf(items),
    newlyArrived: figuresOf(items.filter((i) => i.nai)),
    others: figuresOf(items.filter((i) => !i.nai)),
    groups: [
      ...groupsOf('nai', ['nai', 'notNai'], (i) => (i.nai ? 'nai' : 'notNai')),
      ...groupsOf('l2Band', L2_BANDS, (i) => i.l2Band),
      ...groupsOf('sex', EVALUATION_SEXES, (i) => i.sex),
    ],
  };
}

/**
 * Runs the engine on every row and scores the flags against the outcomes, next to the single
 * rules of `BASELINE_RULES`. `naiMonths` decides who counts as newly arrived (at the row's
 * date); thresholds default to DOMAIN.md's.
 */
export function evaluateFlags(
  rows: readonly { row: EvaluationRow; markCells: Record<string, string>; sex?: Sex }[],
  options: EvaluationOptions = {},
): EvaluationReport {
  return reportOf(scorePrepared(prepareRows(rows), options));
}

// ---------------------------------------------------------------------------------------------
// Calibration: threshold sets compared on the same file
// ---------------------------------------------------------------------------------------------

/** A named threshold set to compare; `id` is stable so a choice can be saved and shown. */
export interface ThresholdCandidate {
  id: string;
  thresholds: RiskThresholds;
}

/** What a threshold set reached on a file: the figures a head compares and saves. */
export interface CalibrationPoint {
  id: string;
  thresholds: RiskThresholds;
  /** Share of pupils red or amber, and of the failures among them (sensitivity). */
  flaggedShare: number | null;
  sensitivity: number | null;
  specificity: number | null;
  redPrecision: number | null;
  greenFailureRate: number | null;
}

/**
 * Threshold sets around `base` for the trade-off chart: the mean-mark bars (which carry the
 * level) stepped by a quarter mark both ways, and the projected-absence bar that raises amber
 * to red at 15/20/25%. `base` itself comes first with id "current".
 */
export function thresholdCandidates(base: RiskThresholds): ThresholdCandidate[] {
  const out: ThresholdCandidate[] = [{ id: 'current', thresholds: base }];
  const seen = new Set([canonicalJson(base)]);
  for (const amber of [-0.5, -0.25, 0, 0.25, 0.5]) {
    for (const red of [-0.5, 0, 0.5]) {
      for (const absence of [15, 20, 25]) {
        const meanMarkAmber = Math.min(10, Math.max(1, base.meanMarkAmber + amber));
        const meanMarkRed = Math.min(meanMarkAmber, Math.max(1, base.meanMarkRed + red));
        const thresholds: RiskThresholds = {
          ...base,
          meanMarkAmber,
          meanMarkRed,
          absenceRedProjectedPct: absence,
        };
        const key = canonicalJson(thresholds);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          id: `m${meanMarkAmber}-r${meanMarkRed}-a${absence}`,
          thresholds,
        });
      }
    }
  }
  return out;
}

/** Scores every candidate on the same prepared rows (each is one engine run over the file). */
export function compareThresholds(
  prepared: readonly PreparedRow[],
  candidates: readonly ThresholdCandidate[],
  options: Omit<EvaluationOptions, 'thresholds'> = {},
): CalibrationPoint[] {
  return candidates.map(({ id, thresholds }) => {
    const f = figuresOf(scorePrepared(prepared, { ...options, thresholds }));
    return {
      id,
      thresholds,
      flaggedShare: f.redOrAmber.flaggedShare,
      sensitivity: f.redOrAmber.sensitivity,
      specificity: f.redOrAmber.specificity,
      redPrecision: f.red.precision,
      greenFailureRate: f.failureRateByLevel.green.failureRate,
    };
  });
}
