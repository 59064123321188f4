/**
 * Transitions (issue 14): when a pupil moves to another school of the network, a handover
 * sheet goes with them and the receiving school is asked, at the end of its first term,
 * whether the pupil is still enrolled and how the marks went. A pupil no longer enrolled
 * anywhere in the network by `confirmBy` becomes a red "left school" case: by name for the
 * sending school until the receiving school confirms, as a count for the Ambito.
 *
 * `transitions/{transferRequestId}` is top-level, like `transferRequests`, because both
 * schools read it and neither owns it: the pupil's documents move to the receiving school,
 * while the sending school must keep seeing what became of the pupil. Written by functions
 * only (the transfer job, the confirmation callable, the daily check). Pure.
 */
import { z } from 'zod';
import { dateSchema, idSchema, optionalText, schoolYearOf, text } from './common';
import { type CefrLevel, cefrLevelSchema, cefrRank } from './l2';
import { l2OverallLevel } from './l2-assessments';
import { TRACKS, type OrientationRecord, storedOrientationSchema } from './orientation';
import { isNai, pupilSchema } from './pupil';
import {
  INTERVENTION_TYPES,
  L2_DOMAINS,
  type Intervention,
  type L2Assessment,
  type PeerSession,
  STORED_RECORD_SCHEMAS,
  type TutoringSession,
} from './records';
import type { TransferRequest } from './transfer';
import type { SchoolSettings } from './school';
import { addDays, firstScrutinioDate, startOfUtcDay } from './school-calendar';

export const TRANSITION_STATUSES = ['pending', 'confirmed', 'leftSchool'] as const;
export type TransitionStatus = (typeof TRANSITION_STATUSES)[number];

/** Days after the end of the receiving school's first term to answer before the check. */
export const TRANSITION_CONFIRM_GRACE_DAYS = 30;
/** At most this many items in each list of the handover sheet. */
export const HANDOVER_MAX_ITEMS = 10;

export const handoverSchema = z.object({
  homeLanguages: z.array(z.string()),
  nai: z.boolean(),
  pdp: z.boolean(),
  /** Latest overall level per domain (communication, study). */
  l2Levels: z.array(
    z.object({ domain: z.enum(L2_DOMAINS), level: cefrLevelSchema, date: dateSchema }),
  ),
  /** What helped: the interventions and sessions with the most hours or an outcome. */
  whatHelped: z.array(
    z.object({
      kind: z.enum(['intervention', 'tutoring', 'peer']),
      label: z.string(),
      hours: z.number().min(0).nullable(),
      outcome: z.string(),
    }),
  ),
  openInterventions: z.array(
    z.object({ type: z.enum(INTERVENTION_TYPES), goal: z.string(), start: dateSchema }),
  ),
  orientation: z
    .object({
      schoolYear: z.string(),
      orientationHours: z.number().min(0),
      recommendedTrack: z.enum(TRACKS).nullable(),
      recommendedCourse: z.string(),
      familyTrack: z.enum(TRACKS).nullable(),
      enrolledSchool: z.string(),
      enrolledTrack: z.enum(TRACKS).nullable(),
      strengthSubjects: z.array(z.string()),
      interests: z.string(),
    })
    .nullable(),
});
export type Handover = z.infer<typeof handoverSchema>;

export const transitionConfirmationSchema = z.object({
  stillEnrolled: z.boolean(),
  /** Mean of the first term's marks at the receiving school, when known. */
  meanMark: z.number().min(0).max(10).nullable(),
  notes: z.string(),
  byUid: idSchema,
  at: dateSchema,
});

/** `transitions/{transferRequestId}`: functions write it; both schools' heads (and referents) read it. */
export const transitionSchema = z.strictObject({
  transferRequestId: idSchema,
  pupilId: idSchema,
  pupilName: z.string(),
  fromSchoolId: idSchema,
  fromSchoolName: z.string(),
  toSchoolId: idSchema,
  toSchoolName: z.string(),
  districtId: z.string().nullable(),
  movedAt: dateSchema,
  /** End of the receiving school's first term: the follow-up task is due then. */
  checkDue: dateSchema,
  /** After this day, a pupil not enrolled anywhere in the network left school. */
  confirmBy: dateSchema,
  status: z.enum(TRANSITION_STATUSES),
  handover: handoverSchema,
  confirmation: transitionConfirmationSchema.nullable(),
  leftSchoolAt: dateSchema.nullable(),
});
export type Transition = z.infer<typeof transitionSchema>;

/** Input of the `confirmTransition` callable (the receiving school answers its task). */
export const confirmTransitionInputSchema = z.strictObject({
  transitionId: idSchema,
  stillEnrolled: z.boolean(),
  meanMark: z.number({ error: 'validation.number' }).min(1).max(10).nullable(),
  notes: optionalText(1000),
});
export type ConfirmTransitionInput = z.infer<typeof confirmTransitionInputSchema>;

/** Name a pupil goes by on the sheets: "Cognome Nome". */
export const pupilNameSchema = text(200);

/**
 * The receiving school's first-term end after a move: the first scrutinio of the school year
 * the pupil starts there (a move in the summer belongs to the next school year).
 */
export function firstTermEndAfter(movedAt: Date, termSystem: SchoolSettings['termSystem']): Date {
  const day = startOfUtcDay(movedAt);
  const sameYear = firstScrutinioDate(schoolYearOf(day), termSystem);
  if (sameYear.getTime() > day.getTime()) return sameYear;
  const nextYear = schoolYearOf(new Date(Date.UTC(day.getUTCFullYear() + 1, 0, 1)));
  const next = firstScrutinioDate(nextYear, termSystem);
  return next.getTime() > day.getTime()
    ? next
    : firstScrutinioDate(schoolYearOf(addDays(next, 200)), termSystem);
}

export function transitionDates(
  movedAt: Date,
  termSystem: SchoolSettings['termSystem'],
): { checkDue: Date; confirmBy: Date } {
  const checkDue = firstTermEndAfter(movedAt, termSystem);
  return { checkDue, confirmBy: addDays(checkDue, TRANSITION_CONFIRM_GRACE_DAYS) };
}

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/**
 * The handover sheet from the pupil's records at the sending school: latest L2 level per
 * domain, what helped (completed or active interventions with an outcome, and the subjects of
 * tutoring and peer sessions with the most attended hours), open interventions, and the most
 * recent orientation record.
 */
export function buildHandover(input: {
  pupil: { homeLanguages: string[]; pdp: boolean };
  nai: boolean;
  l2Assessments: readonly L2Assessment[];
  tutoringSessions: readonly TutoringSession[];
  peerSessions: readonly PeerSession[];
  interventions: readonly Intervention[];
  orientation: readonly OrientationRecord[];
}): Handover {
  const l2Levels = L2_DOMAINS.flatMap((domain) => {
    const latest = [...input.l2Assessments]
      .filter((a) => a.domain === domain)
      .sort((a, b) => b.date.getTime() - a.date.getTime())[0];
    return latest ? [{ domain, level: l2OverallLevel(latest), date: latest.date }] : [];
  });

  const bySubject = new Map<string, number>();
  for (const s of input.tutoringSessions) {
    if (s.attended) bySubject.set(s.subject, (bySubject.get(s.subject) ?? 0) + s.minutes);
  }
  const tutoring = [...bySubject.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([subject, minutes]) => ({
      kind: 'tutoring' as const,
      label: subject,
      hours: hours(minutes),
      outcome: '',
    }));
  const peerTopics = new Map<string, number>();
  for (const s of input.peerSessions) {
    if (s.attended) peerTopics.set(s.topic, (peerTopics.get(s.topic) ?? 0) + 1);
  }
  const peer = [...peerTopics.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([topic]) => ({ kind: 'peer' as const, label: topic, hours: null, outcome: '' }));
  const interventions = input.interventions
    .filter((i) => i.status === 'completed' && i.outcome.trim() !== '')
    .sort((a, b) => b.start.getTime() - a.start.getTime())
    .map((i) => ({
      kind: 'intervention' as const,
      label: i.goal,
      hours: null,
      outcome: i.outcome,
    }));
  const whatHelped = [...interventions, ...tutoring, ...peer].slice(0, HANDOVER_MAX_ITEMS);

  const openInterventions = input.interventions
    .filter((i) => i.status === 'planned' || i.status === 'active')
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, HANDOVER_MAX_ITEMS)
    .map((i) => ({ type: i.type, goal: i.goal, start: i.start }));

  const latest = [...input.orientation].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))[0];
  const orientation = latest
    ? {
        schoolYear: latest.schoolYear,
        orientationHours: latest.orientationHours,
        recommendedTrack: latest.advice?.recommendedTrack ?? null,
        recommendedCourse: latest.advice?.recommendedCourse ?? '',
        familyTrack: latest.advice?.familyTrack ?? null,
        enrolledSchool: latest.advice?.enrolledSchool ?? '',
        enrolledTrack: latest.advice?.enrolledTrack ?? null,
        strengthSubjects: [...(latest.review?.strengthSubjects ?? [])],
        interests: latest.advice?.interests || latest.review?.interests || '',
      }
    : null;
  return {
    homeLanguages: [...input.pupil.homeLanguages],
    nai: input.nai,
    pdp: input.pupil.pdp,
    l2Levels,
    whatHelped,
    openInterventions,
    orientation,
  };
}

/** The best level among the handover's L2 levels, for a one-word summary. */
export function handoverStudyLevel(h: Pick<Handover, 'l2Levels'>): CefrLevel | null {
  const study = h.l2Levels.find((l) => l.domain === 'study');
  if (study) return study.level;
  const levels = h.l2Levels.map((l) => l.level).sort((a, b) => cefrRank(b) - cefrRank(a));
  return levels[0] ?? null;
}

/** What the daily check knows about a pending transition's pupil. */
export interface EnrolmentFacts {
  /** The pupil's document exists at the receiving school. */
  enrolledAtReceivingSchool: boolean;
  /** The pupil moved on again (a later transition from the receiving school). */
  movedOn: boolean;
}

/**
 * The daily check: a pending transition past its `confirmBy` day whose pupil is enrolled
 * nowhere in the network (gone from the receiving school, not moved on) becomes `leftSchool`.
 * A pupil still enrolled but not yet confirmed stays pending (the receiving school's task is
 * overdue). Returns the new status, or null when nothing changes.
 */
export function transitionCheck(
  t: Pick<Transition, 'status' | 'confirmBy'>,
  facts: EnrolmentFacts,
  now: Date,
): 'leftSchool' | null {
  if (t.status !== 'pending') return null;
  if (now.getTime() <= t.confirmBy.getTime()) return null;
  if (facts.enrolledAtReceivingSchool || facts.movedOn) return null;
  return 'leftSchool';
}

/** The status after the receiving school's answer. */
export function statusAfterConfirmation(stillEnrolled: boolean): TransitionStatus {
  return stillEnrolled ? 'confirmed' : 'leftSchool';
}

/** The receiving school's task is open until it answers; overdue after `checkDue`. */
export function isTransitionTaskOpen(t: Pick<Transition, 'status' | 'confirmation'>): boolean {
  return t.confirmation === null && t.status === 'pending';
}

type Docs = Record<string, { id: string; data: Record<string, unknown> }[]>;

function parsed<T>(schema: z.ZodType<T>, docs: Docs, collection: string): T[] {
  return (docs[collection] ?? []).flatMap((d) => {
    const r = schema.safeParse(d.data);
    return r.success ? [r.data] : [];
  });
}

/**
 * The transition a completed transfer writes (at the id of the transfer request, so a retried
 * job writes the same document): the handover sheet from the pupil's documents at the sending
 * school, and the receiving school's check dates.
 */
export function transitionFromTransfer(input: {
  requestId: string;
  request: Pick<
    TransferRequest,
    'fromSchoolId' | 'toSchoolId' | 'pupilId' | 'pupilName' | 'fromSchoolName' | 'toSchoolName'
  >;
  districtId: string | null;
  receiving: Pick<SchoolSettings, 'termSystem'>;
  naiMonths: number;
  source: { pupil: Record<string, unknown>; collections: Docs };
  now: Date;
}): Transition {
  const { request, source, now } = input;
  const pupil = pupilSchema.safeParse(source.pupil);
  const docs = source.collections;
  const handover = buildHandover({
    pupil: {
      homeLanguages: pupil.success ? pupil.data.homeLanguages : [],
      pdp: pupil.success ? pupil.data.pdp : false,
    },
    nai: pupil.success ? isNai(pupil.data, now, input.naiMonths) : false,
    l2Assessments: parsed(STORED_RECORD_SCHEMAS.l2Assessments, docs, 'l2Assessments'),
    tutoringSessions: parsed(STORED_RECORD_SCHEMAS.tutoringSessions, docs, 'tutoringSessions'),
    peerSessions: parsed(STORED_RECORD_SCHEMAS.peerSessions, docs, 'peerSessions'),
    interventions: parsed(STORED_RECORD_SCHEMAS.interventions, docs, 'interventions'),
    orientation: parsed(storedOrientationSchema, docs, 'orientation'),
  });
  return {
    transferRequestId: input.requestId,
    pupilId: request.pupilId,
    pupilName: request.pupilName,
    fromSchoolId: request.fromSchoolId,
    fromSchoolName: request.fromSchoolName,
    toSchoolId: request.toSchoolId,
    toSchoolName: request.toSchoolName,
    districtId: input.districtId,
    movedAt: now,
    ...transitionDates(now, input.receiving.termSystem),
    status: 'pending',
    handover,
    confirmation: null,
    leftSchoolAt: null,
  };
}
