import { hsdsUuid, isoDate } from './hsds-common';
import { documentLines, type ServiceDirectory } from './services';

// The services CSV of an Ambito's directory: HSDS `services.csv` columns, nested tables flattened.

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
