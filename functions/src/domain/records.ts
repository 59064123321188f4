import { z } from 'zod';
import {
  dateSchema,
  idSchema,
  pastDateSchema,
  recordMetaSchema,
  languageCodeSchema,
  optionalText,
  schoolYearSchema,
  text,
} from './common';
import { cefrLevelSchema } from './l2';

/** Subcollections of a pupil holding logged records. */
export const RECORD_KINDS = [
  'l2Assessments',
  'tutoringSessions',
  'peerSessions',
  'familyMeetings',
  'termRecords',
  'interventions',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const L2_TOOLS = ['entryTest', 'CILS', 'CELI', 'PLIDA', 'schoolTest'] as const;
export const L2_DOMAINS = ['communication', 'study'] as const;

export const l2AssessmentSchema = z.strictObject({
  date: pastDateSchema,
  tool: z.enum(L2_TOOLS, { error: 'validation.invalidChoice' }),
  domain: z.enum(L2_DOMAINS, { error: 'validation.invalidChoice' }),
  levels: z.strictObject({
    ascolto: cefrLevelSchema,
    lettura: cefrLevelSchema,
    parlato: cefrLevelSchema,
    interazione: cefrLevelSchema,
    scrittura: cefrLevelSchema,
  }),
  assessorName: text(120),
  notes: optionalText(1000),
});
export type L2Assessment = z.infer<typeof l2AssessmentSchema>;

export const TUTORING_FORMATS = ['individual', 'smallGroup'] as const;

export const tutoringSessionSchema = z
  .strictObject({
    date: pastDateSchema,
    educatorUid: idSchema,
    subject: text(80),
    minutes: z
      .number({ error: 'validation.number' })
      .int()
      .min(5, { error: 'validation.minutesRange' })
      .max(480, { error: 'validation.minutesRange' }),
    format: z.enum(TUTORING_FORMATS, { error: 'validation.invalidChoice' }),
    attended: z.boolean(),
    absenceReason: optionalText(300),
    /** The planned session this record came from, if any. */
    planId: idSchema.nullable(),
    notes: optionalText(1000),
  })
  .refine((s) => s.attended || s.absenceReason.length > 0, {
    error: 'validation.reasonRequired',
    path: ['absenceReason'],
  });
export type TutoringSession = z.infer<typeof tutoringSessionSchema>;

export const PEER_ROLES = ['tutor', 'tutee'] as const;

export const peerSessionSchema = z.strictObject({
  date: pastDateSchema,
  role: z.enum(PEER_ROLES, { error: 'validation.invalidChoice' }),
  partnerPupilId: idSchema,
  topic: text(120),
  attended: z.boolean(),
  notes: optionalText(1000),
});
export type PeerSession = z.infer<typeof peerSessionSchema>;

export const MEETING_PARTICIPANTS = ['mother', 'father', 'guardian', 'other'] as const;
export const MEETING_OUTCOMES = ['positive', 'neutral', 'difficult'] as const;

export const familyMeetingSchema = z.strictObject({
  date: pastDateSchema,
  participants: z
    .array(z.enum(MEETING_PARTICIPANTS))
    .min(1, { error: 'validation.atLeastOne' })
    .max(4),
  language: languageCodeSchema,
  mediatorNeeded: z.boolean(),
  mediatorPresent: z.boolean(),
  held: z.boolean(),
  outcome: z.enum(MEETING_OUTCOMES, { error: 'validation.invalidChoice' }).nullable(),
  followUp: optionalText(500),
  followUpDue: dateSchema.nullable(),
  notes: optionalText(1000),
});
export type FamilyMeeting = z.infer<typeof familyMeetingSchema>;

/** Subjects a term record may carry (keys of `marks`); the rules list the same. */
export const ALL_SUBJECTS = [
  'italiano',
  'matematica',
  'inglese',
  'seconda_lingua',
  'storia',
  'geografia',
  'scienze',
  'tecnologia',
  'arte',
  'musica',
  'educazione_fisica',
  'religione',
  'educazione_civica',
  'diritto',
  'economia',
  'informatica',
  'fisica',
  'chimica',
  'latino',
] as const;
export type Subject = (typeof ALL_SUBJECTS)[number];

export const PRIMARY_JUDGEMENTS = [
  'Ottimo',
  'Distinto',
  'Buono',
  'Discreto',
  'Sufficiente',
  'Non sufficiente',
] as const;

/** One subject's mark: numeric (secondaria, 1-10 with the raw text kept) or a giudizio. */
export const markSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('numeric'),
    value: z
      .number({ error: 'validation.markRange' })
      .min(1, { error: 'validation.markRange' })
      .max(10, { error: 'validation.markRange' }),
    raw: z.string().trim().max(10),
  }),
  z.strictObject({
    kind: z.literal('judgement'),
    value: z.enum(PRIMARY_JUDGEMENTS, { error: 'validation.invalidChoice' }),
  }),
]);
export type Mark = z.infer<typeof markSchema>;

/**
 * Marks one term record may carry (conduct apart): a full secondaria I pagella has 13. The
 * rules check every mark within Firestore's 1,000-expression budget per request, which
 * allows this many for every role that may save them.
 */
export const MAX_MARKS = 13;

export const termRecordSchema = z
  .strictObject({
    schoolYear: schoolYearSchema,
    /** 1-based term within the year (quadrimestre or trimestre). */
    term: z.number().int().min(1).max(3),
    /** Lesson hours held so far in the year, and the pupil's absence hours. */
    lessonHours: z
      .number({ error: 'validation.hoursRange' })
      .min(0, { error: 'validation.hoursRange' })
      .max(2000, { error: 'validation.hoursRange' }),
    absenceHours: z
      .number({ error: 'validation.hoursRange' })
      .min(0, { error: 'validation.hoursRange' })
      .max(2000, { error: 'validation.hoursRange' }),
    /** Personalised annual hours (monte ore), for the 3/4 attendance rule. */
    annualHours: z.number().min(1).max(2000),
    marks: z
      .record(
        z.string().refine((key) => (ALL_SUBJECTS as readonly string[]).includes(key), {
          error: 'validation.unknownSubject',
        }),
        markSchema,
      )
      .refine((marks) => Object.keys(marks).length <= MAX_MARKS, {
        error: 'validation.tooManyMarks',
      }),
    conduct: markSchema.nullable(),
  })
  .refine((r) => r.absenceHours <= r.lessonHours, {
    error: 'validation.absencesExceedHours',
    path: ['absenceHours'],
  });
export type TermRecord = z.infer<typeof termRecordSchema>;

/**
 * The document id of a pupil's term record for one school year and term ("2025/26", 1 ->
 * "2025-26-t1"). Every writer (form, CSV import, seed, migration) uses it and the rules demand
 * it on create, so a pupil has at most one record per term: saving again updates that one.
 */
export function termRecordId(schoolYear: string, term: number): string {
  return `${schoolYear.replace('/', '-')}-t${term}`;
}

/** A stored term record as far as choosing between records of the same term goes. */
export type SavedTermRecord = {
  id: string;
  /** The record metadata every writer stores; null when missing or unreadable. */
  updatedAt: Date | null;
  createdAt: Date | null;
  /** Firestore's own update time of the document, when the caller has it. */
  writtenAt: Date | null;
};

/** When a record was last saved: its updatedAt, else its createdAt, else the write time. */
function savedAt(record: SavedTermRecord): number {
  return (record.updatedAt ?? record.createdAt ?? record.writtenAt)?.getTime() ?? 0;
}

/**
 * Of several stored records of one pupil for the same school year and term (left by writers
 * that made their own ids), the one that counts: the latest saved. On a tie the one already at
 * the term's id wins, then the greatest id, so the form, the import and the migration all pick
 * the same record. Null for an empty list.
 */
export function termRecordToKeep<T extends SavedTermRecord>(
  records: readonly T[],
  termId: string,
): T | null {
  let kept: T | null = null;
  for (const record of records) {
    if (!kept) {
      kept = record;
      continue;
    }
    const difference = savedAt(record) - savedAt(kept);
    const atTermId = (r: T) => (r.id === termId ? 1 : 0);
    if (
      difference > 0 ||
      (difference === 0 &&
        (atTermId(record) > atTermId(kept) ||
          (atTermId(record) === atTermId(kept) && record.id > kept.id)))
    ) {
      kept = record;
    }
  }
  return kept;
}

export const INTERVENTION_TYPES = [
  'l2Course',
  'tutoring',
  'peerEducation',
  'familyMediation',
  'orientation',
  'other',
] as const;
export const INTERVENTION_STATUSES = ['planned', 'active', 'completed', 'stopped'] as const;

export const interventionSchema = z.strictObject({
  type: z.enum(INTERVENTION_TYPES, { error: 'validation.invalidChoice' }),
  tier: z.number().int().min(1).max(3),
  ownerUid: idSchema,
  goal: text(500),
  start: dateSchema,
  plannedWeeks: z.number().int().min(1).max(52),
  checkEveryWeeks: z.number().int().min(1).max(12),
  status: z.enum(INTERVENTION_STATUSES, { error: 'validation.invalidChoice' }),
  outcome: optionalText(1000),
});
export type Intervention = z.infer<typeof interventionSchema>;

export const CORE_SUBJECTS = { italian: 'italiano', maths: 'matematica' } as const;

/** Default subjects by level, as keys of `marks`. */
export const SUBJECTS_BY_LEVEL = {
  primaria: ['italiano', 'matematica', 'inglese', 'storia', 'geografia', 'scienze'],
  secondaria1: [
    'italiano',
    'matematica',
    'inglese',
    'seconda_lingua',
    'storia',
    'geografia',
    'scienze',
    'tecnologia',
  ],
  secondaria2: ['italiano', 'matematica', 'inglese', 'storia', 'scienze', 'diritto', 'informatica'],
} as const satisfies Record<string, readonly Subject[]>;

/** The schema of each record kind, for code that handles records generically. */
export const RECORD_SCHEMAS = {
  l2Assessments: l2AssessmentSchema,
  tutoringSessions: tutoringSessionSchema,
  peerSessions: peerSessionSchema,
  familyMeetings: familyMeetingSchema,
  termRecords: termRecordSchema,
  interventions: interventionSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

/** Each record kind as stored: its fields plus the record metadata. */
export const STORED_RECORD_SCHEMAS = {
  l2Assessments: l2AssessmentSchema.safeExtend(recordMetaSchema.shape),
  tutoringSessions: tutoringSessionSchema.safeExtend(recordMetaSchema.shape),
  peerSessions: peerSessionSchema.safeExtend(recordMetaSchema.shape),
  familyMeetings: familyMeetingSchema.safeExtend(recordMetaSchema.shape),
  termRecords: termRecordSchema.safeExtend(recordMetaSchema.shape),
  interventions: interventionSchema.safeExtend(recordMetaSchema.shape),
} as const satisfies Record<RecordKind, z.ZodType>;
