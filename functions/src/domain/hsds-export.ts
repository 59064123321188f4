import {
  CATEGORY_TAXONOMY,
  HSDS_VERSION,
  PIM_TAXONOMY,
  hsdsUuid,
  isoDate,
  type Json,
} from './hsds-common';
import {
  CATEGORY_TO_PIM,
  PIM_CATEGORIES,
  SERVICE_CATEGORY_LABELS,
  documentLines,
  parseOpening,
  type Organization,
  type Service,
  type ServiceCategory,
  type ServiceDirectory,
  type ServiceLocation,
} from './services';

// The Open Referral HSDS 3.0 export of an Ambito's directory (pure): one JSON document,
// `organizations` (HSDS organization objects) and `services` (HSDS service
// objects with their service_at_locations -> location -> addresses/accessibility, schedules,
// languages, phones, cost_options, required_documents and attributes -> taxonomy_term). Each
// validates against the HSDS 3 JSON schemas (tests/fixtures/hsds/schema). HSDS ids are UUIDs:
// ours are derived from our ids (stable across exports) and our own id travels in
// `x_percorsi_id`. What HSDS has no field for travels in `x_` extension fields (HSDS objects
// accept extra properties): translations (`x_translations`, field -> language -> text, as in
// our documents), capacity (`x_accepting_referrals`, `x_capacity_updated_at`) and the exact
// time of the last check (`x_last_checked_at`, also as HSDS `assured_date`, a date).

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
