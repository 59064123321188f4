import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { collection, doc, getDoc, getDocs, query, setDoc, where } from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { paths } from '@domain';
import { makePupil, makeSchool } from '../fixtures/entities';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// Programme monitoring (issue 15): the Region reads only aggregates (its own and its Ambiti's),
// never a pupil, a record, a risk document, the audit log or a school's exact figures; an
// Ambito coordinator reads only their own Ambito's.

const S = 'school-mon-rules';
const D = 'ambito-mon-rules';
const D2 = 'ambito-mon-rules-other';
const D3 = 'ambito-mon-rules-veneto';
const P = 'pupil-mon-rules';
const PERIOD = '2026-Q4';

const region: Actor = { uid: 'mon-region', role: 'region', regionId: 'lombardia' };
const regionOther: Actor = { uid: 'mon-region-v', role: 'region', regionId: 'veneto' };
const district: Actor = { uid: 'mon-district', role: 'district', districtId: D };
const head: Actor = { uid: 'mon-head', role: 'head', schoolId: S };
const admin: Actor = { uid: 'mon-admin', role: 'admin' };

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(env, [region, regionOther, district, head, admin]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    const aggregate = (regionId: string) => ({ kind: 'district', regionId, totals: {} });
    await Promise.all([
      setDoc(doc(db, paths.school(S)), makeSchool({ districtId: D })),
      setDoc(doc(db, paths.pupil(S, P)), makePupil({ schoolId: S })),
      setDoc(doc(db, paths.riskCurrent(S, P)), { level: 'red' }),
      setDoc(doc(db, `${paths.records(S, P, 'tutoringSessions')}/r1`), { minutes: 60 }),
      setDoc(doc(db, paths.pupilMonitoringFacts(S, P)), { schoolId: S, classId: 'c' }),
      setDoc(doc(db, `${paths.auditLog()}/a1`), { schoolId: S, action: 'update' }),
      setDoc(doc(db, `${paths.schoolMonitoring(S)}/${PERIOD}`), { kind: 'school' }),
      setDoc(doc(db, `${paths.schoolReports(S)}/${PERIOD}`), { scope: 'school' }),
      setDoc(doc(db, `${paths.districtMonitoring(D)}/${PERIOD}`), aggregate('lombardia')),
      setDoc(doc(db, `${paths.districtMonitoring(D2)}/${PERIOD}`), aggregate('lombardia')),
      setDoc(doc(db, `${paths.districtMonitoring(D3)}/${PERIOD}`), aggregate('veneto')),
      setDoc(doc(db, `${paths.districtReports(D)}/${PERIOD}`), { scope: 'district' }),
      setDoc(doc(db, `${paths.regionMonitoring('lombardia')}/${PERIOD}`), { kind: 'region' }),
      setDoc(doc(db, `${paths.regionReports('lombardia')}/${PERIOD}`), { scope: 'region' }),
    ]);
  });
});

afterAll(async () => {
  await env.clearFirestore();
  await env.cleanup();
});

const as = (actor: Actor) => contextFor(env, actor).firestore();

describe('region role', () => {
  it('reads its own aggregates and those of the Ambiti naming it', async () => {
    const db = as(region);
    await assertSucceeds(getDoc(doc(db, `${paths.regionMonitoring('lombardia')}/${PERIOD}`)));
    await assertSucceeds(getDoc(doc(db, `${paths.regionReports('lombardia')}/${PERIOD}`)));
    await assertSucceeds(getDoc(doc(db, `${paths.districtMonitoring(D)}/${PERIOD}`)));
    await assertSucceeds(getDoc(doc(db, `${paths.districtMonitoring(D2)}/${PERIOD}`)));
    await assertSucceeds(
      getDocs(
        query(collection(db, paths.districtMonitoring(D)), where('regionId', '==', 'lombardia')),
      ),
    );
  });

  it("never reads another Region's, a school's exact figures, a pupil, records, risk or audit", async () => {
    const db = as(region);
    await assertFails(getDoc(doc(db, `${paths.districtMonitoring(D3)}/${PERIOD}`)));
    await assertFails(getDoc(doc(db, `${paths.schoolMonitoring(S)}/${PERIOD}`)));
    await assertFails(getDoc(doc(db, `${paths.schoolReports(S)}/${PERIOD}`)));
    await assertFails(getDoc(doc(db, `${paths.districtReports(D)}/${PERIOD}`)));
    await assertFails(getDoc(doc(db, paths.pupil(S, P))));
    await assertFails(getDocs(collection(db, paths.pupils(S))));
    await assertFails(getDoc(doc(db, paths.riskCurrent(S, P))));
    await assertFails(getDoc(doc(db, `${paths.records(S, P, 'tutoringSessions')}/r1`)));
    await assertFails(getDoc(doc(db, paths.pupilMonitoringFacts(S, P))));
    await assertFails(getDoc(doc(db, `${paths.auditLog()}/a1`)));
    await assertFails(getDoc(doc(db, `${paths.schoolStats(S)}/school`)));
    await assertFails(getDocs(collection(db, paths.districtMonitoring(D))));
    const other = as(regionOther);
    await assertFails(getDoc(doc(other, `${paths.regionMonitoring('lombardia')}/${PERIOD}`)));
    await assertSucceeds(getDoc(doc(other, `${paths.districtMonitoring(D3)}/${PERIOD}`)));
  });

  it('writes nothing', async () => {
    const db = as(region);
    await assertFails(
      setDoc(doc(db, `${paths.regionReports('lombardia')}/2026-Q3`), { scope: 'region' }),
    );
    await assertFails(setDoc(doc(db, `${paths.regionMonitoring('lombardia')}/${PERIOD}`), {}));
  });
});

describe('Ambito coordinator', () => {
  it("reads only their own Ambito's aggregates and reports", async () => {
    const db = as(district);
    await assertSucceeds(getDoc(doc(db, `${paths.districtMonitoring(D)}/${PERIOD}`)));
    await assertSucceeds(getDoc(doc(db, `${paths.districtReports(D)}/${PERIOD}`)));
    await assertSucceeds(getDocs(collection(db, paths.districtMonitoring(D))));
    await assertFails(getDoc(doc(db, `${paths.districtMonitoring(D2)}/${PERIOD}`)));
    await assertFails(getDocs(collection(db, paths.districtMonitoring(D2))));
    await assertFails(getDoc(doc(db, `${paths.regionMonitoring('lombardia')}/${PERIOD}`)));
    await assertFails(getDoc(doc(db, `${paths.schoolMonitoring(S)}/${PERIOD}`)));
  });
});

describe('head and districts', () => {
  it("the head reads the school's exact figures and reports, not the Ambito's", async () => {
    const db = as(head);
    await assertSucceeds(getDoc(doc(db, `${paths.schoolMonitoring(S)}/${PERIOD}`)));
    await assertSucceeds(getDoc(doc(db, `${paths.schoolReports(S)}/${PERIOD}`)));
    await assertFails(getDoc(doc(db, `${paths.districtMonitoring(D)}/${PERIOD}`)));
    await assertFails(getDoc(doc(db, paths.pupilMonitoringFacts(S, P))));
  });

  it('the admin creates an Ambito with or without its Region; the Region is an id', async () => {
    const db = as(admin);
    await assertSucceeds(setDoc(doc(db, paths.district('mon-new-1')), { name: 'Ambito nuovo' }));
    await assertSucceeds(
      setDoc(doc(db, paths.district('mon-new-2')), { name: 'Ambito nuovo', regionId: 'lombardia' }),
    );
    await assertFails(
      setDoc(doc(db, paths.district('mon-new-3')), { name: 'Ambito nuovo', regionId: 12 }),
    );
    await assertFails(
      setDoc(doc(db, paths.district('mon-new-4')), { name: 'Ambito nuovo', extra: true }),
    );
  });
});
