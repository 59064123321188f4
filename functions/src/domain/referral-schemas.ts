import { z } from 'zod';
import { dateSchema, idSchema, languageCodeSchema, optionalText, text } from './common';

// A referral from the school to a territorial service (or back from a service to the school):
// what is asked, why, for whom, by whom, to which service, what is shared, a reply deadline
// (DOMAIN.md, "Territorial services and the joint case"). Statuses as in HL7 FHIR SDOH referral
// tasks; the outcome from the family's side as findhelp records it.

/** HL7 FHIR SDOH task statuses. */
export const REFERRAL_STATUSES = [
  'draft',
  'requested',
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Statuses after which nothing changes any more. */
export const CLOSED_REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'rejected',
  'completed',
  'cancelled',
];

/** Statuses that mean the receiver took the referral on (for "accepted" counts). */
export const TAKEN_ON_STATUSES: readonly ReferralStatus[] = [
  'accepted',
  'in-progress',
  'on-hold',
  'completed',
];

export const REFERRAL_URGENCIES = ['ordinaria', 'urgente', 'immediata'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

/** The outcome from the family's side (findhelp). */
export const REFERRAL_OUTCOMES = [
  'gotHelp',
  'couldNotContact',
  'notEligible',
  'noCapacity',
  'noLongerInterested',
  'referredElsewhere',
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

/** Who started the referral: the school, or a service referring back to the school. */
export const REFERRAL_ORIGINS = ['school', 'service'] as const;
export type ReferralOrigin = (typeof REFERRAL_ORIGINS)[number];

/**
 * The parts of the pupil's data a referral may share, each ticked one by one (nothing by
 * default). The function copies only the ticked ones, at send time, into the shared document.
 */
export const SHARED_FIELDS = [
  'name',
  'birthYear',
  'schoolClass',
  'homeLanguages',
  'countryOfBirth',
  'arrivalYear',
  'familyContact',
  'l2Level',
  'attendance',
  'needLevel',
] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];

/** Who in the family gave consent. */
export const CONSENT_GIVERS = ['mother', 'father', 'guardian', 'pupil'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/** A reply deadline when the sender gives none: 10 working days are about two weeks. */
export const DEFAULT_REPLY_DAYS = 14;
/** A deadline further away than this is no deadline. */
export const MAX_REPLY_DAYS = 120;

export const referralConsentSchema = z.strictObject({
  givenBy: z.enum(CONSENT_GIVERS, { error: 'validation.invalidChoice' }),
  /** Name of the person who consented, as the family gave it. */
  givenByName: text(120),
  at: dateSchema,
  /** Language of the conversation in which consent was given. */
  language: languageCodeSchema,
  mediatorPresent: z.boolean(),
  mediatorName: optionalText(120),
  withdrawnAt: dateSchema.nullable(),
});
export type ReferralConsent = z.infer<typeof referralConsentSchema>;

export const referralHistoryEntrySchema = z.strictObject({
  status: z.enum(REFERRAL_STATUSES),
  at: dateSchema,
  byUid: idSchema,
  byName: text(120),
  /** Why (required to reject or cancel). */
  reason: optionalText(500),
});
export type ReferralHistoryEntry = z.infer<typeof referralHistoryEntrySchema>;

/**
 * `referrals/{referralId}`: the header both sides read. It names the pupil by opaque id only:
 * the pupil's data the receiver may read is in `referrals/{id}/shared/current`, and only what
 * was ticked. Written by functions only.
 */
export const referralSchema = z.strictObject({
  origin: z.enum(REFERRAL_ORIGINS),
  schoolId: idSchema,
  schoolName: text(200),
  districtId: idSchema,
  pupilId: idSchema,
  /** The pupil's class at send time: the class staff read the referral through it. */
  classId: idSchema,
  serviceId: idSchema,
  serviceName: text(200),
  /** The service's organisation: its operators read and answer the referral. */
  organizationId: idSchema,
  category: text(80),
  reason: text(1000),
  urgency: z.enum(REFERRAL_URGENCIES),
  /** What is asked of the receiver. */
  request: text(1000),
  sharedFields: z.array(z.enum(SHARED_FIELDS)).max(SHARED_FIELDS.length),
  consent: referralConsentSchema,
  dueDate: dateSchema,
  status: z.enum(REFERRAL_STATUSES),
  history: z.array(referralHistoryEntrySchema).max(100),
  outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
  /** First answer (accepted or rejected): the "time to reply" of the Ambito's figures. */
  respondedAt: dateSchema.nullable(),
  familyMeetingId: idSchema.nullable(),
  /** For a service's referral back: the referral it answers. */
  parentReferralId: idSchema.nullable(),
  createdBy: idSchema,
  createdByName: text(120),
  createdAt: dateSchema,
  updatedAt: dateSchema,
});
export type Referral = z.infer<typeof referralSchema>;

/** A date sent through a callable's JSON as an ISO string, or a Date from a form. */
const wireDate = z.preprocess((v) => (typeof v === 'string' ? new Date(v) : v), dateSchema);

const futureDate = wireDate.refine((d) => d.getTime() > Date.now(), {
  error: 'validation.referralDueInPast',
});

/** The consent block of the send form: recorded first, before anything is sent. */
export const referralConsentInputSchema = referralConsentSchema.omit({ withdrawnAt: true }).extend({
  at: wireDate.refine((d) => d.getTime() <= Date.now() + 36 * 3600_000, {
    error: 'validation.dateInFuture',
  }),
});

/** `sendReferral`'s input, and the school's form. */
export const sendReferralInputSchema = z
  .strictObject({
    schoolId: idSchema,
    pupilId: idSchema,
    serviceId: idSchema,
    reason: text(1000),
    urgency: z.enum(REFERRAL_URGENCIES, { error: 'validation.invalidChoice' }),
    request: text(1000),
    sharedFields: z.array(z.enum(SHARED_FIELDS)).max(SHARED_FIELDS.length),
    /** Typed by the sender when `familyContact` is ticked (the pupil record holds none). */
    familyContact: optionalText(300),
    consent: referralConsentInputSchema.nullable(),
    dueDate: futureDate.refine((d) => d.getTime() <= Date.now() + MAX_REPLY_DAYS * 86_400_000, {
      error: 'validation.referralDueTooFar',
    }),
    familyMeetingId: idSchema.nullable(),
  })
  .refine((v) => !v.sharedFields.includes('familyContact') || v.familyContact.length > 0, {
    error: 'validation.required',
    path: ['familyContact'],
  });
export type SendReferralInput = z.infer<typeof sendReferralInputSchema>;

/** A service's referral back to the school, from a referral it received. */
export const sendReferralBackInputSchema = z.strictObject({
  referralId: idSchema,
  reason: text(1000),
  urgency: z.enum(REFERRAL_URGENCIES, { error: 'validation.invalidChoice' }),
  request: text(1000),
  /** The family's consent to tell the school, recorded by the service. */
  consent: referralConsentInputSchema,
  dueDate: futureDate,
});
export type SendReferralBackInput = z.infer<typeof sendReferralBackInputSchema>;

export const updateReferralStatusInputSchema = z
  .strictObject({
    referralId: idSchema,
    status: z.enum(REFERRAL_STATUSES),
    reason: optionalText(500),
    outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
  })
  .refine((v) => v.status !== 'completed' || v.outcome !== null, {
    error: 'validation.referralOutcomeRequired',
    path: ['outcome'],
  })
  .refine((v) => !['rejected', 'cancelled'].includes(v.status) || v.reason.length > 0, {
    error: 'validation.required',
    path: ['reason'],
  });
export type UpdateReferralStatusInput = z.infer<typeof updateReferralStatusInputSchema>;

export const withdrawReferralConsentInputSchema = z.strictObject({ referralId: idSchema });

export const inviteOperatorInputSchema = z.strictObject({
  email: z.email({ error: 'validation.email' }),
  displayName: text(120),
  organizationId: idSchema,
});
export type InviteOperatorInput = z.infer<typeof inviteOperatorInputSchema>;
