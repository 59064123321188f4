// Italian L2 tests as the engine reads them: the overall level of a test (its weakest skill)
// and a pupil's tests in date order.
import { type CefrLevel, cefrRank } from './l2';
import type { L2Assessment } from './records';

/** Overall level of an assessment: the lowest of its five skills. */
export function l2OverallLevel(assessment: Pick<L2Assessment, 'levels'>): CefrLevel {
  const { ascolto, lettura, parlato, interazione, scrittura } = assessment.levels;
  let min: CefrLevel = ascolto;
  for (const l of [lettura, parlato, interazione, scrittura]) {
    if (cefrRank(l) < cefrRank(min)) min = l;
  }
  return min;
}

export interface RankedAssessment {
  date: Date;
  overall: CefrLevel;
  rank: number;
}

/** Assessments up to `asOf`, oldest first (input order kept on equal dates). */
export function rankedAssessments(list: L2Assessment[], asOf: Date): RankedAssessment[] {
  return list
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a.date.getTime() <= asOf.getTime())
    .sort((x, y) => x.a.date.getTime() - y.a.date.getTime() || x.i - y.i)
    .map(({ a }) => {
      const overall = l2OverallLevel(a);
      return { date: a.date, overall, rank: cefrRank(overall) };
    });
}

export const RANK_A1 = cefrRank('A1');
export const RANK_A2 = cefrRank('A2');
export const RANK_B1 = cefrRank('B1');
