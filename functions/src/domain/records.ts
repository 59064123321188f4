import { z } from 'zod';
import {
  dateSchema,
  idSchema,
  pastDateSchema,
  recordMetaSchema,
  languageCodeSchema,
  optionalText,
  text,
} from './common';
import { cefrLevelSchema } from './l2';
import { termRecordSchema } from './term-records';

// The records logged on a pupil (subcollections of the pupil): L2 assessments, tutoring and
// peer sessions, family meetings, term records (term-records.ts) and interventions.
export * from './term-records';

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
