/**
 * Aggregate-only schools for the regional monitoring: a school's `schools/{s}/monitoring/{period}`
 * document with plausible figures for its number of pupils, and no pupils behind it. Used by the
 * demo (the other Ambiti beside the demo Ambito) and by the regional generator (35 Ambiti, about
 * 232,000 pupils). Deterministic in the seed.
 */
// File by file, not the barrel: Node's ESM loader cannot see the barrel's CommonJS re-exports.
import { emptyIndicators } from '../../functions/src/domain/monitoring-indicators';
import { type PeriodKey, periodRange } from '../../functions/src/domain/monitoring-periods';
import {
  type SchoolMonitoring,
  schoolMonitoringDoc,
} from '../../functions/src/domain/monitoring-school';
import { doseCellsOf, type DoseObservation } from '../../functions/src/domain/monitoring-effect';
import { mulberry32 } from '../seed/generate';

/** The 35 Ambiti territoriali of Lombardy (as the programme lists them), id and name. */
export const LOMBARDY_AMBITI: readonly { id: string; name: string }[] = [
  'Milano Città',
  'Milano Est',
  'Milano Ovest',
  'Rho',
  'Sesto San Giovanni',
  'Cinisello Balsamo',
  'Legnano',
  'Magenta',
  'Abbiategrasso',
  'San Donato Milanese',
  'Melegnano',
  'Monza',
  'Desio',
  'Vimercate',
  'Bergamo',
  'Dalmine',
  'Seriate',
  'Treviglio',
  'Brescia',
  'Brescia Est',
  'Brescia Ovest',
  'Como',
  'Cantù',
  'Cremona',
  'Crema',
  'Lecco',
  'Lodi',
  'Mantova',
  'Pavia',
  'Vigevano',
  'Sondrio',
  'Varese',
  'Busto Arsizio',
  'Gallarate',
  'Saronno',
].map((name) => ({
  id: `ambito-${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')}`,
  name: `Ambito di ${name}`,
}));

/** Figures of one aggregate-only school for a period, in proportion to its pupils. */
export function syntheticSchoolMonitoring(input: {
  schoolId: string;
  schoolName: string;
  districtId: string;
  period: PeriodKey;
  pupils: number;
  seed: number;
  computedAt: Date;
}): SchoolMonitoring {
  const rng = mulberry32(input.seed);
  const n = input.pupils;
  const year = periodRange(input.period).kind === 'schoolYear';
  const share = (lo: number, hi: number) => Math.round(n * (lo + (hi - lo) * rng()));
  const s = emptyIndicators();
  s.pupils = n;
  s.reached.l2 = share(0.08, 0.16);
  s.reached.tutoring = share(0.1, 0.2);
  s.reached.peerEducation = share(0.02, 0.07);
  s.reached.familyMediation = share(0.04, 0.1);
  s.reached.orientation = year ? share(0.05, 0.15) : 0;
  s.reached.referrals = share(0.005, 0.02);
  s.reached.any = Math.min(
    n,
    Math.round(
      (s.reached.l2 + s.reached.tutoring + s.reached.peerEducation + s.reached.familyMediation) *
        0.75,
    ),
  );
  const weeks = year ? 26 : 10;
  s.minutes.l2 = s.reached.l2 * weeks * 75;
  s.minutes.tutoring = s.reached.tutoring * Math.round(weeks * 0.6) * 60;
  s.minutes.orientation = s.reached.orientation * 12 * 60;
  s.sessions.peerEducation = s.reached.peerEducation * Math.round(weeks / 2);
  s.sessions.familyMediation = Math.round(s.reached.familyMediation * 1.6);
  s.l2Assessed = share(0.1, 0.2);
  s.l2Improved = Math.round(s.l2Assessed * (0.3 + 0.3 * rng()));
  s.families.reached = share(0.15, 0.3);
  s.families.withMediator = s.reached.familyMediation;
  s.referrals.made = Math.round(s.reached.referrals * 1.2);
  s.referrals.byStatus = {
    completed: Math.round(s.referrals.made * 0.4),
    'in-progress': Math.round(s.referrals.made * 0.3),
  };
  s.referrals.byStatus.requested =
    s.referrals.made - s.referrals.byStatus.completed! - s.referrals.byStatus['in-progress']!;
  s.referrals.byOutcome = { gotHelp: Math.round(s.referrals.byStatus.completed! * 0.7) };
  s.interventions.opened = share(0.05, 0.12);
  s.interventions.closed = Math.round(s.interventions.opened * (year ? 0.6 : 0.3));
  s.red.pupils = share(0.06, 0.12);
  s.red.noHelpStarted = Math.round(s.red.pupils * (0.1 + 0.2 * rng()));
  const observations: DoseObservation[] = [];
  if (year) {
    for (let i = 0; i < Math.round(n * 0.4); i++) {
      const before = 5 + 3 * rng();
      const hours = rng() < 0.6 ? 0 : 20 * rng();
      const gain = 0.02 * hours + (rng() - 0.5) * 0.8;
      const l2Before = rng() < 0.5 ? null : Math.floor(5 * rng());
      observations.push({
        meanBefore: Math.round(before * 10) / 10,
        meanAfter: Math.round(Math.min(10, before + gain) * 10) / 10,
        l2Before,
        l2After: l2Before === null ? null : l2Before + (rng() < 0.05 * hours + 0.1 ? 1 : 0),
        helpHours: Math.round(hours),
      });
    }
  }
  return schoolMonitoringDoc(input, { indicators: s, dose: doseCellsOf(observations) });
}

/** Schools of an Ambito, aggregate-only: ids, names, pupils (total about `pupils`). */
export function syntheticSchools(
  district: { id: string; name: string },
  schools: number,
  pupils: number,
  seed: number,
): { id: string; name: string; pupils: number }[] {
  const rng = mulberry32(seed);
  const weights = Array.from({ length: schools }, () => 0.5 + rng());
  const sum = weights.reduce((a, b) => a + b, 0);
  const place = district.name.replace('Ambito di ', '');
  return weights.map((w, i) => ({
    id: `${district.id}-s${String(i + 1).padStart(2, '0')}`,
    name: `${i % 2 === 0 ? 'IC' : 'IIS'} ${place} ${i + 1}`,
    pupils: Math.max(1, Math.round((pupils * w) / sum)),
  }));
}
