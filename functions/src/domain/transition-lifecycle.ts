import type { z } from 'zod';
import { schoolYearOf } from './common';
import { storedOrientationSchema } from './orientation';
import { isNai, pupilSchema } from './pupil';
import { STORED_RECORD_SCHEMAS } from './records';
import type { SchoolSettings } from './school';
import { addDays, firstScrutinioDate, startOfUtcDay } from './school-calendar';
import type { TransferRequest } from './transfer';
import { buildHandover } from './transition-handover';
import {
  TRANSITION_CONFIRM_GRACE_DAYS,
  type Transition,
  type TransitionStatus,
} from './transition-schemas';

// A transition's life: written when a transfer completes, checked daily, closed by the
// receiving school's answer.

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
