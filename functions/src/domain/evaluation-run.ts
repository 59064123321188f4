/** Runs the engine over the rows of a file and scores the flags against the outcomes. */
import { schoolYearOf } from './common';
import { EVALUATION_SEXES, type EvaluationRow, FAILURE_OUTCOMES, type Sex } from './evaluation-csv';
import {
  type BaselineRule,
  type EvaluationDimension,
  type EvaluationReport,
  figuresOf,
  L2_BANDS,
  type L2Band,
  type ScoredPupil,
} from './evaluation-figures';
import { snapshotFromRow } from './evaluation-snapshot';
import { type CefrLevel, cefrRank } from './l2';
import { isFailing } from './marks';
import { isNai } from './pupil';
import { assessRisk, type PupilSnapshot, type RiskContext } from './risk-engine';
import { DEFAULT_NAI_MONTHS, DEFAULT_THRESHOLDS } from './school';
import { yearsBehind } from './school-class';

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
