import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { paths } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';
import { SHARED_DATA, makeReferral } from './referrals-fixtures';

// The operator matrix of issue 13: an operator reads only the referrals addressed to their
// organisation, and of each only the shared fields; nothing once consent is withdrawn or
// their role revoked; never the school's pupils, records or risk. A teacher reads a referral
// only of a pupil of their classes.

const S = 'rf-school';
const D = 'rf-ambito';
const ORG = 'rf-org';
const P_IN = 'rf-pupil-in';
const P_OUT = 'rf-pupil-out';

const operator: Actor = { uid: 'rf-op', role: 'operator', districtId: D, organizationId: ORG };
const otherOrg: Actor = { uid: 'rf-op-o', role: 'operator', districtId: D, organizationId: 'rf-x' };
const otherAmbito: Actor = {
  uid: 'rf-op-a',
  role: 'operator',
  districtId: 'rf-ambito-x',
  organizationId: ORG,
};
const revoked: Actor = { uid: 'rf-op-rev', role: 'operator', districtId: D, organizationId: ORG };
const teacher: Actor = { uid: 'rf-teacher', role: 'teacher', schoolId: S };
const mediator: Actor = { uid: 'rf-med', role: 'mediator', schoolId: S };
const referent: Actor = { uid: 'rf-ref', role: 'referent', schoolId: S };
const district: Actor = { uid: 'rf-district', role: 'district', districtId: D };

const scope = { schoolId: S, districtId: D, organizationId: ORG };
const open = makeReferral({ ...scope, pupilId: P_IN, classId: 'rf-2b', createdBy: referent.uid });
const outside = makeReferral({
  ...scope,
  pupilId: P_OUT,
  classId: 'rf-3c',
  createdBy: referent.uid,
});
const withdrawn = makeReferral({
  ...scope,
  pupilId: P_IN,
  classId: 'rf-2b',
  status: 'cancelled',
  consent: { ...open.consent, withdrawnAt: new Date('2026-10-05T00:00:00Z') },
});

let env: RulesTestEnvironment;
const db = (actor: Actor) => contextFor(env, actor).firestore();
const get = (actor: Actor, path: string) => getDoc(doc(db(actor), path));

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(env, [
    operator,
    otherOrg,
    otherAmbito,
    revoked,
    teacher,
    mediator,
    referent,
    district,
  ]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const admin = ctx.firestore();
    const writes: [string, Record<string, unknown>][] = [
      [paths.school(S), makeSchool({ districtId: D })],
      [paths.schoolClass(S, 'rf-2b'), makeClass({ teacherUids: [teacher.uid] })],
      [paths.schoolClass(S, 'rf-3c'), makeClass({ name: '3C', year: 3, section: 'C' })],
      [
        paths.pupil(S, P_IN),
        makePupil({ schoolId: S, classId: 'rf-2b', assignedUids: [mediator.uid] }),
      ],
      [paths.pupil(S, P_OUT), makePupil({ schoolId: S, classId: 'rf-3c' })],
      [
        `${paths.records(S, P_IN, 'familyMeetings')}/m1`,
        { ...validRecords.familyMeetings, schoolId: S, pupilId: P_IN, createdBy: teacher.uid },
      ],
      [paths.riskCurrent(S, P_IN), { level: 'red' }],
      [paths.referral('rf-open'), open],
      [paths.referralShared('rf-open'), SHARED_DATA],
      [paths.referral('rf-outside'), outside],
      [paths.referralShared('rf-outside'), SHARED_DATA],
      [paths.referral('rf-withdrawn'), withdrawn],
      // A stale copy left behind: the rules alone must hide it.
      [paths.referralShared('rf-withdrawn'), SHARED_DATA],
    ];
    for (const [path, data] of writes) await setDoc(doc(admin, path), data);
    // Revoked: the profile's role version moved on; the token still says 1.
    await updateDoc(doc(admin, paths.user(revoked.uid)), { roleVersion: 2 });
  });
});

afterAll(async () => {
  await env?.cleanup();
});

const operatorQuery = (actor: Actor, org = ORG, districtId = D) =>
  getDocs(
    query(
      collection(db(actor), paths.referrals()),
      where('organizationId', '==', org),
      where('districtId', '==', districtId),
    ),
  );

describe('referrals: the operator', () => {
  it('reads the referrals addressed to their organisation, and lists them', async () => {
    await assertSucceeds(get(operator, paths.referral('rf-open')));
    await assertSucceeds(operatorQuery(operator));
  });

  it('reads the shared fields while the family’s consent holds', async () => {
    await assertSucceeds(get(operator, paths.referralShared('rf-open')));
  });

  it('reads nothing of another organisation’s or another Ambito’s referrals', async () => {
    await assertFails(get(otherOrg, paths.referral('rf-open')));
    await assertFails(get(otherOrg, paths.referralShared('rf-open')));
    await assertFails(operatorQuery(otherOrg));
    await assertFails(get(otherAmbito, paths.referral('rf-open')));
    await assertFails(operatorQuery(otherAmbito, ORG, D));
  });

  it('cannot list every referral, nor by school', async () => {
    await assertFails(getDocs(collection(db(operator), paths.referrals())));
    await assertFails(
      getDocs(query(collection(db(operator), paths.referrals()), where('schoolId', '==', S))),
    );
  });

  it('reads no shared data once consent is withdrawn, even a copy left behind', async () => {
    await assertSucceeds(get(operator, paths.referral('rf-withdrawn')));
    await assertFails(get(operator, paths.referralShared('rf-withdrawn')));
    await assertFails(
      getDocs(collection(db(operator), `${paths.referral('rf-withdrawn')}/shared`)),
    );
  });

  it('reads nothing once their role is revoked', async () => {
    await assertFails(get(revoked, paths.referral('rf-open')));
    await assertFails(get(revoked, paths.referralShared('rf-open')));
    await assertFails(operatorQuery(revoked));
  });

  it('never reads the school’s pupils, records, risk, classes or school document', async () => {
    await assertFails(get(operator, paths.pupil(S, P_IN)));
    await assertFails(getDocs(collection(db(operator), paths.pupils(S))));
    await assertFails(get(operator, `${paths.records(S, P_IN, 'familyMeetings')}/m1`));
    await assertFails(get(operator, paths.riskCurrent(S, P_IN)));
    await assertFails(get(operator, paths.schoolClass(S, 'rf-2b')));
    await assertFails(get(operator, paths.school(S)));
  });

  it('writes nothing: status and outcome change only through the callables', async () => {
    await assertFails(
      updateDoc(doc(db(operator), paths.referral('rf-open')), { status: 'accepted' }),
    );
    await assertFails(setDoc(doc(db(operator), paths.referralShared('rf-open')), { name: 'x' }));
  });
});

describe('referrals: the school', () => {
  it('a teacher reads the referral of a pupil of their class, not of a pupil outside it', async () => {
    await assertSucceeds(get(teacher, paths.referral('rf-open')));
    await assertSucceeds(get(teacher, paths.referralShared('rf-open')));
    await assertFails(get(teacher, paths.referral('rf-outside')));
    await assertFails(get(teacher, paths.referralShared('rf-outside')));
    await assertSucceeds(
      getDocs(
        query(
          collection(db(teacher), paths.referrals()),
          where('schoolId', '==', S),
          where('pupilId', '==', P_IN),
        ),
      ),
    );
    await assertFails(
      getDocs(
        query(
          collection(db(teacher), paths.referrals()),
          where('schoolId', '==', S),
          where('pupilId', '==', P_OUT),
        ),
      ),
    );
  });

  it('a mediator assigned to the pupil does not read referrals (need to know)', async () => {
    await assertFails(get(mediator, paths.referral('rf-open')));
  });

  it('the referent reads every referral of the school, the shared data after withdrawal too', async () => {
    await assertSucceeds(
      getDocs(query(collection(db(referent), paths.referrals()), where('schoolId', '==', S))),
    );
    await assertSucceeds(get(referent, paths.referralShared('rf-withdrawn')));
  });

  it('the Ambito coordinator reads no referral, only the aggregate', async () => {
    await assertFails(get(district, paths.referral('rf-open')));
    await assertFails(operatorQuery(district));
  });
});
