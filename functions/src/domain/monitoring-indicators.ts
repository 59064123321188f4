/**
 * The monitoring indicators of a group of pupils for one period (exact counts, as a school sees
 * them), their sum over disjoint groups, and the dose-response cells of the period
 * (monitoring.ts).
 */
import { z } from 'zod';
import { L2_SKILLS } from './l2';
import {
  doseCellsOf,
  observationOf,
  type DoseObservation,
  type DoseResponseCells,
} from './monitoring-effect';
import type { PupilMonitoringFacts } from './monitoring-facts';
import {
  inPeriod,
  periodRange,
  schoolYearPeriodKey,
  type PeriodKey,
  type PeriodRange,
} from './monitoring-periods';
import { addCounts } from './stats-aggregation';

/** Bumped when a definition below changes: a frozen report says which one it used. */
export const MONITORING_AGGREGATION_VERSION = '1.0.0';

export const MONITORING_ACTIONS = [
  'l2',
  'tutoring',
  'peerEducation',
  'familyMediation',
  'orientation',
  'referrals',
] as const;
export type MonitoringAction = (typeof MONITORING_ACTIONS)[number];

const count = z.number().int().min(0);

export const monitoringIndicatorsSchema = z.object({
  /** Pupils with facts in the group (enrolled), for shares. */
  pupils: count,
  /** Unique pupils reached per action in the period, and by any action. */
  reached: z.object({
    l2: count,
    tutoring: count,
    peerEducation: count,
    familyMediation: count,
    orientation: count,
    referrals: count,
    any: count,
  }),
  /** Minutes delivered where a duration is logged (L2, tutoring, orientation). */
  minutes: z.object({ l2: count, tutoring: count, orientation: count }),
  /** Sessions where no duration is logged (peer education, mediated family meetings). */
  sessions: z.object({ peerEducation: count, familyMediation: count }),
  /** Pupils assessed in the period, and those up at least one CEFR step in at least one skill. */
  l2Assessed: count,
  l2Improved: count,
  /** Families (one per pupil) with a meeting held in the period, and with a mediator. */
  families: z.object({ reached: count, withMediator: count }),
  /** Referrals sent in the period, by current status and by outcome. */
  referrals: z.object({
    made: count,
    byStatus: z.record(z.string(), count),
    byOutcome: z.record(z.string(), count),
  }),
  interventions: z.object({ opened: count, closed: count }),
  /** Red after review now; of them, no intervention active and no help logged in the period. */
  red: z.object({ pupils: count, noHelpStarted: count }),
});
export type MonitoringIndicators = z.infer<typeof monitoringIndicatorsSchema>;

export function emptyIndicators(): MonitoringIndicators {
  return {
    pupils: 0,
    reached: {
      l2: 0,
      tutoring: 0,
      peerEducation: 0,
      familyMediation: 0,
      orientation: 0,
      referrals: 0,
      any: 0,
    },
    minutes: { l2: 0, tutoring: 0, orientation: 0 },
    sessions: { peerEducation: 0, familyMediation: 0 },
    l2Assessed: 0,
    l2Improved: 0,
    families: { reached: 0, withMediator: 0 },
    referrals: { made: 0, byStatus: {}, byOutcome: {} },
    interventions: { opened: 0, closed: 0 },
    red: { pupils: 0, noHelpStarted: 0 },
  };
}

/**
 * Improved at least one CEFR step in at least one skill during the period: the latest test in
 * the period against the baseline, which is the latest test before the period or, for a pupil
 * first tested in the period, the first test in it.
 */
export function l2ImprovedIn(
  tests: PupilMonitoringFacts['l2'],
  range: PeriodRange,
): { assessed: boolean; improved: boolean } {
  const sorted = [...tests].sort((a, b) => a.date.getTime() - b.date.getTime());
  const inside = sorted.filter((t) => inPeriod(t.date, range));
  if (inside.length === 0) return { assessed: false, improved: false };
  const before = sorted.filter((t) => t.date.getTime() < range.from.getTime());
  const baseline = before[before.length - 1] ?? inside[0]!;
  const latest = inside[inside.length - 1]!;
  const improved = L2_SKILLS.some((_, i) => (latest.ranks[i] ?? 0) > (baseline.ranks[i] ?? 0));
  return { assessed: true, improved };
}

/** The indicators of a group of pupils for one period. */
export function computeIndicators(
  facts: readonly PupilMonitoringFacts[],
  period: PeriodKey,
): MonitoringIndicators {
  const range = periodRange(period);
  const s = emptyIndicators();
  const within = (d: Date) => inPeriod(d, range);
  for (const f of facts) {
    s.pupils += 1;
    const tutoring = f.tutoring.filter((t) => within(t.date));
    const l2Lessons = tutoring.filter((t) => t.l2);
    const study = tutoring.filter((t) => !t.l2);
    const peer = f.peer.filter((p) => within(p.date));
    const meetings = f.meetings.filter((m) => within(m.date));
    const mediated = meetings.filter((m) => m.mediator);
    const orientation = f.orientation.filter(
      (o) =>
        range.kind === 'schoolYear' && schoolYearPeriodKey(o.schoolYear) === period && o.hours > 0,
    );
    const referrals = f.referrals.filter((r) => within(r.date));
    const reached: Record<MonitoringAction, boolean> = {
      l2: l2Lessons.length > 0,
      tutoring: study.length > 0,
      peerEducation: peer.length > 0,
      familyMediation: mediated.length > 0,
      orientation: orientation.length > 0,
      referrals: referrals.length > 0,
    };
    for (const action of MONITORING_ACTIONS) if (reached[action]) s.reached[action] += 1;
    const any = MONITORING_ACTIONS.some((a) => reached[a]);
    if (any) s.reached.any += 1;
    s.minutes.l2 += l2Lessons.reduce((a, t) => a + t.minutes, 0);
    s.minutes.tutoring += study.reduce((a, t) => a + t.minutes, 0);
    s.minutes.orientation += Math.round(orientation.reduce((a, o) => a + o.hours, 0) * 60);
    s.sessions.peerEducation += peer.length;
    s.sessions.familyMediation += mediated.length;
    const l2 = l2ImprovedIn(f.l2, range);
    if (l2.assessed) s.l2Assessed += 1;
    if (l2.improved) s.l2Improved += 1;
    if (meetings.length > 0) s.families.reached += 1;
    if (mediated.length > 0) s.families.withMediator += 1;
    s.referrals.made += referrals.length;
    for (const r of referrals) {
      s.referrals.byStatus[r.status] = (s.referrals.byStatus[r.status] ?? 0) + 1;
      if (r.outcome) s.referrals.byOutcome[r.outcome] = (s.referrals.byOutcome[r.outcome] ?? 0) + 1;
    }
    s.interventions.opened += f.interventions.filter((i) => within(i.start)).length;
    s.interventions.closed += f.interventions.filter(
      (i) => i.closedAt && within(i.closedAt),
    ).length;
    if (f.reviewedLevel === 'red') {
      s.red.pupils += 1;
      const startedInPeriod = f.interventions.some((i) => within(i.start));
      if (!f.activeIntervention && !any && !startedInPeriod) s.red.noHelpStarted += 1;
    }
  }
  return s;
}

/** Sum of disjoint groups (classes of a school, schools of an Ambito): exact. */
export function sumIndicators(groups: readonly MonitoringIndicators[]): MonitoringIndicators {
  return groups.reduce<MonitoringIndicators>(
    (acc, g) => ({
      pupils: acc.pupils + g.pupils,
      reached: addCounts(acc.reached, g.reached),
      minutes: addCounts(acc.minutes, g.minutes),
      sessions: addCounts(acc.sessions, g.sessions),
      l2Assessed: acc.l2Assessed + g.l2Assessed,
      l2Improved: acc.l2Improved + g.l2Improved,
      families: addCounts(acc.families, g.families),
      referrals: {
        made: acc.referrals.made + g.referrals.made,
        byStatus: addCounts(acc.referrals.byStatus, g.referrals.byStatus),
        byOutcome: addCounts(acc.referrals.byOutcome, g.referrals.byOutcome),
      },
      interventions: addCounts(acc.interventions, g.interventions),
      red: addCounts(acc.red, g.red),
    }),
    emptyIndicators(),
  );
}

/** A pupil's dose-response observation for a school-year period (null for quarters). */
export function doseObservationOf(
  f: PupilMonitoringFacts,
  period: PeriodKey,
): DoseObservation | null {
  const range = periodRange(period);
  if (range.kind !== 'schoolYear') return null;
  return observationOf({
    schoolYear: `${period.slice(0, 4)}/${period.slice(5)}`,
    terms: f.terms,
    tutoring: f.tutoring,
    l2: f.l2,
  });
}

/** The figures of a group of pupils for one period. */
export function periodFiguresOf(
  facts: readonly PupilMonitoringFacts[],
  period: PeriodKey,
): { indicators: MonitoringIndicators; dose: DoseResponseCells } {
  const observations = facts
    .map((f) => doseObservationOf(f, period))
    .filter((o): o is DoseObservation => o !== null);
  return { indicators: computeIndicators(facts, period), dose: doseCellsOf(observations) };
}
