import { describe, expect, it } from 'vitest';
import {
  CATEGORY_TO_PIM,
  PIM_CATEGORIES,
  SERVICE_CATEGORIES,
  isCheckOverdue,
  localizedField,
  organizationSchema,
  parseOpening,
  serviceSchema,
  takesReferrals,
  translateValidationMessage,
} from '@domain';
import { DEMO_ORGANIZATION_IDS, generateDemo } from '../../scripts/seed/generate';
import { DEMO_TRANSLATED_LANGUAGES, demoServiceDirectory } from '../../scripts/seed/services';
import { makeOrganization, makeService } from '../fixtures/services';

const asOf = new Date('2026-11-20T00:00:00Z');

describe('service schema', () => {
  it('accepts the fixture', () => {
    expect(serviceSchema.parse(makeService())).toEqual(makeService());
    expect(organizationSchema.parse(makeOrganization())).toEqual(makeOrganization());
  });

  it.each([
    ['closing before opening', { schedule: ['MO 12:00-09:00'] }, 'validation.opensBeforeCloses'],
    ['a malformed opening', { schedule: ['lunedì 9-12'] }, 'validation.startTime'],
    ['no category', { categories: [] }, 'validation.categoryRequired'],
    ['ages upside down', { minimumAge: 18, maximumAge: 6 }, 'validation.ageRange'],
    ['a bad website', { website: 'www.comune' }, 'validation.url'],
    ['a bad email', { email: 'sportello@' }, 'validation.email'],
    ['a blank name', { name: '  ' }, 'validation.required'],
    ['a translation with the separator', { translations: { name: { en: 'a⁂b' } } }, null],
  ])('refuses %s, with a message in Italian', (_what, change, key) => {
    const result = serviceSchema.safeParse({ ...makeService(), ...change });
    expect(result.success).toBe(false);
    if (key) {
      expect(result.error?.issues.map((i) => i.message)).toContain(key);
      expect(translateValidationMessage(key, 'it')).not.toBe(key);
    }
  });

  it('refuses a person’s field (strict: only the public directory fields)', () => {
    expect(serviceSchema.safeParse({ ...makeService(), contactPerson: 'Maria' }).success).toBe(
      false,
    );
  });

  it('reads an opening back', () => {
    expect(parseOpening('TH 14:00-17:30')).toEqual({
      day: 'TH',
      opensAt: '14:00',
      closesAt: '17:30',
    });
  });
});

describe('isCheckOverdue', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  it.each([
    ['2026-05-20T09:00:00Z', true],
    ['2026-05-19T00:00:00Z', true],
    ['2026-05-21T00:00:00Z', false],
    ['2026-11-01T00:00:00Z', false],
    ['2024-01-01T00:00:00Z', true],
  ])('last checked %s -> overdue %s', (checked, overdue) => {
    expect(isCheckOverdue({ lastCheckedAt: new Date(checked) }, now)).toBe(overdue);
  });
});

describe('referrals and translations', () => {
  it('a service takes referrals only when active and accepting', () => {
    expect(takesReferrals({ status: 'active', acceptingReferrals: true })).toBe(true);
    expect(takesReferrals({ status: 'active', acceptingReferrals: false })).toBe(false);
    expect(takesReferrals({ status: 'inactive', acceptingReferrals: true })).toBe(false);
  });

  it('falls back to Italian per field, and says so', () => {
    const s = makeService();
    expect(localizedField(s, 'name', 'ar')).toEqual({
      text: 'مكتب الخدمات الاجتماعية',
      language: 'ar',
      fallback: false,
    });
    expect(localizedField(s, 'description', 'ar')).toEqual({
      text: s.description,
      language: 'it',
      fallback: true,
    });
    expect(localizedField(s, 'name', 'it').fallback).toBe(false);
  });

  it('every programme category maps to the national portal', () => {
    for (const c of SERVICE_CATEGORIES) {
      expect(CATEGORY_TO_PIM[c].length).toBeGreaterThan(0);
      for (const p of CATEGORY_TO_PIM[c]) expect(PIM_CATEGORIES[p]).toBeTruthy();
    }
    const mapped = new Set(SERVICE_CATEGORIES.flatMap((c) => CATEGORY_TO_PIM[c]));
    expect(mapped).toContain('minori-seconde-generazioni');
    expect(mapped).toContain('mediazione-interculturale');
  });
});

describe('demo directory', () => {
  const directory = demoServiceDirectory(generateDemo().meta.asOf);

  it('is valid, ~40 services across all ten categories', () => {
    for (const o of directory.organizations) organizationSchema.parse(o.data);
    for (const s of directory.services) serviceSchema.parse(s.data);
    expect(directory.services.length).toBeGreaterThanOrEqual(38);
    const categories = new Set(directory.services.flatMap((s) => s.data.categories));
    expect([...categories].sort()).toEqual([...SERVICE_CATEGORIES].sort());
  });

  it('the operator organisations exist, each with an active service taking referrals', () => {
    for (const org of Object.values(DEMO_ORGANIZATION_IDS)) {
      expect(directory.organizations.map((o) => o.id)).toContain(org);
      expect(
        directory.services.some((s) => s.data.organizationId === org && takesReferrals(s.data)),
      ).toBe(true);
    }
    const orgIds = new Set(directory.organizations.map((o) => o.id));
    for (const s of directory.services) expect(orgIds).toContain(s.data.organizationId);
  });

  it('has services not taking referrals, overdue checks, and the seven translations', () => {
    expect(directory.services.filter((s) => !s.data.acceptingReferrals).length).toBeGreaterThan(2);
    expect(
      directory.services.filter((s) => isCheckOverdue(s.data, asOf)).length,
    ).toBeGreaterThanOrEqual(3);
    const languages = new Set(
      directory.services.flatMap((s) => Object.keys(s.data.translations.name ?? {})),
    );
    for (const l of DEMO_TRANSLATED_LANGUAGES) expect(languages).toContain(l);
  });

  it('holds no personal email (organisation mailboxes on .example only)', () => {
    for (const s of directory.services) {
      expect(s.data.email === '' || s.data.email.endsWith('.example')).toBe(true);
    }
  });
});
