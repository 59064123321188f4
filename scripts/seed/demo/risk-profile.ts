/** Latent risk features of a pupil (amber and red) and how the pupil arrived in Italy. */
import { type ClassPlan, LEVEL_OFFSET } from './classes';
import type { AmberFeature, Arrival, Ctx, Draft, RedFeature } from './draft';
import type { Rng } from './prng';

const AMBER_WEIGHTS = (
  d: Pick<Draft, 'arrival' | 'cls' | 'needsMediator'>,
): [AmberFeature, number][] => [
  ['absence', 3],
  ['fails2', 3],
  ['lowMean', d.cls.level === 'primaria' ? 0 : 2],
  ['conduct6', d.cls.level === 'primaria' ? 0 : 1.5],
  ['ritardo1', d.arrival === 'bornIT' ? 2 : d.arrival === 'early' ? 3 : 7],
  ['noMeeting', 2],
  ['mediatorAbsent', d.needsMediator ? 1.5 : 0],
  ['noPdp', d.arrival === 'recent' ? 2.5 : 0],
  ['sessionGap', d.arrival === 'recent' ? 2.5 : 0],
];

export const RED_WEIGHTS = (
  d: Pick<Draft, 'arrival' | 'cls'>,
): [RedFeature | 'threeAmber', number][] => [
  ['absenceRed', 3],
  ['fails3', 3],
  ['veryLowMean', d.cls.level === 'primaria' ? 0 : 1.2],
  ['conduct5', d.cls.level === 'primaria' ? 0 : 1],
  ['ritardo2', d.arrival === 'bornIT' ? 0.5 : d.arrival === 'early' ? 1.5 : 4],
  ['l2Stuck', d.arrival === 'recent' ? 7 : 0],
  ['threeAmber', 1.5],
];

export function pickAmber(rng: Rng, d: Draft, n: number): void {
  for (let k = 0; k < n; k++) {
    const options = AMBER_WEIGHTS(d).filter(([f]) => {
      if (d.amber.has(f)) return false;
      if (f === 'ritardo1' && d.red.has('ritardo2')) return false;
      if (f === 'sessionGap' && (d.red.has('l2Stuck') || d.amber.has('noPdp'))) return false;
      if (f === 'noPdp' && d.amber.has('sessionGap')) return false;
      if ((f === 'fails2' || f === 'lowMean') && (d.red.has('fails3') || d.red.has('veryLowMean')))
        return false;
      if (f === 'conduct6' && d.red.has('conduct5')) return false;
      if (f === 'absence' && d.red.has('absenceRed')) return false;
      return true;
    });
    if (options.every(([, w]) => w <= 0)) return;
    d.amber.add(rng.weighted(options));
  }
}

/** Nominal age in years at asOf for a pupil with no ritardo in this class. */
function nominalAge(cls: ClassPlan, ctx: Ctx): number {
  const index = LEVEL_OFFSET[cls.level] + cls.year - 1;
  const birthYear = ctx.startYear - 6 - index;
  return ctx.asOf.getUTCFullYear() + ctx.asOf.getUTCMonth() / 12 - birthYear - 0.5;
}

export function chooseArrival(rng: Rng, cls: ClassPlan, ctx: Ctx): Arrival {
  const bornItaly = { primaria: 0.55, secondaria1: 0.42, secondaria2: 0.3 }[cls.level];
  if (rng.chance(bornItaly)) return 'bornIT';
  const age = nominalAge(cls, ctx);
  const recentOk = !(cls.level === 'secondaria2' && cls.year >= 4);
  const midOk = age >= 8.7;
  return rng.weighted([
    ['recent', recentOk ? 0.32 : 0],
    ['mid', midOk ? 0.35 : 0],
    ['early', 0.33],
  ] as const);
}
