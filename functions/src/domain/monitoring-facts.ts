/**
 * One pupil's monitoring facts (`schools/{s}/pupils/{p}/monitoringFacts/current`, functions
 * only): the dated activity the indicators read, built from the pupil's records (monitoring.ts).
 */
import { z } from 'zod';
import { idSchema } from './common';
import { cefrRank, L2_SKILLS } from './l2';
import { periodsOfDate, schoolYearPeriodKey, type PeriodKey } from './monitoring-periods';
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
