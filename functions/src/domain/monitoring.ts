/**
 * Programme monitoring (DOMAIN.md, "Programme monitoring (FAMI)"): the funder's indicators per
 * school, Ambito and Region and per period (calendar quarter or school year), computed from what
 * was logged, never typed in.
 *
 * The chain mirrors the dashboards' (stats.ts): each pupil's facts (`monitoringFacts/current`,
 * from the pupil's records) -> per class (`schools/{s}/monitoring/class_{c}`, every period) ->
 * per school and period (`schools/{s}/monitoring/{period}`) -> Ambito -> Region. Every level is
 * recomputed from the level below, never incremented. Unique pupils are counted per class and
 * summed: a pupil is in one class of one school, so the sums of classes and of schools are exact
 * unique counts. Above the school, counts of 3 or fewer are published as "<=3" (stats.ts).
 */
import { z } from 'zod';
import { idSchema } from './common';
import { L2_SKILLS } from './l2';
import type {
  FamilyMeeting,
  Intervention,
  L2Assessment,
  TermRecord,
  TutoringSession,
  PeerSession,
} from './records';
import { riskLevelSchema, type RiskLevel } from './risk';
import type { SchoolSettings } from './school';
import { termStartDate } from './school-calendar';
import { cefrRank } from './l2';
import { SUPPRESSED, SUPPRESSION_MAX, suppressCount, type SuppressedCount } from './stats';
import {
  DOSE_BANDS,
  doseResponseCellsSchema,
  emptyDoseCells,
  type DoseResponseCells,
  addDoseCells,
  doseCellsOf,
  doseResponseCellsOf,
  observationOf,
  type DoseObservation,
} from './monitoring-effect';

/** Bumped when a definition below changes: a frozen report says which one it used. */
export const MONITORING_AGGREGATION_VERSION = '1.0.0';

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

/** "2026-Q4" (calendar quarter) or "2026-27" (school year, 1 September to 31 August). */
export const periodKeySchema = z
  .string()
  .regex(/^(\d{4}-Q[1-4]|\d{4}-\d{2})$/, { error: 'validation.invalidChoice' });
export type PeriodKey = z.infer<typeof periodKeySchema>;

export interface PeriodRange {
  key: PeriodKey;
  kind: 'quarter' | 'schoolYear';
  /** Inclusive start, exclusive end (UTC midnight). */
  from: Date;
  to: Date;
}

/** The period a key names. */
export function periodRange(key: PeriodKey): PeriodRange {
  const year = Number(key.slice(0, 4));
  if (key.includes('Q')) {
    const q = Number(key.slice(6));
    return {
      key,
      kind: 'quarter',
      from: new Date(Date.UTC(year, (q - 1) * 3, 1)),
      to: new Date(Date.UTC(year, q * 3, 1)),
    };
  }
  return {
    key,
    kind: 'schoolYear',
    from: new Date(Date.UTC(year, 8, 1)),
    to: new Date(Date.UTC(year + 1, 8, 1)),
  };
}

export function quarterKeyOf(date: Date): PeriodKey {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

export function schoolYearKeyOf(date: Date): PeriodKey {
  const start = date.getUTCMonth() >= 8 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** "2026/27" -> "2026-27". */
export function schoolYearPeriodKey(schoolYear: string): PeriodKey {
  return schoolYear.replace('/', '-');
}

/** The quarter and the school year containing a date. */
export function periodsOfDate(date: Date): PeriodKey[] {
  return [quarterKeyOf(date), schoolYearKeyOf(date)];
}

export function inPeriod(date: Date, range: PeriodRange): boolean {
  const t = date.getTime();
  return t >= range.from.getTime() && t < range.to.getTime();
}

/** Sorted newest first; school years before quarters of the same start. */
export function sortPeriods(keys: Iterable<PeriodKey>): PeriodKey[] {
  return [...new Set(keys)].sort((a, b) => {
    const ra = periodRange(a);
    const rb = periodRange(b);
    return rb.to.getTime() - ra.to.getTime() || (ra.kind === 'schoolYear' ? -1 : 1);
  });
}

// ---------------------------------------------------------------------------------------------
// One pupil's facts (`schools/{s}/pupils/{p}/monitoringFacts/current`, functions only)
// ---------------------------------------------------------------------------------------------

/** "Italiano L2", "L2 - lessico": a tutoring session is L2 teaching when its subject says so. */
export function isL2Subject(subject: string): boolean {
  return /(^|[^a-z0-9])l2([^a-z0-9]|$)/i.test(subject);
}

const minutes = z.number().int().min(0);

/**
 * What the indicators read of one pupil: only dated activity, no text, no names. Orientation
 * and referrals are read from their own domains (orientation.ts, referrals) when logged.
 */
export const pupilMonitoringFactsSchema = z.object({
  schoolId: idSchema,
  pupilId: idSchema,
  classId: z.string(),
  computedAt: z.date(),
  /** Attended tutoring sessions; `l2` when the subject is Italian L2. */
  tutoring: z.array(z.object({ date: z.date(), minutes, l2: z.boolean() })),
  /** Attended peer-education sessions (no duration is logged for them). */
  peer: z.array(z.object({ date: z.date() })),
  /** Family meetings that took place, with a mediator present or not. */
  meetings: z.array(z.object({ date: z.date(), mediator: z.boolean() })),
  /** L2 assessments: rank of each skill in L2_SKILLS order (CEFR_LEVELS index). */
  l2: z.array(z.object({ date: z.date(), ranks: z.array(z.number().int().min(0)).length(5) })),
  /** Mean of the numeric marks of each term record (null: giudizi only or no marks). */
  terms: z.array(
    z.object({
      schoolYear: z.string(),
      term: z.number().int(),
      mean: z.number().nullable(),
      /** First day after the term (school calendar of the school). */
      end: z.date(),
    }),
  ),
  /** Interventions: started on `start`; `closedAt` when completed or stopped (last update). */
  interventions: z.array(z.object({ start: z.date(), closedAt: z.date().nullable() })),
  /**
   * Orientation module hours per school year (orientation.ts logs them per year, so they count
   * in the school-year period only, never in a quarter).
   */
  orientation: z.array(z.object({ schoolYear: z.string(), hours: z.number().min(0) })),
  /** Referrals sent for the pupil (extension point: filled once a referrals domain exists). */
  referrals: z.array(
    z.object({ date: z.date(), status: z.string(), outcome: z.string().nullable() }),
  ),
  /** From `risk/current`: the level people act on, and whether an intervention is active. */
  reviewedLevel: riskLevelSchema.nullable(),
  activeIntervention: z.boolean(),
});
export type PupilMonitoringFacts = z.infer<typeof pupilMonitoringFactsSchema>;

/** Every period in which the pupil has dated activity. */
export function factPeriods(f: PupilMonitoringFacts): PeriodKey[] {
  const dates = [
    ...f.tutoring.map((x) => x.date),
    ...f.peer.map((x) => x.date),
    ...f.meetings.map((x) => x.date),
    ...f.l2.map((x) => x.date),
    ...f.interventions.map((x) => x.start),
    ...f.interventions.flatMap((x) => (x.closedAt ? [x.closedAt] : [])),
    ...f.referrals.map((x) => x.date),
  ];
  const years = f.orientation
    .filter((o) => o.hours > 0)
    .map((o) => schoolYearPeriodKey(o.schoolYear));
  return [...new Set([...dates.flatMap(periodsOfDate), ...years])];
}

// ---------------------------------------------------------------------------------------------
// Indicators (exact counts, as a school sees them)
// ---------------------------------------------------------------------------------------------

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

function addCounts<T extends Record<string, number>>(a: T, b: T): T {
  const out: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out as T;
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

/** First day after a term of a school year. */
export function termEndDate(
  schoolYear: string,
  term: number,
  termSystem: SchoolSettings['termSystem'],
): Date {
  const last = termSystem === 'quadrimestri' ? 2 : 3;
  if (term >= last) return new Date(Date.UTC(Number(schoolYear.slice(0, 4)) + 1, 8, 1));
  return termStartDate(schoolYear, term + 1, termSystem);
}

/** Mean of the numeric marks (as the engine's mean-mark flag), null without any. */
export function meanOfNumericMarks(record: Pick<TermRecord, 'marks'>): number | null {
  const values = Object.values(record.marks).flatMap((m) =>
    m.kind === 'numeric' ? [m.value] : [],
  );
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Dated like every record: `updatedAt` of the record metadata. */
type Stamped<T> = T & { updatedAt: Date };

/** One pupil's facts from their records (pure: the functions read, this decides). */
export function buildPupilFacts(input: {
  schoolId: string;
  pupilId: string;
  classId: string;
  termSystem: SchoolSettings['termSystem'];
  computedAt: Date;
  tutoring: readonly TutoringSession[];
  peer: readonly PeerSession[];
  meetings: readonly FamilyMeeting[];
  l2: readonly L2Assessment[];
  terms: readonly TermRecord[];
  interventions: readonly Stamped<Intervention>[];
  orientation: readonly { schoolYear: string; orientationHours: number }[];
  referrals: readonly { date: Date; status: string; outcome: string | null }[];
  reviewedLevel: RiskLevel | null;
  activeIntervention: boolean;
}): PupilMonitoringFacts {
  const byDate = <T extends { date: Date }>(list: T[]) =>
    list.sort((a, b) => a.date.getTime() - b.date.getTime());
  return {
    schoolId: input.schoolId,
    pupilId: input.pupilId,
    classId: input.classId,
    computedAt: input.computedAt,
    tutoring: byDate(
      input.tutoring
        .filter((t) => t.attended)
        .map((t) => ({ date: t.date, minutes: t.minutes, l2: isL2Subject(t.subject) })),
    ),
    peer: byDate(input.peer.filter((p) => p.attended).map((p) => ({ date: p.date }))),
    meetings: byDate(
      input.meetings
        .filter((m) => m.held)
        .map((m) => ({ date: m.date, mediator: m.mediatorPresent })),
    ),
    l2: byDate(
      input.l2.map((a) => ({ date: a.date, ranks: L2_SKILLS.map((s) => cefrRank(a.levels[s])) })),
    ),
    terms: input.terms
      .map((t) => ({
        schoolYear: t.schoolYear,
        term: t.term,
        mean: meanOfNumericMarks(t),
        end: termEndDate(t.schoolYear, t.term, input.termSystem),
      }))
      .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear) || a.term - b.term),
    interventions: input.interventions
      .map((i) => ({
        start: i.start,
        closedAt: i.status === 'completed' || i.status === 'stopped' ? i.updatedAt : null,
      }))
      .sort((a, b) => a.start.getTime() - b.start.getTime()),
    orientation: input.orientation
      .map((o) => ({ schoolYear: o.schoolYear, hours: o.orientationHours }))
      .sort((x, y) => x.schoolYear.localeCompare(y.schoolYear)),
    referrals: byDate(input.referrals.map((r) => ({ ...r }))),
    reviewedLevel: input.reviewedLevel,
    activeIntervention: input.activeIntervention,
  };
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

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

export const MONITORING_CLASS_PREFIX = 'class_';
export function monitoringClassDocId(classId: string): string {
  return `${MONITORING_CLASS_PREFIX}${classId}`;
}

/** Per-period figures of one class (exact), with the dose-response cells of school years. */
const periodFiguresSchema = z.object({
  indicators: monitoringIndicatorsSchema,
  dose: doseResponseCellsSchema,
});
export type PeriodFigures = z.infer<typeof periodFiguresSchema>;

/** `schools/{s}/monitoring/class_{c}`: the class's figures for every period with activity. */
export const classMonitoringSchema = z.object({
  kind: z.literal('class'),
  schoolId: idSchema,
  classId: z.string(),
  computedAt: z.date(),
  periods: z.record(z.string(), periodFiguresSchema),
});
export type ClassMonitoring = z.infer<typeof classMonitoringSchema>;

/** `schools/{s}/monitoring/{period}`: the school's exact figures (the head reads them). */
export const schoolMonitoringSchema = z.object({
  kind: z.literal('school'),
  schoolId: idSchema,
  schoolName: z.string(),
  districtId: z.string(),
  period: periodKeySchema,
  computedAt: z.date(),
  aggregationVersion: z.string(),
  indicators: monitoringIndicatorsSchema,
  dose: doseResponseCellsSchema,
});
export type SchoolMonitoring = z.infer<typeof schoolMonitoringSchema>;

/** Periods every class document carries even without activity: the current ones. */
export function currentPeriods(asOf: Date): PeriodKey[] {
  return periodsOfDate(asOf);
}

/** The class document: figures for the current periods and every period with activity. */
export function buildClassMonitoring(input: {
  schoolId: string;
  classId: string;
  facts: readonly PupilMonitoringFacts[];
  computedAt: Date;
}): ClassMonitoring {
  const keys = sortPeriods([
    ...currentPeriods(input.computedAt),
    ...input.facts.flatMap(factPeriods),
  ]);
  return {
    kind: 'class',
    schoolId: input.schoolId,
    classId: input.classId,
    computedAt: input.computedAt,
    periods: Object.fromEntries(keys.map((k) => [k, periodFiguresOf(input.facts, k)])),
  };
}

/** Every period any class of the school has figures for. */
export function schoolPeriods(classes: readonly ClassMonitoring[]): PeriodKey[] {
  return sortPeriods(classes.flatMap((c) => Object.keys(c.periods)));
}

/** The school's document for one period: the sum of its classes (exact). */
export function buildSchoolMonitoring(input: {
  schoolId: string;
  schoolName: string;
  districtId: string;
  period: PeriodKey;
  classes: readonly ClassMonitoring[];
  computedAt: Date;
}): SchoolMonitoring {
  const figures = input.classes.flatMap((c) => {
    const f = c.periods[input.period];
    return f ? [f] : [];
  });
  return {
    kind: 'school',
    schoolId: input.schoolId,
    schoolName: input.schoolName,
    districtId: input.districtId,
    period: input.period,
    computedAt: input.computedAt,
    aggregationVersion: MONITORING_AGGREGATION_VERSION,
    indicators: sumIndicators(figures.map((f) => f.indicators)),
    dose: figures.reduce<DoseResponseCells>(
      (acc, f) => addDoseCells(acc, f.dose),
      emptyDoseCells(),
    ),
  };
}

const suppressedCount = z.union([count, z.literal(SUPPRESSED)]);

/** `MonitoringIndicators` with every count of 3 or fewer replaced by "<=3". */
export const suppressedIndicatorsSchema = z.object({
  pupils: suppressedCount,
  reached: z.record(z.string(), suppressedCount),
  /** Hours (whole above the school, one decimal for the school), hidden for 3 pupils or fewer. */
  hours: z.record(z.string(), z.union([z.number().min(0), z.literal(SUPPRESSED)])),
  sessions: z.record(z.string(), suppressedCount),
  l2Assessed: suppressedCount,
  l2Improved: suppressedCount,
  families: z.object({ reached: suppressedCount, withMediator: suppressedCount }),
  referrals: z.object({
    made: suppressedCount,
    byStatus: z.record(z.string(), suppressedCount),
    byOutcome: z.record(z.string(), suppressedCount),
  }),
  interventions: z.object({ opened: suppressedCount, closed: suppressedCount }),
  red: z.object({ pupils: suppressedCount, noHelpStarted: suppressedCount }),
});
export type SuppressedIndicators = z.infer<typeof suppressedIndicatorsSchema>;

function suppressRecord(r: Record<string, number>): Record<string, SuppressedCount> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, suppressCount(v)]));
}

/** Hours are hidden when 3 or fewer pupils received them (they would describe those pupils). */
function hoursShown(minutesDelivered: number, pupilsReached: number): SuppressedCount {
  return pupilsReached <= SUPPRESSION_MAX ? SUPPRESSED : Math.round(minutesDelivered / 60);
}

/** Indicators as they leave the school (for an Ambito or the Region). */
export function suppressIndicators(s: MonitoringIndicators): SuppressedIndicators {
  return {
    pupils: suppressCount(s.pupils),
    reached: suppressRecord(s.reached),
    hours: {
      l2: hoursShown(s.minutes.l2, s.reached.l2),
      tutoring: hoursShown(s.minutes.tutoring, s.reached.tutoring),
      orientation: hoursShown(s.minutes.orientation, s.reached.orientation),
    },
    sessions: {
      peerEducation:
        s.reached.peerEducation <= SUPPRESSION_MAX ? SUPPRESSED : s.sessions.peerEducation,
      familyMediation:
        s.reached.familyMediation <= SUPPRESSION_MAX ? SUPPRESSED : s.sessions.familyMediation,
    },
    l2Assessed: suppressCount(s.l2Assessed),
    l2Improved: suppressCount(s.l2Improved),
    families: {
      reached: suppressCount(s.families.reached),
      withMediator: suppressCount(s.families.withMediator),
    },
    referrals: {
      made: suppressCount(s.referrals.made),
      byStatus: suppressRecord(s.referrals.byStatus),
      byOutcome: suppressRecord(s.referrals.byOutcome),
    },
    interventions: {
      opened: suppressCount(s.interventions.opened),
      closed: suppressCount(s.interventions.closed),
    },
    red: { pupils: suppressCount(s.red.pupils), noHelpStarted: suppressCount(s.red.noHelpStarted) },
  };
}

/** Indicators as the school itself sees them: exact, hours rounded to one decimal. */
export function unsuppressedView(s: MonitoringIndicators): SuppressedIndicators {
  const h = (m: number) => Math.round(m / 6) / 10;
  return {
    pupils: s.pupils,
    reached: { ...s.reached },
    hours: {
      l2: h(s.minutes.l2),
      tutoring: h(s.minutes.tutoring),
      orientation: h(s.minutes.orientation),
    },
    sessions: { ...s.sessions },
    l2Assessed: s.l2Assessed,
    l2Improved: s.l2Improved,
    families: { ...s.families },
    referrals: {
      made: s.referrals.made,
      byStatus: { ...s.referrals.byStatus },
      byOutcome: { ...s.referrals.byOutcome },
    },
    interventions: { ...s.interventions },
    red: { ...s.red },
  };
}

/** One row of an aggregate published above the school (a school in an Ambito, an Ambito). */
const publishedRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  indicators: suppressedIndicatorsSchema,
});
export type PublishedRow = z.infer<typeof publishedRowSchema>;

/** Dose-response as published: per band, pupils (suppressed) and mean changes (null if hidden). */
export const publishedDoseSchema = z.array(
  z.object({
    band: z.enum(DOSE_BANDS),
    helped: suppressedCount,
    marksChange: z.number().nullable(),
    marksChangeComparison: z.number().nullable(),
    l2Change: z.number().nullable(),
    l2ChangeComparison: z.number().nullable(),
  }),
);
export type PublishedDose = z.infer<typeof publishedDoseSchema>;

/** `districts/{d}/monitoring/{period}`: the Ambito and its schools, suppressed. */
export const districtMonitoringSchema = z.object({
  kind: z.literal('district'),
  districtId: idSchema,
  districtName: z.string(),
  regionId: z.string(),
  period: periodKeySchema,
  computedAt: z.date(),
  aggregationVersion: z.string(),
  totals: suppressedIndicatorsSchema,
  schools: z.array(publishedRowSchema),
  dose: publishedDoseSchema,
});
export type DistrictMonitoring = z.infer<typeof districtMonitoringSchema>;

/** `regions/{r}/monitoring/{period}`: the Region and its Ambiti, suppressed. */
export const regionMonitoringSchema = z.object({
  kind: z.literal('region'),
  regionId: idSchema,
  period: periodKeySchema,
  computedAt: z.date(),
  aggregationVersion: z.string(),
  totals: suppressedIndicatorsSchema,
  districts: z.array(publishedRowSchema.extend({ schools: count })),
  dose: publishedDoseSchema,
});
export type RegionMonitoring = z.infer<typeof regionMonitoringSchema>;

/** The Ambito's document from its schools' exact documents. */
export function buildDistrictMonitoring(input: {
  districtId: string;
  districtName: string;
  regionId: string;
  period: PeriodKey;
  schools: readonly SchoolMonitoring[];
  computedAt: Date;
}): DistrictMonitoring {
  const schools = [...input.schools].sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'it'));
  const total = sumIndicators(schools.map((s) => s.indicators));
  const dose = schools.reduce<DoseResponseCells>(
    (acc, s) => addDoseCells(acc, s.dose),
    emptyDoseCells(),
  );
  return {
    kind: 'district',
    districtId: input.districtId,
    districtName: input.districtName,
    regionId: input.regionId,
    period: input.period,
    computedAt: input.computedAt,
    aggregationVersion: MONITORING_AGGREGATION_VERSION,
    totals: suppressIndicators(total),
    schools: schools.map((s) => ({
      id: s.schoolId,
      name: s.schoolName,
      indicators: suppressIndicators(s.indicators),
    })),
    dose: publishDose(dose),
  };
}

/** The Region's document from the exact documents of every school of its Ambiti. */
export function buildRegionMonitoring(input: {
  regionId: string;
  period: PeriodKey;
  districts: readonly { id: string; name: string; schools: readonly SchoolMonitoring[] }[];
  computedAt: Date;
}): RegionMonitoring {
  const districts = [...input.districts].sort((a, b) => a.name.localeCompare(b.name, 'it'));
  const all = districts.flatMap((d) => d.schools);
  const dose = all.reduce<DoseResponseCells>(
    (acc, s) => addDoseCells(acc, s.dose),
    emptyDoseCells(),
  );
  return {
    kind: 'region',
    regionId: input.regionId,
    period: input.period,
    computedAt: input.computedAt,
    aggregationVersion: MONITORING_AGGREGATION_VERSION,
    totals: suppressIndicators(sumIndicators(all.map((s) => s.indicators))),
    districts: districts.map((d) => ({
      id: d.id,
      name: d.name,
      schools: d.schools.length,
      indicators: suppressIndicators(sumIndicators(d.schools.map((s) => s.indicators))),
    })),
    dose: publishDose(dose),
  };
}

/** Dose-response figures, each band hidden when 3 or fewer helped pupils are in it. */
export function publishDose(cells: DoseResponseCells, suppress = true): PublishedDose {
  return doseResponseCellsOf(cells).map((b) => {
    const hide = suppress && b.helped <= SUPPRESSION_MAX;
    return {
      band: b.band,
      helped: suppress ? suppressCount(b.helped) : b.helped,
      marksChange: hide ? null : b.marksChange,
      marksChangeComparison: hide ? null : b.marksChangeComparison,
      l2Change: hide ? null : b.l2Change,
      l2ChangeComparison: hide ? null : b.l2ChangeComparison,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Frozen reports
// ---------------------------------------------------------------------------------------------

export const REPORT_SCOPES = ['school', 'district', 'region'] as const;
export type ReportScope = (typeof REPORT_SCOPES)[number];

export const freezeReportInputSchema = z.strictObject({
  scope: z.enum(REPORT_SCOPES),
  /** The school, Ambito or Region id; must be the caller's own. */
  scopeId: idSchema,
  period: periodKeySchema,
});
export type FreezeReportInput = z.infer<typeof freezeReportInputSchema>;

/** `{schools|districts|regions}/{id}/reports/{period}`: written once, never changed. */
export const monitoringReportSchema = z.object({
  scope: z.enum(REPORT_SCOPES),
  scopeId: idSchema,
  scopeName: z.string(),
  period: periodKeySchema,
  frozenAt: z.date(),
  frozenBy: idSchema,
  frozenByName: z.string(),
  engineVersion: z.string(),
  aggregationVersion: z.string(),
  /** The figures as published to the report's readers (exact for a school). */
  totals: suppressedIndicatorsSchema,
  rows: z.array(publishedRowSchema),
  dose: publishedDoseSchema,
});
export type MonitoringReport = z.infer<typeof monitoringReportSchema>;

/** The figures a report freezes, from the current aggregate of its scope. */
export function reportFigures(
  doc: SchoolMonitoring | DistrictMonitoring | RegionMonitoring,
): Pick<MonitoringReport, 'totals' | 'rows' | 'dose'> {
  if (doc.kind === 'school') {
    return {
      totals: unsuppressedView(doc.indicators),
      rows: [],
      dose: publishDose(doc.dose, false),
    };
  }
  if (doc.kind === 'district') return { totals: doc.totals, rows: doc.schools, dose: doc.dose };
  return {
    totals: doc.totals,
    rows: doc.districts.map(({ id, name, indicators }) => ({ id, name, indicators })),
    dose: doc.dose,
  };
}

// ---------------------------------------------------------------------------------------------
// Rows (table, CSV, printed report) and the difference against a frozen copy
// ---------------------------------------------------------------------------------------------

/** Indicator keys in reading order; labels live in the web locales (`monitoring:indicator.*`). */
export const INDICATOR_KEYS = [
  'pupils',
  'reached.any',
  'reached.l2',
  'reached.tutoring',
  'reached.peerEducation',
  'reached.familyMediation',
  'reached.orientation',
  'reached.referrals',
  'hours.l2',
  'hours.tutoring',
  'hours.orientation',
  'sessions.peerEducation',
  'sessions.familyMediation',
  'l2Assessed',
  'l2Improved',
  'families.reached',
  'families.withMediator',
  'referrals.made',
  'interventions.opened',
  'interventions.closed',
  'red.pupils',
  'red.noHelpStarted',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export interface IndicatorRow {
  key: string;
  value: SuppressedCount | number;
}

/** The flat rows of a set of indicators, referrals by status and outcome appended. */
export function indicatorRows(s: SuppressedIndicators): IndicatorRow[] {
  const rows: IndicatorRow[] = INDICATOR_KEYS.map((key) => {
    const [a, b] = key.split('.') as [string, string | undefined];
    const top = (s as unknown as Record<string, unknown>)[a];
    const value = b === undefined ? top : (top as Record<string, unknown>)[b];
    return { key, value: (value ?? 0) as SuppressedCount };
  });
  for (const [k, v] of Object.entries(s.referrals.byStatus).sort()) {
    rows.push({ key: `referrals.byStatus.${k}`, value: v });
  }
  for (const [k, v] of Object.entries(s.referrals.byOutcome).sort()) {
    rows.push({ key: `referrals.byOutcome.${k}`, value: v });
  }
  return rows;
}

export interface IndicatorDifference {
  /** The row's id (indicator key, or `<rowId>:<key>` for a school or Ambito row). */
  key: string;
  frozen: SuppressedCount | number | null;
  current: SuppressedCount | number | null;
  /** current - frozen when both are numbers, else null. */
  delta: number | null;
}

function rowsOfReport(
  r: Pick<MonitoringReport, 'totals' | 'rows'>,
): Map<string, IndicatorRow['value']> {
  const out = new Map<string, IndicatorRow['value']>();
  for (const row of indicatorRows(r.totals)) out.set(row.key, row.value);
  for (const child of r.rows) {
    for (const row of indicatorRows(child.indicators)) out.set(`${child.id}:${row.key}`, row.value);
  }
  return out;
}

/**
 * Later corrections as differences against a frozen report: every figure whose current value
 * differs from the frozen one (new rows and rows gone included). Empty when nothing changed.
 */
export function diffReport(
  frozen: Pick<MonitoringReport, 'totals' | 'rows'>,
  current: Pick<MonitoringReport, 'totals' | 'rows'>,
): IndicatorDifference[] {
  const a = rowsOfReport(frozen);
  const b = rowsOfReport(current);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const out: IndicatorDifference[] = [];
  for (const key of keys) {
    const f = a.get(key) ?? null;
    const c = b.get(key) ?? null;
    if (f === c) continue;
    out.push({
      key,
      frozen: f,
      current: c,
      delta: typeof f === 'number' && typeof c === 'number' ? Math.round((c - f) * 10) / 10 : null,
    });
  }
  return out;
}

export { SUPPRESSED };
