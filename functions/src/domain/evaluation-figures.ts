/** How the flags are scored against outcomes: bands, failure rate per level, single-rule baselines, groups. */
import type { Sex } from './evaluation-csv';
import type { RiskLevel } from './risk';

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
