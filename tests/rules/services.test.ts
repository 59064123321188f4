import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_SERVICE_LOCATIONS,
  ORGANIZATION_FIELDS,
  SERVICE_FIELDS,
  TRANSLATION_LANGUAGES,
  WEEKDAYS,
  paths,
  serviceSchema,
} from '@domain';
import { makePupil, makeSchool } from '../fixtures/entities';
import { makeOrganization, makeService } from '../fixtures/services';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// The services directory (issue 13): what the family page reads without sign-in is exactly the
// directory's fields (organisation-level, no person), and nothing else is readable signed out;
// writes by the Ambito's coordinator and, for their own organisation's services, by operators.

const D = 'ambito-rules-services';
const OTHER_D = 'ambito-rules-services-other';
const ORG = 'org-rs-social';
const OTHER_ORG = 'org-rs-npia';

const district: Actor = { uid: 'rs-district', role: 'district', districtId: D };
const otherDistrict: Actor = { uid: 'rs-district-o', role: 'district', districtId: OTHER_D };
const operator: Actor = { uid: 'rs-op', role: 'operator', districtId: D, organizationId: ORG };
const otherOperator: Actor = {
  uid: 'rs-op-o',
  role: 'operator',
  districtId: D,
  organizationId: OTHER_ORG,
};
const head: Actor = { uid: 'rs-head', role: 'head', schoolId: 'school-rs' };

let env: RulesTestEnvironment;
const dbOf = (actor: Actor | null) => contextFor(env, actor).firestore();

/** The exact fields the public may read: reviewed for personal data (none: no person). */
const PUBLIC_SERVICE_FIELDS = [
  'acceptingReferrals',
  'capacityUpdatedAt',
  'categories',
  'costDescription',
  'description',
  'documentsNeeded',
  'eligibility',
  'email',
  'free',
  'howToApply',
  'interpretationAvailable',
  'languages',
  'lastCheckedAt',
  'locations',
  'maximumAge',
  'minimumAge',
  'name',
  'organizationId',
  'phone',
  'schedule',
  'scheduleNotes',
  'status',
  'translations',
  'updatedAt',
  'website',
];
const PUBLIC_ORGANIZATION_FIELDS = [
  'description',
  'email',
  'name',
  'phone',
  'translations',
  'updatedAt',
  'website',
];

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(env, [district, otherDistrict, operator, otherOperator, head]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.district(D)), { name: 'Ambito di prova' });
    await setDoc(doc(db, paths.organization(D, ORG)), makeOrganization());
    await setDoc(doc(db, paths.organization(D, OTHER_ORG)), makeOrganization({ name: 'NPIA' }));
    await setDoc(doc(db, paths.service(D, 'own')), makeService({ organizationId: ORG }));
    await setDoc(doc(db, paths.service(D, 'other')), makeService({ organizationId: OTHER_ORG }));
    await setDoc(doc(db, paths.school('school-rs')), makeSchool({ districtId: D }));
    await setDoc(
      doc(db, paths.pupil('school-rs', 'pupil-rs')),
      makePupil({ schoolId: 'school-rs' }),
    );
    await setDoc(doc(db, `${paths.districtStats(D)}/current`), { pupils: 10 });
    await setDoc(doc(db, `${paths.auditLog()}/e1`), { schoolId: null });
    await setDoc(doc(db, `${paths.district(D)}/referrals/r1`), { pupilId: 'pupil-rs' });
    await setDoc(doc(db, 'referrals/r1'), { pupilId: 'pupil-rs' });
  });
});

afterAll(async () => {
  await env.cleanup();
});

describe('signed out (the family page)', () => {
  it('the public fields are exactly the schemas’ keys, reviewed for personal data', () => {
    expect(SERVICE_FIELDS).toEqual(PUBLIC_SERVICE_FIELDS);
    expect(ORGANIZATION_FIELDS).toEqual(PUBLIC_ORGANIZATION_FIELDS);
  });

  it('lists the services and organisations, and reads exactly the public fields', async () => {
    const db = dbOf(null);
    const services = await assertSucceeds(getDocs(collection(db, paths.services(D))));
    expect(services.size).toBe(2);
    for (const s of services.docs) expect(Object.keys(s.data()).sort()).toEqual(SERVICE_FIELDS);
    const orgs = await assertSucceeds(getDocs(collection(db, paths.organizations(D))));
    expect(orgs.size).toBe(2);
    for (const o of orgs.docs) {
      expect(Object.keys(o.data()).sort()).toEqual(ORGANIZATION_FIELDS);
    }
  });

  it('reads the Ambito’s name (the page heads with it): the document holds only public fields', async () => {
    const ambito = await assertSucceeds(getDoc(doc(dbOf(null), paths.district(D))));
    expect(Object.keys(ambito.data() ?? {})).toEqual(['name']);
    await assertFails(getDocs(collection(dbOf(null), paths.districts())));
  });

  it('cannot write a service, even a valid one', async () => {
    await assertFails(setDoc(doc(dbOf(null), paths.service(D, 'x')), makeService()));
    await assertFails(updateDoc(doc(dbOf(null), paths.service(D, 'own')), { free: false }));
  });

  it.each([
    ['a pupil', paths.pupil('school-rs', 'pupil-rs')],
    ['a school', paths.school('school-rs')],
    ['a profile', paths.user(district.uid)],
    ['the Ambito’s figures', `${paths.districtStats(D)}/current`],
    ['the audit log', `${paths.auditLog()}/e1`],
    ['a referral under the Ambito', `${paths.district(D)}/referrals/r1`],
    ['a referral', 'referrals/r1'],
  ])('cannot read %s', async (_what, path) => {
    await assertFails(getDoc(doc(dbOf(null), path)));
  });
});

describe('the Ambito coordinator', () => {
  it('writes organisations and services of their Ambito', async () => {
    const db = dbOf(district);
    await assertSucceeds(setDoc(doc(db, paths.organization(D, 'org-new')), makeOrganization()));
    await assertSucceeds(
      setDoc(doc(db, paths.service(D, 'new')), makeService({ organizationId: 'org-new' })),
    );
    await assertSucceeds(
      updateDoc(doc(db, paths.service(D, 'new')), { lastCheckedAt: new Date() }),
    );
    await assertSucceeds(deleteDoc(doc(db, paths.service(D, 'new'))));
  });

  it('cannot write another Ambito’s directory', async () => {
    const db = dbOf(otherDistrict);
    await assertFails(
      setDoc(doc(db, paths.service(D, 'o1')), makeService({ organizationId: ORG })),
    );
    await assertFails(updateDoc(doc(db, paths.service(D, 'own')), { acceptingReferrals: false }));
    await assertFails(setDoc(doc(db, paths.organization(D, 'o2')), makeOrganization()));
  });

  it('cannot file a service under an organisation that does not exist', async () => {
    await assertFails(
      setDoc(
        doc(dbOf(district), paths.service(D, 'orphan')),
        makeService({ organizationId: 'org-missing' }),
      ),
    );
  });

  it.each([
    ['a person’s name', { contactPerson: 'Maria Rossi' }],
    ['no category', { categories: [] }],
    ['an unknown category', { categories: ['sport'] }],
    ['a repeated category', { categories: ['casa', 'casa'] }],
    ['an unknown status', { status: 'closed' }],
    ['an unknown weekday', { schedule: ['XX 09:00-12:00'] }],
    ['an opening as an object', { schedule: [{ day: 'MO', opensAt: '09:00', closesAt: '12:00' }] }],
    ['a number as an opening', { schedule: [5] }],
    ['ages upside down', { minimumAge: 18, maximumAge: 6 }],
    ['a translation in an unknown language', { translations: { name: { xx: 'x' } } }],
    ['a translation into Italian', { translations: { name: { it: 'x' } } }],
    ['an empty translated name', { translations: { name: { en: '' } } }],
    ['a translated name too long', { translations: { name: { ar: 'a'.repeat(201) } } }],
    ['a number as a translation', { translations: { description: { en: 5 } } }],
    ['an unknown translated field', { translations: { notes: { en: 'x' } } }],
    ['a text instead of a translation map', { translations: { name: '' } }],
    [
      'a field translated into 13 languages',
      {
        translations: {
          name: Object.fromEntries(TRANSLATION_LANGUAGES.slice(0, 13).map((l) => [l, 'x'])),
        },
      },
    ],
    ['a bad postcode', { locations: [{ ...makeService().locations[0], postalCode: '201' }] }],
    ['a bad phone', { phone: 'chiamare Maria' }],
    ['a bad website', { website: 'ftp://x' }],
  ])('refuses a service with %s (and zod does too)', async (_what, change) => {
    const data = { ...makeService({ organizationId: ORG }), ...change };
    expect(serviceSchema.safeParse(data).success).toBe(false);
    await assertFails(setDoc(doc(dbOf(district), paths.service(D, 'bad')), data));
  });

  it('updates of a large service (7 languages in every field, two sites) check only what changes', async () => {
    const text = (n: number) => 'a'.repeat(n);
    const translation = {
      name: text(200),
      description: text(1000),
      eligibility: text(1000),
      howToApply: text(1000),
      documentsNeeded: text(1000),
      costDescription: text(500),
      scheduleNotes: text(500),
    };
    const large = makeService({
      organizationId: ORG,
      languages: Array.from({ length: 20 }, (_, i) => `l${String.fromCharCode(97 + i)}`),
      locations: Array.from({ length: MAX_SERVICE_LOCATIONS }, (_, i) => ({
        ...makeService().locations[0]!,
        id: `sede-${i}`,
      })),
      schedule: Array.from(
        { length: 14 },
        (_, i) => `${WEEKDAYS[i % 7]!} ${i < 7 ? '08:00-12:00' : '14:00-18:00'}`,
      ),
      translations: Object.fromEntries(
        Object.entries(translation).map(([field, t]) => [
          field,
          Object.fromEntries(TRANSLATION_LANGUAGES.slice(0, 7).map((l) => [l, t])),
        ]),
      ),
    });
    expect(serviceSchema.safeParse(large).success).toBe(true);
    await env.withSecurityRulesDisabled(async (ctx) => {
      await setDoc(doc(ctx.firestore(), paths.service(D, 'large')), large);
    });
    const ref = doc(dbOf(district), paths.service(D, 'large'));
    await assertSucceeds(updateDoc(ref, { lastCheckedAt: new Date(), updatedAt: new Date() }));
    await assertSucceeds(
      updateDoc(doc(dbOf(operator), paths.service(D, 'large')), {
        acceptingReferrals: false,
        capacityUpdatedAt: new Date(),
      }),
    );
    await assertSucceeds(setDoc(ref, { ...large, name: 'Sportello rinnovato' }));
    await assertFails(updateDoc(ref, { name: '' }));
    await assertFails(updateDoc(ref, { translations: { name: { xx: 'x' } } }));
    await assertFails(updateDoc(ref, { schedule: ['MO 9-12'] }));
    await assertFails(updateDoc(ref, { contactPerson: 'Maria Rossi' }));
  });
});

describe('operators', () => {
  it('update their own organisation’s service (capacity, last check)', async () => {
    await assertSucceeds(
      updateDoc(doc(dbOf(operator), paths.service(D, 'own')), {
        acceptingReferrals: false,
        capacityUpdatedAt: new Date(),
      }),
    );
  });

  it('create a service of their own organisation only', async () => {
    await assertSucceeds(
      setDoc(doc(dbOf(operator), paths.service(D, 'op-new')), makeService({ organizationId: ORG })),
    );
    await assertFails(
      setDoc(
        doc(dbOf(operator), paths.service(D, 'op-other')),
        makeService({ organizationId: OTHER_ORG }),
      ),
    );
  });

  it('cannot touch another organisation’s service, move theirs away, or delete', async () => {
    await assertFails(updateDoc(doc(dbOf(operator), paths.service(D, 'other')), { free: false }));
    await assertFails(
      updateDoc(doc(dbOf(operator), paths.service(D, 'own')), { organizationId: OTHER_ORG }),
    );
    await assertFails(deleteDoc(doc(dbOf(operator), paths.service(D, 'own'))));
    await assertFails(
      setDoc(doc(dbOf(operator), paths.organization(D, ORG)), makeOrganization({ name: 'X' })),
    );
  });

  it('a school role writes nothing in the directory', async () => {
    await assertFails(updateDoc(doc(dbOf(head), paths.service(D, 'own')), { free: false }));
  });
});
