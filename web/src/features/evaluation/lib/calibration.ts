import { useEffect, useState } from 'react';
import {
  type CalibrationFigures,
  type CalibrationPoint,
  type EvaluationFigures,
  type EvaluationOptions,
  type PreparedRow,
  type ThresholdCandidate,
  compareThresholds,
} from '@domain';
import { logs } from '@/lib/logs';

/** The threshold sets to compare on one file, with the options they share. */
export type CalibrationJob = {
  prepared: readonly PreparedRow[];
  candidates: readonly ThresholdCandidate[];
  options: Omit<EvaluationOptions, 'thresholds'>;
};

export type CalibrationProgress =
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; points: CalibrationPoint[] }
  | { status: 'failed' };

/**
 * Scores every candidate of `job`, one engine run over the file per candidate, each in its own
 * task: a large school's year takes seconds, and the page stays usable while it runs. A new job
 * (another file, NAI span or school thresholds) drops the old one's results.
 */
export function useCalibration(job: CalibrationJob | null): CalibrationProgress | null {
  const [state, setState] = useState<{
    job: CalibrationJob;
    points: CalibrationPoint[];
    failed: boolean;
  } | null>(null);

  useEffect(() => {
    if (!job) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const points: CalibrationPoint[] = [];
    const step = (index: number) => {
      timer = setTimeout(() => {
        const candidate = job.candidates[index];
        if (!candidate) return;
        try {
          points.push(...compareThresholds(job.prepared, [candidate], job.options));
        } catch (error) {
          logs.unexpectedError('compare-thresholds', error);
          setState({ job, points, failed: true });
          return;
        }
        setState({ job, points: [...points], failed: false });
        if (index + 1 < job.candidates.length) step(index + 1);
      }, 0);
    };
    step(0);
    return () => clearTimeout(timer);
  }, [job]);

  if (!job) return null;
  const current = state?.job === job ? state : null;
  if (current?.failed) return { status: 'failed' };
  const points = current?.points ?? [];
  return points.length === job.candidates.length
    ? { status: 'done', points }
    : { status: 'running', done: points.length, total: job.candidates.length };
}

/** What a saved set reached on the file: the point's figures and the file's totals. */
export function calibrationFigures(
  point: CalibrationPoint,
  all: Pick<EvaluationFigures, 'pupils' | 'failures'>,
): CalibrationFigures {
  return {
    pupils: all.pupils,
    failures: all.failures,
    flaggedShare: point.flaggedShare,
    sensitivity: point.sensitivity,
    specificity: point.specificity,
    redPrecision: point.redPrecision,
    greenFailureRate: point.greenFailureRate,
  };
}
