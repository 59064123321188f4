/** Calibration: threshold sets around the school's compared on the same file. */
import { canonicalJson } from './common';
import { figuresOf } from './evaluation-figures';
import { type EvaluationOptions, type PreparedRow, scorePrepared } from './evaluation-run';
import type { RiskThresholds } from './school';

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
