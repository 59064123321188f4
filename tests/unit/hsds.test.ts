import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_TAXONOMY,
  HSDS_SERVICE_CSV_COLUMNS,
  fromHsds,
  hsdsUuid,
  servicesCsvRows,
  toHsds,
} from '@domain';
import { DEMO_DISTRICT_ID } from '../../scripts/seed/generate';
import { demoServiceDirectory } from '../../scripts/seed/services';

// The demo directory exported as Open Referral HSDS 3.0 validates against the official JSON
// schemas shipped in tests/fixtures/hsds/schema, and importing the export gives it back.

const SCHEMA_DIR = join(import.meta.dirname, '../fixtures/hsds/schema');
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const file of readdirSync(SCHEMA_DIR)) {
  ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')), file);
}
const validateService = ajv.getSchema('service.json')!;
const validateOrganization = ajv.getSchema('organization.json')!;

const asOf = new Date('2026-11-20T00:00:00Z');
const directory = demoServiceDirectory(asOf);
type Exported = { organizations: Record<string, unknown>[]; services: Record<string, unknown>[] };
const exported = toHsds(directory, DEMO_DISTRICT_ID) as unknown as Exported;

describe('HSDS export', () => {
  it('every organisation validates against the HSDS 3 organization schema', () => {
    expect(exported.organizations.length).toBe(directory.organizations.length);
    for (const o of exported.organizations) {
      expect(validateOrganization(o), JSON.stringify(validateOrganization.errors)).toBe(true);
    }
  });

  it('every service validates against the HSDS 3 service schema', () => {
    expect(exported.services.length).toBe(directory.services.length);
    for (const s of exported.services) {
      expect(validateService(s), JSON.stringify(validateService.errors)).toBe(true);
    }
  });

  it('the validator does reject a service that breaks the schema', () => {
    const [first] = exported.services;
    expect(validateService({ ...first, id: 'not-a-uuid' })).toBe(false);
    expect(validateService({ ...first, status: 'open' })).toBe(false);
    const { name: _name, ...nameless } = first!;
    expect(validateService(nameless)).toBe(false);
  });

  it('carries categories as taxonomy terms (ours and the national portal’s)', () => {
    const service = exported.services.find((s) => s.x_percorsi_id === 'svc-cpia-italiano-adulti');
    const terms = (service!.attributes as { taxonomy_term: { taxonomy: string; code: string } }[])
      .map((a) => `${a.taxonomy_term.taxonomy}/${a.taxonomy_term.code}`)
      .sort();
    expect(terms).toEqual([
      `${CATEGORY_TAXONOMY}/italiano-l2`,
      'portale-integrazione-migranti/lingua-italiana',
    ]);
  });

  it('gives stable, distinct UUIDs', () => {
    expect(hsdsUuid('service', 'a')).toBe(hsdsUuid('service', 'a'));
    expect(hsdsUuid('service', 'a')).not.toBe(hsdsUuid('service', 'b'));
    expect(hsdsUuid('service', 'a')).not.toBe(hsdsUuid('organization', 'a'));
    const ids = exported.services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('HSDS import', () => {
  it('re-importing the export gives the same directory (through JSON text)', () => {
    const text = JSON.stringify(exported);
    const result = fromHsds(JSON.parse(text), new Date('2030-01-01T00:00:00Z'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.directory).toEqual(directory);
  });

  it('refuses a file with a bad item, naming it, and returns nothing', () => {
    const broken = structuredClone(exported);
    broken.services[3] = { ...broken.services[3], attributes: [] };
    const result = fromHsds(broken, asOf);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.item).toContain('services[3]');
      expect(result.errors[0]!.item).toContain(String(broken.services[3]!.name));
      expect(result.errors[0]!.it).toContain('categories – Indicare almeno una categoria');
      expect(result.errors[0]!.en).toContain('Choose at least one category');
    }
  });

  it('refuses a service whose organisation is not in the file', () => {
    const broken = structuredClone(exported);
    broken.organizations = broken.organizations.slice(1);
    const result = fromHsds(broken, asOf);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.it).toContain('ente erogatore');
  });

  it('refuses what is not a directory', () => {
    expect(fromHsds({ services: 'x' }, asOf).ok).toBe(false);
    expect(fromHsds(null, asOf).ok).toBe(false);
  });

  it('reads another tool’s HSDS (no extensions): ids, days, status', () => {
    const orgId = '0b5a2c1e-1111-4c4c-8888-000000000001';
    const result = fromHsds(
      {
        organizations: [{ id: orgId, name: 'Associazione X', description: '' }],
        services: [
          {
            id: '0b5a2c1e-2222-4c4c-8888-000000000002',
            organization_id: orgId,
            name: 'Doposcuola',
            status: 'temporarily closed',
            schedules: [{ id: 's1', byday: 'MO,WE', opens_at: '14:30:00', closes_at: '17:00' }],
            attributes: [
              { taxonomy_term: { taxonomy: CATEGORY_TAXONOMY, code: 'associazionismo' } },
            ],
          },
        ],
      },
      asOf,
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      const [service] = result.directory.services;
      expect(service!.data.organizationId).toBe(orgId);
      expect(service!.data.status).toBe('inactive');
      expect(service!.data.schedule).toEqual(['MO 14:30-17:00', 'WE 14:30-17:00']);
      expect(service!.data.lastCheckedAt).toEqual(asOf);
    }
  });
});

describe('HSDS CSV', () => {
  it('one row per service, as many cells as columns', () => {
    const rows = servicesCsvRows(directory);
    expect(rows).toHaveLength(directory.services.length);
    for (const r of rows) expect(r).toHaveLength(HSDS_SERVICE_CSV_COLUMNS.length);
    const cpia = rows.find((r) => r[3] === 'Corsi di italiano per adulti (A1–B1)')!;
    expect(cpia[0]).toBe(hsdsUuid('service', 'svc-cpia-italiano-adulti'));
    expect(cpia[HSDS_SERVICE_CSV_COLUMNS.indexOf('categories')]).toBe('italiano-l2');
  });
});
