import { CATEGORY_TAXONOMY, type Json } from './hsds-common';
import { translateValidationMessage, type Language } from './messages';
import {
  formatOpening,
  organizationSchema,
  serviceSchema,
  type ServiceDirectory,
  WEEKDAYS,
  type Weekday,
} from './services';

// Import of an Ambito's directory from an HSDS JSON document (ours or another tool's; pure).

/** A refused item of an import: which one (position and name) and why, in Italian and English. */
export interface HsdsImportError {
  item: string;
  it: string;
  en: string;
}

export type HsdsImportResult =
  { ok: true; directory: ServiceDirectory } | { ok: false; errors: HsdsImportError[] };

const obj = (v: unknown): Json =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const date = (v: unknown, fallback: Date): Date => {
  if (typeof v !== 'string' || v === '') return fallback;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? fallback : d;
};

function ourId(json: Json): string {
  return str(json.x_percorsi_id) || str(json.id);
}

function locationFromHsds(json: Json): Json {
  const address = arr(json.addresses)[0] ?? {};
  return {
    id: str(json.x_percorsi_id) || str(json.id).toLowerCase(),
    name: str(json.name),
    address: [str(address.address_1), str(address.address_2)].filter(Boolean).join(', '),
    postalCode: str(address.postal_code),
    city: str(address.city),
    latitude: num(json.latitude),
    longitude: num(json.longitude),
    accessibility: arr(json.accessibility)
      .map((a) => str(a.description))
      .filter(Boolean)
      .join('\n'),
  };
}

function openingsFromHsds(schedules: Json[]): { schedule: string[]; notes: string } {
  const schedule: string[] = [];
  const notes: string[] = [];
  for (const s of schedules) {
    const days = str(s.byday)
      .split(',')
      .map((d) => d.trim().toUpperCase())
      .filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d));
    const opensAt = str(s.opens_at).slice(0, 5);
    const closesAt = str(s.closes_at).slice(0, 5);
    if (days.length > 0 && opensAt && closesAt) {
      for (const day of days) schedule.push(formatOpening({ day, opensAt, closesAt }));
    }
    const note = str(s.notes) || str(s.description);
    if (note) notes.push(note);
  }
  return { schedule, notes: notes.join('\n') };
}

function issuesOf(
  error: { issues: { path: PropertyKey[]; message: string }[] },
  language: Language,
): string {
  return error.issues
    .map(
      (i) => `${i.path.map(String).join('.')} – ${translateValidationMessage(i.message, language)}`,
    )
    .join('; ');
}

/**
 * The directory of an HSDS JSON document (ours or another tool's), each item checked with the
 * domain schemas; `now` fills the dates HSDS lacks. Refused items are all listed, by position
 * and name; nothing is returned for a partly valid file.
 */
export function fromHsds(input: unknown, now: Date): HsdsImportResult {
  const root = obj(input);
  const errors: HsdsImportError[] = [];
  if (!Array.isArray(root.organizations) || !Array.isArray(root.services)) {
    return {
      ok: false,
      errors: [
        {
          item: 'file',
          it: 'Il file non è un elenco HSDS: servono "organizations" e "services".',
          en: 'Not an HSDS directory: "organizations" and "services" are required.',
        },
      ],
    };
  }
  const orgIdByUuid = new Map<string, string>();
  const organizations: ServiceDirectory['organizations'] = [];
  arr(root.organizations).forEach((o, i) => {
    const id = ourId(o);
    orgIdByUuid.set(str(o.id), id);
    const parsed = organizationSchema.safeParse({
      name: str(o.name),
      description: str(o.description),
      website: str(o.website),
      email: str(o.email),
      phone: str(arr(o.phones)[0]?.number),
      translations: obj(o.x_translations),
      updatedAt: date(o.x_updated_at, now),
    });
    const item = `organizations[${i}] «${str(o.name) || id}»`;
    if (!id) errors.push({ item, it: 'manca l’identificativo', en: 'missing id' });
    else if (!parsed.success) {
      errors.push({ item, it: issuesOf(parsed.error, 'it'), en: issuesOf(parsed.error, 'en') });
    } else organizations.push({ id, data: parsed.data });
  });
  const services: ServiceDirectory['services'] = [];
  arr(root.services).forEach((s, i) => {
    const id = ourId(s);
    const item = `services[${i}] «${str(s.name) || id}»`;
    const { schedule, notes } = openingsFromHsds(arr(s.schedules));
    const categories = arr(s.attributes)
      .map((a) => obj(a.taxonomy_term))
      .filter((t) => t.taxonomy === CATEGORY_TAXONOMY)
      .map((t) => str(t.code));
    const organizationId =
      str(s.x_organization_id) || orgIdByUuid.get(str(s.organization_id)) || '';
    const status = str(s.status) === 'temporarily closed' ? 'inactive' : str(s.status);
    const parsed = serviceSchema.safeParse({
      organizationId,
      name: str(s.name),
      description: str(s.description),
      eligibility: str(s.eligibility_description),
      howToApply: str(s.application_process),
      documentsNeeded: arr(s.required_documents)
        .map((d) => str(d.document).trim())
        .filter(Boolean)
        .join('\n'),
      costDescription: str(s.fees_description),
      scheduleNotes: notes,
      categories,
      status,
      minimumAge: num(s.minimum_age),
      maximumAge: num(s.maximum_age),
      free: arr(s.cost_options).some((c) => c.amount === 0),
      languages: arr(s.languages)
        .map((l) => str(l.code))
        .filter(Boolean),
      interpretationAvailable: str(s.interpretation_services).trim() !== '',
      website: str(s.url),
      email: str(s.email),
      phone: str(arr(s.phones)[0]?.number),
      locations: arr(s.service_at_locations).map((sal) => locationFromHsds(obj(sal.location))),
      schedule,
      acceptingReferrals: s.x_accepting_referrals !== false,
      capacityUpdatedAt: date(s.x_capacity_updated_at, now),
      lastCheckedAt: date(s.x_last_checked_at, date(s.assured_date, now)),
      translations: obj(s.x_translations),
      updatedAt: date(s.last_modified, now),
    });
    if (!id) errors.push({ item, it: 'manca l’identificativo', en: 'missing id' });
    else if (!organizationId || !organizations.some((o) => o.id === organizationId)) {
      errors.push({
        item,
        it: 'l’ente erogatore non è nel file',
        en: 'its organization is not in the file',
      });
    } else if (!parsed.success) {
      errors.push({ item, it: issuesOf(parsed.error, 'it'), en: issuesOf(parsed.error, 'en') });
    } else services.push({ id, data: parsed.data });
  });
  const seen = new Set<string>();
  for (const s of services) {
    if (seen.has(s.id)) {
      errors.push({ item: `services «${s.id}»`, it: 'identificativo ripetuto', en: 'repeated id' });
    }
    seen.add(s.id);
  }
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, directory: { organizations, services } };
}
