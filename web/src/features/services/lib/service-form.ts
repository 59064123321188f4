import {
  SERVICE_TEXT_FIELDS,
  TRANSLATION_LANGUAGES,
  serviceSchema,
  type Service,
  type ServiceCategory,
  type ServiceTextField,
  type TranslationLanguage,
} from '@domain';

// The service form's values (what the inputs hold) and their checking with the one domain
// schema that the rules mirror: a value the form accepts is a value the rules accept.

export type ServiceFormValues = {
  id: string;
  organizationId: string;
  name: string;
  description: string;
  categories: ServiceCategory[];
  status: Service['status'];
  eligibility: string;
  minimumAge: string;
  maximumAge: string;
  free: boolean;
  costDescription: string;
  languages: string;
  interpretationAvailable: boolean;
  howToApply: string;
  documentsNeeded: string;
  website: string;
  email: string;
  phone: string;
  locationName: string;
  address: string;
  postalCode: string;
  city: string;
  accessibility: string;
  schedule: string;
  scheduleNotes: string;
  acceptingReferrals: boolean;
  translations: Service['translations'];
};

export type ServiceFormField = Exclude<keyof ServiceFormValues, 'translations'>;
export type ServiceFormErrors = Partial<Record<ServiceFormField | 'translations', string>>;

export function serviceFormValues(
  id: string | null,
  service: Service | null,
  organizationId: string,
): ServiceFormValues {
  const location = service?.locations[0];
  return {
    id: id ?? '',
    organizationId: service?.organizationId ?? organizationId,
    name: service?.name ?? '',
    description: service?.description ?? '',
    categories: service?.categories ?? [],
    status: service?.status ?? 'active',
    eligibility: service?.eligibility ?? '',
    minimumAge: service?.minimumAge?.toString() ?? '',
    maximumAge: service?.maximumAge?.toString() ?? '',
    free: service?.free ?? true,
    costDescription: service?.costDescription ?? '',
    languages: (service?.languages ?? ['it']).join(', '),
    interpretationAvailable: service?.interpretationAvailable ?? false,
    howToApply: service?.howToApply ?? '',
    documentsNeeded: service?.documentsNeeded ?? '',
    website: service?.website ?? '',
    email: service?.email ?? '',
    phone: service?.phone ?? '',
    locationName: location?.name ?? '',
    address: location?.address ?? '',
    postalCode: location?.postalCode ?? '',
    city: location?.city ?? 'Milano',
    accessibility: location?.accessibility ?? '',
    schedule: (service?.schedule ?? []).join('\n'),
    scheduleNotes: service?.scheduleNotes ?? '',
    acceptingReferrals: service?.acceptingReferrals ?? true,
    translations: service?.translations ?? {},
  };
}

const ID_PATTERN = /^[a-z0-9-]{1,100}$/;
const LOCATION_FIELDS: Record<string, ServiceFormField> = {
  name: 'locationName',
  address: 'address',
  postalCode: 'postalCode',
  city: 'city',
  accessibility: 'accessibility',
};

function age(text: string): number | null | typeof Number.NaN {
  if (text.trim() === '') return null;
  return Number(text.trim());
}

/** Drops blank translations (a field left empty falls back to Italian). */
function cleanTranslations(t: Service['translations']): Service['translations'] {
  const out: Service['translations'] = {};
  for (const field of SERVICE_TEXT_FIELDS) {
    const texts = Object.entries(t[field] ?? {}).filter(([, v]) => v.trim() !== '');
    if (texts.length > 0) out[field] = Object.fromEntries(texts);
  }
  return out;
}

/**
 * The service the values describe, or each field's message key. `previous` keeps what the form
 * does not edit (coordinates, further sites, dates); `now` dates a new capacity or check.
 */
export function parseServiceForm(
  values: ServiceFormValues,
  previous: Service | null,
  now: Date,
): { ok: true; id: string; service: Service } | { ok: false; errors: ServiceFormErrors } {
  const errors: ServiceFormErrors = {};
  if (!ID_PATTERN.test(values.id)) errors.id = 'validation.slug';
  const hasLocation = [values.locationName, values.address, values.postalCode].some(
    (v) => v.trim() !== '',
  );
  const firstLocation = previous?.locations[0];
  const locations = hasLocation
    ? [
        {
          id: firstLocation?.id ?? 'sede',
          name: values.locationName,
          address: values.address,
          postalCode: values.postalCode.trim(),
          city: values.city,
          latitude: firstLocation?.latitude ?? null,
          longitude: firstLocation?.longitude ?? null,
          accessibility: values.accessibility,
        },
        ...(previous?.locations.slice(1) ?? []),
      ]
    : [];
  const candidate = {
    organizationId: values.organizationId,
    name: values.name,
    description: values.description,
    eligibility: values.eligibility,
    howToApply: values.howToApply,
    documentsNeeded: values.documentsNeeded,
    costDescription: values.costDescription,
    scheduleNotes: values.scheduleNotes,
    categories: values.categories,
    status: values.status,
    minimumAge: age(values.minimumAge),
    maximumAge: age(values.maximumAge),
    free: values.free,
    languages: values.languages
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
    interpretationAvailable: values.interpretationAvailable,
    website: values.website.trim(),
    email: values.email.trim(),
    phone: values.phone,
    locations,
    schedule: values.schedule
      .split('\n')
      .map((l) => l.trim().replace(/\s+/g, ' ').toUpperCase())
      .filter(Boolean),
    acceptingReferrals: values.acceptingReferrals,
    capacityUpdatedAt:
      previous && previous.acceptingReferrals === values.acceptingReferrals
        ? previous.capacityUpdatedAt
        : now,
    lastCheckedAt: previous?.lastCheckedAt ?? now,
    translations: cleanTranslations(values.translations),
    updatedAt: now,
  };
  const parsed = serviceSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index, sub] = issue.path;
      let field: ServiceFormField | 'translations' | undefined;
      if (head === 'locations' && typeof sub === 'string') field = LOCATION_FIELDS[sub];
      else if (head === 'translations') field = 'translations';
      else if (typeof head === 'string' && head in values) field = head as ServiceFormField;
      void index;
      if (field && !errors[field]) {
        errors[field] =
          (head === 'minimumAge' || head === 'maximumAge') && issue.code === 'invalid_type'
            ? 'validation.number'
            : issue.message;
      }
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) {
    return {
      ok: false,
      errors: Object.keys(errors).length > 0 ? errors : { name: 'validation.invalidChoice' },
    };
  }
  return { ok: true, id: values.id, service: parsed.data };
}

export function setTranslation(
  translations: Service['translations'],
  field: ServiceTextField,
  language: TranslationLanguage,
  text: string,
): Service['translations'] {
  return { ...translations, [field]: { ...translations[field], [language]: text } };
}

export const EDITABLE_TRANSLATION_LANGUAGES = TRANSLATION_LANGUAGES;
