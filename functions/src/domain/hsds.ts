import { translateValidationMessage, type Language } from './messages';
import {
  CATEGORY_TO_PIM,
  PIM_CATEGORIES,
  SERVICE_CATEGORY_LABELS,
  documentLines,
  formatOpening,
  organizationSchema,
  parseOpening,
  serviceSchema,
  type Organization,
  type Service,
  type ServiceCategory,
  type ServiceDirectory,
  type ServiceLocation,
  WEEKDAYS,
  type Weekday,
} from './services';

// Open Referral HSDS 3.0 import and export of an Ambito's directory (pure). The export is one
// JSON document: `organizations` (HSDS organization objects) and `services` (HSDS service
// objects with their service_at_locations -> location -> addresses/accessibility, schedules,
// languages, phones, cost_options, required_documents and attributes -> taxonomy_term). Each
// validates against the HSDS 3 JSON schemas (tests/fixtures/hsds/schema). HSDS ids are UUIDs:
// ours are derived from our ids (stable across exports) and our own id travels in
// `x_percorsi_id`. What HSDS has no field for travels in `x_` extension fields (HSDS objects
// accept extra properties): translations (`x_translations`, field -> language -> text, as in
// our documents), capacity (`x_accepting_referrals`, `x_capacity_updated_at`) and the exact
// time of the last check (`x_last_checked_at`, also as HSDS `assured_date`, a date).

export const HSDS_VERSION = '3.0';
/** Taxonomy of the programme's categories and of the national portal's. */
export const CATEGORY_TAXONOMY = 'percorsi-categorie';
export const PIM_TAXONOMY = 'portale-integrazione-migranti';

type Json = Record<string, unknown>;

/** A stable UUID-shaped id (128-bit hash, version nibble 8) for `kind` and our id. */
export function hsdsUuid(kind: string, id: string): string {
  const input = `${kind}:${id}`;
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < input.length; i++) {
    const k = input.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  const hex = [h1 ^ h2 ^ h3 ^ h4, h2 ^ h1, h3 ^ h1, h4 ^ h1]
    .map((h) => (h >>> 0).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function term(taxonomy: string, code: string, name: string) {
  const id = hsdsUuid('taxonomy_term', `${taxonomy}/${code}`);
  return {
    id,
    code,
    name,
    description: name,
    taxonomy,
    taxonomy_id: hsdsUuid('taxonomy', taxonomy),
    language: 'it',
  };
}

function attributes(serviceUuid: string, categories: readonly ServiceCategory[]): Json[] {
  const pim = [...new Set(categories.flatMap((c) => CATEGORY_TO_PIM[c]))];
  return [
    ...categories.map((c) => term(CATEGORY_TAXONOMY, c, SERVICE_CATEGORY_LABELS[c].it)),
    ...pim.map((p) => term(PIM_TAXONOMY, p, PIM_CATEGORIES[p])),
  ].map((t) => ({
    id: hsdsUuid('attribute', `${serviceUuid}/${t.id}`),
    link_id: serviceUuid,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: t.id,
    taxonomy_term: t,
  }));
}

function location(serviceId: string, l: ServiceLocation, organizationUuid: string): Json {
  const id = hsdsUuid('location', `${serviceId}/${l.id}`);
  return {
    id,
    x_percorsi_id: l.id,
    location_type: 'physical',
    organization_id: organizationUuid,
    name: l.name,
    ...(l.latitude === null ? {} : { latitude: l.latitude }),
    ...(l.longitude === null ? {} : { longitude: l.longitude }),
    addresses: [
      {
        id: hsdsUuid('address', id),
        location_id: id,
        address_1: l.address,
        city: l.city,
        state_province: 'Lombardia',
        postal_code: l.postalCode,
        country: 'IT',
        address_type: 'physical',
      },
    ],
    accessibility: l.accessibility
      ? [{ id: hsdsUuid('accessibility', id), location_id: id, description: l.accessibility }]
      : [],
  };
}

/** One organisation as an HSDS organization. */
export function organizationToHsds(id: string, o: Organization): Json {
  const uuid = hsdsUuid('organization', id);
  return {
    id: uuid,
    x_percorsi_id: id,
    name: o.name,
    description: o.description,
    ...(o.email ? { email: o.email } : {}),
    ...(o.website ? { website: o.website } : {}),
    phones: o.phone
      ? [{ id: hsdsUuid('phone', uuid), organization_id: uuid, number: o.phone }]
      : [],
    x_translations: o.translations,
    x_updated_at: o.updatedAt.toISOString(),
  };
}

/** One service as an HSDS service (with its nested tables). */
export function serviceToHsds(id: string, s: Service): Json {
  const uuid = hsdsUuid('service', id);
  const organizationUuid = hsdsUuid('organization', s.organizationId);
  const openings = s.schedule.map((o, i) => {
    const { day, opensAt, closesAt } = parseOpening(o);
    return {
      id: hsdsUuid('schedule', `${uuid}/${i}`),
      service_id: uuid,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: day,
      opens_at: opensAt,
      closes_at: closesAt,
    };
  });
  const notes = s.scheduleNotes
    ? [{ id: hsdsUuid('schedule', `${uuid}/notes`), service_id: uuid, notes: s.scheduleNotes }]
    : [];
  return {
    id: uuid,
    x_percorsi_id: id,
    organization_id: organizationUuid,
    x_organization_id: s.organizationId,
    name: s.name,
    description: s.description,
    ...(s.website ? { url: s.website } : {}),
    ...(s.email ? { email: s.email } : {}),
    status: s.status,
    ...(s.interpretationAvailable
      ? { interpretation_services: 'Mediazione linguistico-culturale disponibile su richiesta' }
      : {}),
    application_process: s.howToApply,
    fees_description: s.costDescription,
    eligibility_description: s.eligibility,
    ...(s.minimumAge === null ? {} : { minimum_age: s.minimumAge }),
    ...(s.maximumAge === null ? {} : { maximum_age: s.maximumAge }),
    assured_date: isoDate(s.lastCheckedAt),
    last_modified: s.updatedAt.toISOString(),
    phones: s.phone ? [{ id: hsdsUuid('phone', uuid), service_id: uuid, number: s.phone }] : [],
    schedules: [...openings, ...notes],
    service_at_locations: s.locations.map((l) => {
      const loc = location(id, l, organizationUuid);
      return {
        id: hsdsUuid('service_at_location', `${uuid}/${l.id}`),
        service_id: uuid,
        location_id: loc.id,
        location: loc,
      };
    }),
    languages: s.languages.map((code) => ({
      id: hsdsUuid('language', `${uuid}/${code}`),
      service_id: uuid,
      code,
    })),
    cost_options: s.free
      ? [
          {
            id: hsdsUuid('cost_option', uuid),
            service_id: uuid,
            option: 'Gratuito',
            amount: 0,
            currency: 'EUR',
          },
        ]
      : [],
    required_documents: documentLines(s.documentsNeeded).map((document, i) => ({
      id: hsdsUuid('required_document', `${uuid}/${i}`),
      service_id: uuid,
      document,
    })),
    attributes: attributes(uuid, s.categories),
    x_accepting_referrals: s.acceptingReferrals,
    x_capacity_updated_at: s.capacityUpdatedAt.toISOString(),
    x_last_checked_at: s.lastCheckedAt.toISOString(),
    x_translations: s.translations,
  };
}

/** The HSDS JSON of a directory. */
export function toHsds(directory: ServiceDirectory, districtId: string): Json {
  return {
    hsds_version: HSDS_VERSION,
    x_percorsi_district_id: districtId,
    organizations: directory.organizations.map((o) => organizationToHsds(o.id, o.data)),
    services: directory.services.map((s) => serviceToHsds(s.id, s.data)),
  };
}

// ---- import --------------------------------------------------------------------------------

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

// ---- CSV -----------------------------------------------------------------------------------

/** Columns of the services CSV: HSDS `services.csv` names, then the nested tables flattened. */
export const HSDS_SERVICE_CSV_COLUMNS = [
  'id',
  'organization_id',
  'organization_name',
  'name',
  'description',
  'url',
  'email',
  'phone',
  'status',
  'interpretation_services',
  'application_process',
  'fees_description',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'last_modified',
  'categories',
  'languages',
  'schedule',
  'addresses',
  'required_documents',
  'accepting_referrals',
] as const;

/** One row per service (cells as strings), in HSDS_SERVICE_CSV_COLUMNS order. */
export function servicesCsvRows(directory: ServiceDirectory): string[][] {
  const orgNames = new Map(directory.organizations.map((o) => [o.id, o.data.name]));
  return directory.services.map(({ id, data: s }) => [
    hsdsUuid('service', id),
    hsdsUuid('organization', s.organizationId),
    orgNames.get(s.organizationId) ?? '',
    s.name,
    s.description,
    s.website,
    s.email,
    s.phone,
    s.status,
    s.interpretationAvailable ? 'sì' : '',
    s.howToApply,
    s.costDescription,
    s.eligibility,
    s.minimumAge === null ? '' : String(s.minimumAge),
    s.maximumAge === null ? '' : String(s.maximumAge),
    isoDate(s.lastCheckedAt),
    s.updatedAt.toISOString(),
    s.categories.join('|'),
    s.languages.join('|'),
    s.schedule.join('|'),
    s.locations.map((l) => `${l.address}, ${l.postalCode} ${l.city}`).join('|'),
    documentLines(s.documentsNeeded).join('|'),
    s.acceptingReferrals ? 'sì' : 'no',
  ]);
}
