/**
 * What help changed (observation, not proof): for pupils who received tutoring or L2 hours
 * between two consecutive term records, the change of their mean mark and of their overall L2
 * level, next to pupils with the same starting point (mean-mark band and L2 band at the first
 * term) who received none, by amount of help (dose bands of hours).
 *
 * Stored as cells (starting stratum x dose band -> counts and sums) so that classes, schools,
 * Ambiti and the Region add up exactly; the comparison is computed at the level that is read:
 * each helped pupil is set against the mean change of the unhelped pupils of their stratum.
 */
import { z } from 'zod';

export const MEAN_BANDS = ['below5', '5to6', '6to7', 'from7'] as const;
export type MeanBand = (typeof MEAN_BANDS)[number];
export const START_L2_BANDS = ['none', 'belowA2', 'A2', 'fromB1'] as const;
export type StartL2Band = (typeof START_L2_BANDS)[number];
/** Hours of tutoring and L2 lessons attended between the two terms. */
export const DOSE_BANDS = ['none', 'upTo5', '5to10', 'over10'] as const;
export type DoseBand = (typeof DOSE_BANDS)[number];

export function meanBandOf(mean: number): MeanBand {
  if (mean < 5) return 'below5';
  if (mean < 6) return '5to6';
  if (mean < 7) return '6to7';
  return 'from7';
}

/** By the CEFR rank of the overall level (PreA1 0, A1 1, A2 2, A2+ 3, B1 4...). */
export function l2BandOf(rank: number | null): StartL2Band {
  if (rank === null) return 'none';
  if (rank < 2) return 'belowA2';
  if (rank < 4) return 'A2';
  return 'fromB1';
}

export function doseBandOf(hours: number): DoseBand {
  if (hours <= 0) return 'none';
  if (hours <= 5) return 'upTo5';
  if (hours <= 10) return '5to10';
  return 'over10';
}

const cellSchema = z.object({
  n: z.number().int().min(0),
  marksSum: z.number(),
  l2n: z.number().int().min(0),
  l2Sum: z.number(),
});
type Cell = z.infer<typeof cellSchema>;

/** `"<meanBand>|<l2Band>|<doseBand>"` -> counts and sums of changes. */
export const doseResponseCellsSchema = z.record(z.string(), cellSchema);
export type DoseResponseCells = z.infer<typeof doseResponseCellsSchema>;

export function emptyDoseCells(): DoseResponseCells {
  return {};
}

export function addDoseCells(a: DoseResponseCells, b: DoseResponseCells): DoseResponseCells {
  const out: DoseResponseCells = { ...a };
  for (const [k, c] of Object.entries(b)) {
    const p = out[k] ?? { n: 0, marksSum: 0, l2n: 0, l2Sum: 0 };
    out[k] = {
      n: p.n + c.n,
      marksSum: p.marksSum + c.marksSum,
      l2n: p.l2n + c.l2n,
      l2Sum: p.l2Sum + c.l2Sum,
    };
  }
  return out;
}

/** One pupil's two consecutive terms: where they started, what changed, how much help. */
export interface DoseObservation {
  meanBefore: number;
  meanAfter: number;
  /** Overall L2 rank at the end of each term (null: never tested by then). */
  l2Before: number | null;
  l2After: number | null;
  helpHours: number;
}

/** The cells of a group of observations. */
export function doseCellsOf(observations: readonly DoseObservation[]): DoseResponseCells {
  let cells = emptyDoseCells();
  for (const o of observations) {
    const key = `${meanBandOf(o.meanBefore)}|${l2BandOf(o.l2Before)}|${doseBandOf(o.helpHours)}`;
    const l2 = o.l2Before !== null && o.l2After !== null ? o.l2After - o.l2Before : null;
    cells = addDoseCells(cells, {
      [key]: {
        n: 1,
        marksSum: o.meanAfter - o.meanBefore,
        l2n: l2 === null ? 0 : 1,
        l2Sum: l2 ?? 0,
      },
    });
  }
  return cells;
}

export interface DoseBandResult {
  band: DoseBand;
  /** Pupils compared (helped bands: those with unhelped pupils of the same starting point). */
  helped: number;
  /** Mean change of the mean mark, and of the unhelped pupils of the same starting points. */
  marksChange: number | null;
  marksChangeComparison: number | null;
  /** Mean change in CEFR steps (overall level), same comparison. */
  l2Change: number | null;
  l2ChangeComparison: number | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Per dose band, the helped pupils' mean changes against the comparison: for each starting
 * stratum, the unhelped pupils' mean change, weighted by how many helped pupils the stratum has.
 * Strata without unhelped pupils are left out of both sides (nothing to compare with).
 */
export function doseResponseCellsOf(cells: DoseResponseCells): DoseBandResult[] {
  const parsed = Object.entries(cells).map(([k, c]) => {
    const [mean, l2, dose] = k.split('|') as [MeanBand, StartL2Band, DoseBand];
    return { stratum: `${mean}|${l2}`, dose, c };
  });
  const baseline = new Map<string, Cell>();
  for (const p of parsed) if (p.dose === 'none') baseline.set(p.stratum, p.c);
  return DOSE_BANDS.map((band) => {
    const inBand = parsed.filter((p) => p.dose === band);
    if (band === 'none') {
      const n = inBand.reduce((a, p) => a + p.c.n, 0);
      const l2n = inBand.reduce((a, p) => a + p.c.l2n, 0);
      return {
        band,
        helped: n,
        marksChange: n > 0 ? round2(inBand.reduce((a, p) => a + p.c.marksSum, 0) / n) : null,
        marksChangeComparison: null,
        l2Change: l2n > 0 ? round2(inBand.reduce((a, p) => a + p.c.l2Sum, 0) / l2n) : null,
        l2ChangeComparison: null,
      };
    }
    let n = 0;
    let sum = 0;
    let cmp = 0;
    let l2n = 0;
    let l2Sum = 0;
    let l2Cmp = 0;
    for (const p of inBand) {
      const base = baseline.get(p.stratum);
      if (base && base.n > 0) {
        n += p.c.n;
        sum += p.c.marksSum;
        cmp += p.c.n * (base.marksSum / base.n);
      }
      if (base && base.l2n > 0) {
        l2n += p.c.l2n;
        l2Sum += p.c.l2Sum;
        l2Cmp += p.c.l2n * (base.l2Sum / base.l2n);
      }
    }
    return {
      band,
      helped: n,
      marksChange: n > 0 ? round2(sum / n) : null,
      marksChangeComparison: n > 0 ? round2(cmp / n) : null,
      l2Change: l2n > 0 ? round2(l2Sum / l2n) : null,
      l2ChangeComparison: l2n > 0 ? round2(l2Cmp / l2n) : null,
    };
  });
}

/** A term as the observation reads it: its mean of numeric marks and when it ended. */
export interface TermPoint {
  schoolYear: string;
  term: number;
  mean: number | null;
  end: Date;
}

/**
 * A pupil's observation for a school year: the latest term of that year with a mean, against
 * the term before it (the same year's or the previous year's last); help is the attended
 * tutoring and L2 minutes dated after the first term ended, up to the end of the second. Null
 * when the pupil has no such pair.
 */
export function observationOf(input: {
  schoolYear: string;
  terms: readonly TermPoint[];
  tutoring: readonly { date: Date; minutes: number }[];
  l2: readonly { date: Date; ranks: readonly number[] }[];
}): DoseObservation | null {
  const withMean = input.terms
    .filter((t): t is TermPoint & { mean: number } => t.mean !== null)
    .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear) || a.term - b.term);
  const idx = withMean.map((t) => t.schoolYear).lastIndexOf(input.schoolYear);
  if (idx < 1) return null;
  const after = withMean[idx]!;
  const before = withMean[idx - 1]!;
  const overallAt = (end: Date): number | null => {
    const tests = input.l2
      .filter((t) => t.date.getTime() < end.getTime())
      .sort((a, b) => a.date.getTime() - b.date.getTime());
    const last = tests[tests.length - 1];
    return last ? Math.min(...last.ranks) : null;
  };
  const minutes = input.tutoring
    .filter(
      (t) => t.date.getTime() >= before.end.getTime() && t.date.getTime() < after.end.getTime(),
    )
    .reduce((a, t) => a + t.minutes, 0);
  return {
    meanBefore: before.mean,
    meanAfter: after.mean,
    l2Before: overallAt(before.end),
    l2After: overallAt(after.end),
    helpHours: minutes / 60,
  };
}
