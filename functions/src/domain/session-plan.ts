import { z } from 'zod';
import { dateSchema, idSchema, optionalText, text } from './common';
import { cefrRank, type CefrLevel } from './l2';
import { TUTORING_FORMATS } from './records';

/** Pupils one planned session may gather: the rules check each of them with a read. */
export const MAX_PLAN_PUPILS = 6;
/** A weekly plan runs at most this long after its first date. */
export const MAX_RECURRENCE_DAYS = 366;
/** Occurrences one plan can have (weekly over `MAX_RECURRENCE_DAYS`: 53), with room to spare. */
export const MAX_PLAN_OCCURRENCES = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar day key of an occurrence: "2026-11-23". */
export const occurrenceKeySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalidDate' });

export const startTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.startTime' });

export const recurrenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('weekly'), until: dateSchema }),
]);
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const OCCURRENCE_STATUSES = ['held', 'missed'] as const;

/** What happened at one occurrence: held with attendance per pupil, or missed with a reason. */
export const occurrenceOutcomeSchema = z
  .strictObject({
    status: z.enum(OCCURRENCE_STATUSES, { error: 'validation.invalidChoice' }),
    reason: optionalText(300),
    attendance: z.record(idSchema, z.boolean()),
  })
  .refine((o) => o.status === 'held' || o.reason.length > 0, {
    error: 'validation.reasonRequired',
    path: ['reason'],
  })
  .refine((o) => o.status === 'held' || Object.keys(o.attendance).length === 0, {
    error: 'validation.invalidChoice',
    path: ['attendance'],
  });
export type OccurrenceOutcome = z.infer<typeof occurrenceOutcomeSchema>;

/** A peer-education pairing accepted by a person; its sessions are logged as peerSessions. */
export const peerPairSchema = z.strictObject({
  tutorPupilId: idSchema,
  tuteePupilId: idSchema,
});
export type PeerPair = z.infer<typeof peerPairSchema>;

/** Fields a user types when planning; `sessionPlanSchema` adds outcomes and metadata. */
export const sessionPlanInputSchema = z
  .strictObject({
    /** First (or only) occurrence, a calendar day at UTC midnight. */
    date: dateSchema,
    startTime: startTimeSchema,
    minutes: z
      .number({ error: 'validation.number' })
      .int()
      .min(5, { error: 'validation.minutesRange' })
      .max(480, { error: 'validation.minutesRange' }),
    subject: text(80),
    format: z.enum(TUTORING_FORMATS, { error: 'validation.invalidChoice' }),
    pupilIds: z
      .array(idSchema)
      .min(1, { error: 'validation.atLeastOne' })
      .max(MAX_PLAN_PUPILS, { error: 'validation.tooManyPupils' }),
    educatorUid: idSchema,
    recurrence: recurrenceSchema,
    peerPair: peerPairSchema.nullable(),
  })
  .refine((p) => p.format === 'smallGroup' || p.pupilIds.length === 1, {
    error: 'validation.individualOnePupil',
    path: ['pupilIds'],
  })
  .refine((p) => new Set(p.pupilIds).size === p.pupilIds.length, {
    error: 'validation.duplicatePupil',
    path: ['pupilIds'],
  })
  .refine(
    (p) =>
      p.recurrence.kind === 'none' ||
      (p.recurrence.until >= p.date &&
        p.recurrence.until.getTime() <= p.date.getTime() + MAX_RECURRENCE_DAYS * DAY_MS),
    { error: 'validation.recurrenceUntil', path: ['recurrence', 'until'] },
  )
  .refine(
    (p) =>
      p.peerPair === null ||
      (p.pupilIds.length === 2 &&
        p.peerPair.tutorPupilId !== p.peerPair.tuteePupilId &&
        p.pupilIds.includes(p.peerPair.tutorPupilId) &&
        p.pupilIds.includes(p.peerPair.tuteePupilId)),
    { error: 'validation.invalidChoice', path: ['peerPair'] },
  );
export type SessionPlanInput = z.infer<typeof sessionPlanInputSchema>;

/** `schools/{s}/sessionPlans/{planId}` as stored. */
export const sessionPlanSchema = sessionPlanInputSchema
  .safeExtend({
    /** Occurrence day ("YYYY-MM-DD") -> what happened; planned occurrences are absent. */
    outcomes: z
      .record(occurrenceKeySchema, occurrenceOutcomeSchema)
      .refine((o) => Object.keys(o).length <= MAX_PLAN_OCCURRENCES, {
        error: 'validation.tooManyOccurrences',
      }),
    /**
     * The occurrence the last write marked. Rules cannot loop over a map, so each write may
     * change only this entry, which they validate.
     */
    lastMarkedDate: occurrenceKeySchema.nullable(),
    schoolId: idSchema,
    createdBy: idSchema,
    createdAt: dateSchema,
    updatedAt: dateSchema,
  })
  .refine(
    (p) =>
      Object.values(p.outcomes).every(
        (o) =>
          o.status === 'missed' ||
          (Object.keys(o.attendance).length === p.pupilIds.length &&
            p.pupilIds.every((id) => id in o.attendance)),
      ),
    { error: 'validation.attendanceEveryPupil', path: ['outcomes'] },
  );
export type SessionPlan = z.infer<typeof sessionPlanSchema>;

/** "YYYY-MM-DD" of a calendar day stored at UTC midnight. */
export function occurrenceKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The UTC-midnight date of an occurrence key. */
export function occurrenceDate(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

/**
 * Occurrence days of a plan that fall within [from, to] (calendar days, inclusive): the first
 * date, then every 7 days until `recurrence.until` for a weekly plan.
 */
export function planOccurrences(
  plan: Pick<SessionPlanInput, 'date' | 'recurrence'>,
  from: Date,
  to: Date,
): string[] {
  const first = occurrenceDate(occurrenceKey(plan.date)).getTime();
  const last =
    plan.recurrence.kind === 'weekly'
      ? occurrenceDate(occurrenceKey(plan.recurrence.until)).getTime()
      : first;
  const lo = occurrenceDate(occurrenceKey(from)).getTime();
  const hi = occurrenceDate(occurrenceKey(to)).getTime();
  const keys: string[] = [];
  const step = 7 * DAY_MS;
  let t = first;
  if (lo > first) t = first + Math.ceil((lo - first) / step) * step;
  for (; t <= last && t <= hi; t += step) keys.push(occurrenceKey(new Date(t)));
  return keys;
}

/** Monday (UTC midnight) of the week containing `date`. */
export function weekStart(date: Date): Date {
  const day = occurrenceDate(occurrenceKey(date));
  const offset = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - offset * DAY_MS);
}

// ---- peer education ------------------------------------------------------------------------

/** What the pairing needs to know of a pupil: nothing about nationality or citizenship. */
export interface PeerCandidate {
  id: string;
  homeLanguages: readonly string[];
  /** Overall Italian L2 level from the latest assessment, or null if never assessed. */
  l2Level: CefrLevel | null;
  /** Born in Italy (no arrival date): Italian is taken to be a language of schooling. */
  bornInItaly: boolean;
}

export interface PeerPairSuggestion {
  tutorPupilId: string;
  tuteePupilId: string;
  /** Home languages the two share. */
  sharedLanguages: string[];
}

/** Strength in Italian for pairing: born in Italy ranks above every CEFR level. */
function italianStrength(p: PeerCandidate): number | null {
  if (p.bornInItaly) return Number.MAX_SAFE_INTEGER;
  return p.l2Level === null ? null : cefrRank(p.l2Level);
}

/**
 * Suggested peer-education pairs: a tutor who shares a home language with the tutee and is
 * stronger in Italian (a higher L2 level, or born in Italy when the tutee is not). A pupil
 * whose level is unknown and who was not born in Italy is neither tutor nor tutee. Pairs are
 * suggestions for a person to accept; each tutee gets the tutor with the closest stronger
 * level first (a small gap keeps the tutor's language accessible), ties by id.
 */
export function suggestPeerPairs(pupils: readonly PeerCandidate[]): PeerPairSuggestion[] {
  const suggestions: (PeerPairSuggestion & { gap: number })[] = [];
  for (const tutee of pupils) {
    const tuteeStrength = italianStrength(tutee);
    if (tuteeStrength === null || tutee.bornInItaly) continue;
    for (const tutor of pupils) {
      if (tutor.id === tutee.id) continue;
      const tutorStrength = italianStrength(tutor);
      if (tutorStrength === null || tutorStrength <= tuteeStrength) continue;
      const shared = tutee.homeLanguages.filter((l) => tutor.homeLanguages.includes(l));
      if (shared.length === 0) continue;
      suggestions.push({
        tutorPupilId: tutor.id,
        tuteePupilId: tutee.id,
        sharedLanguages: shared,
        gap: tutorStrength - tuteeStrength,
      });
    }
  }
  return suggestions
    .sort(
      (a, b) =>
        a.tuteePupilId.localeCompare(b.tuteePupilId) ||
        a.gap - b.gap ||
        a.tutorPupilId.localeCompare(b.tutorPupilId),
    )
    .map(({ gap: _gap, ...s }) => s);
}
