import { z } from 'zod';
import {
  dateSchema,
  idSchema,
  languageCodeSchema,
  monthsBetween,
  optionalText,
  text,
} from './common';
import { SERVICE_CATEGORIES } from './service-categories';
import {
  MAX_TRANSLATIONS_PER_FIELD,
  TRANSLATION_LANGUAGES,
  TRANSLATION_SEPARATOR,
} from './service-languages';

// The Ambito's services directory, shaped on Open Referral HSDS 3.x (see hsds.ts for the
// mapping). Two collections per Ambito: `districts/{d}/organizations/{o}` and
// `districts/{d}/services/{s}`; a service embeds its locations and weekly schedule, so the
// public family page is one query. Every field here is public (readable without sign-in):
// organisation-level contacts only, never a person's name, email or uid.

export * from './service-categories';
export * from './service-languages';

/**
 * Translations of some fields: for each field, a map language -> text; a missing language or
 * field falls back to Italian. Each text has the field's own limits.
 */
function translatedTexts(schema: z.ZodString) {
  return z
    .partialRecord(
      z.enum(TRANSLATION_LANGUAGES),
      schema.refine((t) => !t.includes(TRANSLATION_SEPARATOR), {
        error: 'validation.invalidChoice',
      }),
    )
    .refine((m) => Object.keys(m).length <= MAX_TRANSLATIONS_PER_FIELD, {
      error: 'validation.tooManyTranslations',
    })
    .optional();
}

function translationsSchema<K extends string>(fields: Record<K, z.ZodString>) {
  const perField = Object.fromEntries(
    (Object.keys(fields) as K[]).map((field) => [field, translatedTexts(fields[field])]),
  ) as Record<K, ReturnType<typeof translatedTexts>>;
  return z.strictObject(perField);
}

/** Organisation-level contacts (a service's switchboard, never a person's). */
const emailSchema = z.union([z.literal(''), z.email({ error: 'validation.email' })]);
const urlSchema = z.union([
  z.literal(''),
  z.url({ protocol: /^https?$/, error: 'validation.url' }).max(300),
]);
const phoneSchema = z
  .string()
  .trim()
  .max(40, { error: 'validation.tooLong' })
  .regex(/^[0-9+ ()./-]*$/, { error: 'validation.phone' });

const organizationTextFields = {
  name: text(200),
  description: optionalText(1000),
};

/** `districts/{d}/organizations/{o}`: a body that runs services (Comune, ASST, association…). */
export const organizationSchema = z.strictObject({
  ...organizationTextFields,
  website: urlSchema,
  email: emailSchema,
  phone: phoneSchema,
  translations: translationsSchema(organizationTextFields),
  updatedAt: dateSchema,
});
export type Organization = z.infer<typeof organizationSchema>;

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** RFC 5545 weekday codes, as HSDS `schedule.byday` uses them. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One weekly opening as stored: "MO 09:00-12:30" (day, opens, closes; local time). */
export const OPENING_PATTERN =
  /^(MO|TU|WE|TH|FR|SA|SU) ([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

/** An opening's parts. */
export interface Opening {
  day: Weekday;
  opensAt: string;
  closesAt: string;
}

/** "MO 09:00-12:30" -> its parts (the string must match OPENING_PATTERN). */
export function parseOpening(opening: string): Opening {
  return {
    day: opening.slice(0, 2) as Weekday,
    opensAt: opening.slice(3, 8),
    closesAt: opening.slice(9, 14),
  };
}

export function formatOpening(o: Opening): string {
  return `${o.day} ${o.opensAt}-${o.closesAt}`;
}

/**
 * A weekly opening. Stored as one short string (not an object) so that the rules check the
 * whole schedule with one regular expression: a list of objects costs a check per element,
 * beyond the rules' 1,000-expression budget next to the rest of a service.
 */
export const openingSchema = z
  .string()
  .regex(OPENING_PATTERN, { error: 'validation.startTime' })
  .refine((o) => parseOpening(o).opensAt < parseOpening(o).closesAt, {
    error: 'validation.opensBeforeCloses',
  });

/** Where a service is delivered (HSDS location + address + accessibility). */
export const serviceLocationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/, { error: 'validation.slug' }),
  name: text(200),
  address: text(200),
  postalCode: z.string().regex(/^\d{5}$/, { error: 'validation.postalCode' }),
  city: text(100),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  /** Step-free access, lifts, toilets… in words. */
  accessibility: optionalText(500),
});
export type ServiceLocation = z.infer<typeof serviceLocationSchema>;

export const MAX_SERVICE_LOCATIONS = 2;
export const MAX_OPENINGS = 14;

/** The fields a service may have in other languages. */
export const serviceTextFields = {
  name: text(200),
  description: optionalText(1000),
  eligibility: optionalText(1000),
  howToApply: optionalText(1000),
  /** One document per line. */
  documentsNeeded: optionalText(1000),
  costDescription: optionalText(500),
  scheduleNotes: optionalText(500),
};
export type ServiceTextField = keyof typeof serviceTextFields;
export const SERVICE_TEXT_FIELDS = Object.keys(serviceTextFields) as ServiceTextField[];

const serviceObject = z.strictObject({
  organizationId: idSchema,
  ...serviceTextFields,
  categories: z
    .array(z.enum(SERVICE_CATEGORIES))
    .min(1, { error: 'validation.categoryRequired' })
    .max(SERVICE_CATEGORIES.length)
    .refine((c) => new Set(c).size === c.length, { error: 'validation.duplicate' }),
  status: z.enum(SERVICE_STATUSES),
  minimumAge: z.number().int().min(0).max(120).nullable(),
  maximumAge: z.number().int().min(0).max(120).nullable(),
  free: z.boolean(),
  /** Languages the staff speak (ISO 639), Italian included when it is. */
  languages: z.array(languageCodeSchema).max(20),
  interpretationAvailable: z.boolean(),
  website: urlSchema,
  email: emailSchema,
  phone: phoneSchema,
  locations: z.array(serviceLocationSchema).max(MAX_SERVICE_LOCATIONS),
  schedule: z.array(openingSchema).max(MAX_OPENINGS),
  /** Capacity: whether the service takes referrals now, and when someone said so. */
  acceptingReferrals: z.boolean(),
  capacityUpdatedAt: dateSchema,
  /** When the Ambito (or the organisation) last checked that the entry is right. */
  lastCheckedAt: dateSchema,
  translations: translationsSchema(serviceTextFields),
  updatedAt: dateSchema,
});

/** `districts/{d}/services/{s}`. */
export const serviceSchema = serviceObject.refine(
  (s) => s.minimumAge === null || s.maximumAge === null || s.minimumAge <= s.maximumAge,
  { error: 'validation.ageRange', path: ['maximumAge'] },
);
export type Service = z.infer<typeof serviceSchema>;

/** The keys of each public document, for the rules' `hasOnly` and the rules test. */
export const ORGANIZATION_FIELDS = Object.keys(organizationSchema.shape).sort();
export const SERVICE_FIELDS = Object.keys(serviceObject.shape).sort();

/** A directory as the HSDS import/export sees it: ids and documents. */
export interface ServiceDirectory {
  organizations: { id: string; data: Organization }[];
  services: { id: string; data: Service }[];
}

/** How old a "last checked" date may get before the Ambito coordinator is reminded. */
export const CHECK_OVERDUE_MONTHS = 6;

/** True when the entry was last checked more than six months before `now`. */
export function isCheckOverdue(service: Pick<Service, 'lastCheckedAt'>, now: Date): boolean {
  return monthsBetween(service.lastCheckedAt, now) >= CHECK_OVERDUE_MONTHS;
}

/** Whether a referral may be sent to the service now (the referrals feature refuses otherwise). */
export function takesReferrals(service: Pick<Service, 'status' | 'acceptingReferrals'>): boolean {
  return service.status === 'active' && service.acceptingReferrals;
}

/** The documents needed, one per line, without blank lines. */
export function documentLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
