import { z } from 'zod';
import { dateSchema, idSchema, languageCodeSchema, optionalText, text } from './common';
import { l2OverallLevel } from './l2-assessments';
import type { L2Assessment, TermRecord } from './records';
import { SUPPRESSED, suppressCount, type SuppressedCount } from './stats';

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

const cefr = z.enum(['PreA1', 'A1', 'A2', 'A2+', 'B1', 'B1+', 'B2', 'C1', 'C2']);

/**
 * `referrals/{id}/shared/current`: only the ticked parts of the pupil's data, copied by the
 * function at send time; deleted when the family withdraws consent.
 */
export const referralSharedSchema = z.strictObject({
  name: z.string().max(200).optional(),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  schoolClass: z.string().max(80).optional(),
  homeLanguages: z.array(z.string().max(3)).max(5).optional(),
  countryOfBirth: z.string().max(2).optional(),
  arrivalYear: z.number().int().min(1900).max(2100).nullable().optional(),
  familyContact: z.string().max(300).optional(),
  l2Level: cefr.nullable().optional(),
  attendance: z
    .strictObject({
      schoolYear: z.string(),
      term: z.number().int(),
      lessonHours: z.number(),
      absenceHours: z.number(),
    })
    .nullable()
    .optional(),
  needLevel: z
    .strictObject({ level: z.enum(['green', 'amber', 'red']), flagCodes: z.array(z.string()) })
    .nullable()
    .optional(),
});
export type ReferralShared = z.infer<typeof referralSharedSchema>;

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

/** `sender`: the side that sent the referral; `receiver`: the side it is addressed to. */
export type ReferralActor = 'sender' | 'receiver';

const TRANSITIONS: Record<ReferralStatus, Partial<Record<ReferralStatus, ReferralActor>>> = {
  draft: { requested: 'sender', cancelled: 'sender' },
  requested: { accepted: 'receiver', rejected: 'receiver', cancelled: 'sender' },
  accepted: {
    'in-progress': 'receiver',
    'on-hold': 'receiver',
    completed: 'receiver',
    cancelled: 'sender',
  },
  'in-progress': { 'on-hold': 'receiver', completed: 'receiver', cancelled: 'sender' },
  'on-hold': { 'in-progress': 'receiver', completed: 'receiver', cancelled: 'sender' },
  rejected: {},
  completed: {},
  cancelled: {},
};

/**
 * Whether `actor` may move a referral from `from` to `to`: the receiver answers (accept,
 * reject, in progress, on hold, completed), the sender sends and cancels; closed referrals
 * (rejected, completed, cancelled) never change.
 */
export function canTransition(
  from: ReferralStatus,
  to: ReferralStatus,
  actor: ReferralActor,
): boolean {
  return TRANSITIONS[from][to] === actor;
}

/** The statuses `actor` may move a referral in `from` to. */
export function nextStatuses(from: ReferralStatus, actor: ReferralActor): ReferralStatus[] {
  return REFERRAL_STATUSES.filter((to) => canTransition(from, to, actor));
}

/** Sent and still waiting for its first answer after the reply deadline. */
export function isOverdue(referral: Pick<Referral, 'status' | 'dueDate'>, now: Date): boolean {
  return referral.status === 'requested' && referral.dueDate.getTime() < now.getTime();
}

/** Which side `who` is on: the school that sent or received it, or the organisation. */
export function referralActor(
  referral: Pick<Referral, 'origin'>,
  who: 'school' | 'organization',
): ReferralActor {
  return (referral.origin === 'school') === (who === 'school') ? 'sender' : 'receiver';
}

/** Whether the operator may still read the shared data: consent not withdrawn. */
export function consentActive(referral: Pick<Referral, 'consent'>): boolean {
  return referral.consent.withdrawnAt === null;
}

/** What the function reads to fill the shared document. */
export interface SharedSources {
  pupil: {
    firstName: string;
    lastName: string;
    birthDate: Date;
    homeLanguages: string[];
    countryOfBirth: string;
    arrivalDate: Date | null;
  };
  className: string;
  familyContact: string;
  l2Assessments: Pick<L2Assessment, 'date' | 'levels'>[];
  termRecords: Pick<TermRecord, 'schoolYear' | 'term' | 'lessonHours' | 'absenceHours'>[];
  need: { level: 'green' | 'amber' | 'red'; flagCodes: string[] } | null;
}

/** The shared document: the ticked fields and nothing else. */
export function buildSharedData(
  fields: readonly SharedField[],
  sources: SharedSources,
): ReferralShared {
  const out: ReferralShared = {};
  const { pupil } = sources;
  for (const field of new Set(fields)) {
    switch (field) {
      case 'name':
        out.name = `${pupil.lastName} ${pupil.firstName}`;
        break;
      case 'birthYear':
        out.birthYear = pupil.birthDate.getUTCFullYear();
        break;
      case 'schoolClass':
        out.schoolClass = sources.className;
        break;
      case 'homeLanguages':
        out.homeLanguages = [...pupil.homeLanguages];
        break;
      case 'countryOfBirth':
        out.countryOfBirth = pupil.countryOfBirth;
        break;
      case 'arrivalYear':
        out.arrivalYear = pupil.arrivalDate ? pupil.arrivalDate.getUTCFullYear() : null;
        break;
      case 'familyContact':
        out.familyContact = sources.familyContact;
        break;
      case 'l2Level': {
        const latest = [...sources.l2Assessments].sort(
          (a, b) => b.date.getTime() - a.date.getTime(),
        )[0];
        out.l2Level = latest ? l2OverallLevel(latest) : null;
        break;
      }
      case 'attendance': {
        const latest = [...sources.termRecords].sort((a, b) =>
          a.schoolYear === b.schoolYear
            ? b.term - a.term
            : b.schoolYear.localeCompare(a.schoolYear),
        )[0];
        out.attendance = latest
          ? {
              schoolYear: latest.schoolYear,
              term: latest.term,
              lessonHours: latest.lessonHours,
              absenceHours: latest.absenceHours,
            }
          : null;
        break;
      }
      case 'needLevel':
        out.needLevel = sources.need
          ? { level: sources.need.level, flagCodes: [...sources.need.flagCodes] }
          : null;
        break;
    }
  }
  return out;
}

// ---- the Ambito's figures ---------------------------------------------------------------

/** Counts of one group (a category or a service), small ones suppressed. */
export const referralGroupFiguresSchema = z.strictObject({
  sent: z.union([z.number().int().min(0), z.literal(SUPPRESSED)]),
  accepted: z.union([z.number().int().min(0), z.literal(SUPPRESSED)]),
  completed: z.union([z.number().int().min(0), z.literal(SUPPRESSED)]),
  overdue: z.union([z.number().int().min(0), z.literal(SUPPRESSED)]),
  /** Accepted over answered (accepted or rejected); null when 3 or fewer were answered. */
  acceptanceRate: z.number().min(0).max(1).nullable(),
  /** Median days from sending to the first answer; null when 3 or fewer were answered. */
  medianDaysToReply: z.number().min(0).nullable(),
});
export type ReferralGroupFigures = z.infer<typeof referralGroupFiguresSchema>;

/**
 * `districts/{d}/stats/referrals`: the network's figures, recomputed by a function from every
 * referral of the Ambito (no pupil, no school, counts of 3 or fewer as "<=3").
 */
export const referralStatsSchema = z.strictObject({
  districtId: idSchema,
  computedAt: dateSchema,
  total: referralGroupFiguresSchema,
  byCategory: z.record(z.string(), referralGroupFiguresSchema),
  byService: z.record(
    z.string(),
    referralGroupFiguresSchema.extend({ serviceName: z.string(), category: z.string() }),
  ),
});
export type ReferralStats = z.infer<typeof referralStatsSchema>;

/** Document id of the referral figures under `districts/{d}/stats`. */
export const REFERRAL_STATS_DOC_ID = 'referrals';

type StatsInput = Pick<
  Referral,
  | 'status'
  | 'dueDate'
  | 'createdAt'
  | 'respondedAt'
  | 'category'
  | 'serviceId'
  | 'serviceName'
  | 'history'
  | 'origin'
>;

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Whether the referral was ever sent (drafts are not part of the figures). */
function wasSent(r: StatsInput): boolean {
  return r.status !== 'draft';
}

function wasTakenOn(r: StatsInput): boolean {
  return (
    TAKEN_ON_STATUSES.includes(r.status) ||
    r.history.some((h) => TAKEN_ON_STATUSES.includes(h.status))
  );
}

function wasRejected(r: StatsInput): boolean {
  return r.status === 'rejected' || r.history.some((h) => h.status === 'rejected');
}

/** Raw counts of a group (before suppression). */
export interface ReferralGroupCounts {
  sent: number;
  accepted: number;
  completed: number;
  overdue: number;
  answered: number;
  replyDays: number[];
}

export function countReferrals(referrals: readonly StatsInput[], now: Date): ReferralGroupCounts {
  const counts: ReferralGroupCounts = {
    sent: 0,
    accepted: 0,
    completed: 0,
    overdue: 0,
    answered: 0,
    replyDays: [],
  };
  for (const r of referrals) {
    if (!wasSent(r)) continue;
    counts.sent += 1;
    if (wasTakenOn(r)) counts.accepted += 1;
    if (r.status === 'completed') counts.completed += 1;
    if (isOverdue(r, now)) counts.overdue += 1;
    if (wasTakenOn(r) || wasRejected(r)) counts.answered += 1;
    if (r.respondedAt) {
      counts.replyDays.push(
        Math.max(0, (r.respondedAt.getTime() - r.createdAt.getTime()) / 86_400_000),
      );
    }
  }
  return counts;
}

/** The published figures of a group: counts of 3 or fewer suppressed, rates only over 3. */
export function suppressReferralCounts(c: ReferralGroupCounts): ReferralGroupFigures {
  const enough = c.answered > 3;
  const days = median(c.replyDays);
  return {
    sent: suppressCount(c.sent),
    accepted: suppressCount(c.accepted),
    completed: suppressCount(c.completed),
    overdue: suppressCount(c.overdue),
    acceptanceRate: enough ? c.accepted / c.answered : null,
    medianDaysToReply: c.replyDays.length > 3 && days !== null ? Math.round(days * 10) / 10 : null,
  };
}

/**
 * The Ambito's referral figures from every referral of its schools (both origins), per
 * category and per service. Recomputed, never incremented.
 */
export function buildReferralStats(
  districtId: string,
  referrals: readonly StatsInput[],
  now: Date,
): ReferralStats {
  const byCategory = new Map<string, StatsInput[]>();
  const byService = new Map<string, StatsInput[]>();
  for (const r of referrals) {
    byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
    byService.set(r.serviceId, [...(byService.get(r.serviceId) ?? []), r]);
  }
  return {
    districtId,
    computedAt: now,
    total: suppressReferralCounts(countReferrals(referrals, now)),
    byCategory: Object.fromEntries(
      [...byCategory].map(([k, rs]) => [k, suppressReferralCounts(countReferrals(rs, now))]),
    ),
    byService: Object.fromEntries(
      [...byService].map(([k, rs]) => [
        k,
        {
          ...suppressReferralCounts(countReferrals(rs, now)),
          serviceName: rs[0]?.serviceName ?? k,
          category: rs[0]?.category ?? '',
        },
      ]),
    ),
  };
}

/** A figure as shown: a number, or "<=3". */
export function isSuppressed(value: SuppressedCount): value is typeof SUPPRESSED {
  return value === SUPPRESSED;
}

/** Names of the statuses, for messages of the functions and the web alike. */
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, { it: string; en: string }> = {
  draft: { it: 'Bozza', en: 'Draft' },
  requested: { it: 'Inviato, in attesa di risposta', en: 'Sent, awaiting reply' },
  accepted: { it: 'Accettato', en: 'Accepted' },
  rejected: { it: 'Rifiutato', en: 'Rejected' },
  'in-progress': { it: 'In corso', en: 'In progress' },
  'on-hold': { it: 'Sospeso', en: 'On hold' },
  completed: { it: 'Concluso', en: 'Completed' },
  cancelled: { it: 'Annullato', en: 'Cancelled' },
};
