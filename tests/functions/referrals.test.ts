import { doc, getDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REFERRAL_STATS_DOC_ID,
  type Referral,
  paths,
  referralSchema,
  referralStatsSchema,
} from '@domain';
import { adminAuth, adminDb, waitFor } from '../support/admin';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import {
  type Client,
  PASSWORD,
  createStaff,
  signedInClient,
  staffAccount,
} from '../support/client';
import { toDomain } from '../../functions/src/lib/firestore-data';

// Referrals through the real callables and trigger: refusals write nothing; the shared copy
// holds only the ticked fields; every status change is in the history; withdrawing consent
// hides the shared data; the Ambito's figures equal a count; GDPR export and erasure.

const STAMP = Date.now();
const SCHOOL = `school-ref-${STAMP}`;
const D = `ambito-ref-${STAMP}`;
const ORG = 'org-ref-social';
const OTHER_ORG = 'org-ref-other';
const OPEN = 'svc-ref-open';
const FULL = 'svc-ref-full';
const INACTIVE = 'svc-ref-inactive';
const P = 'p-ref';
// A name nobody else uses: a shared copy holding it can be looked for anywhere.
const FIRST = `Zaynab${STAMP}`;

const referent = staffAccount(SCHOOL, 'referent', 'referent');
const head = staffAccount(SCHOOL, 'head', 'head');
const teacher = staffAccount(SCHOOL, 'teacher', 'teacher');
const operator = { uid: `${SCHOOL}-op`, email: `op.${SCHOOL}@example.it`, org: ORG };
const otherOperator = { uid: `${SCHOOL}-op2`, email: `op2.${SCHOOL}@example.it`, org: OTHER_ORG };
const district = { uid: `${SCHOOL}-district`, email: `district.${SCHOOL}@example.it` };

let referentClient: Client;
let headClient: Client;
let teacherClient: Client;
let operatorClient: Client;
let otherOperatorClient: Client;
let districtClient: Client;

async function createOperator(account: { uid: string; email: string; org: string }) {
  await adminAuth.deleteUser(account.uid).catch(() => undefined);
  await adminAuth.createUser({
    uid: account.uid,
    email: account.email,
    password: PASSWORD,
    displayName: `Operatore ${account.org}`,
  });
  await adminAuth.setCustomUserClaims(account.uid, {
    role: 'operator',
    districtId: D,
    organizationId: account.org,
    rv: 1,
  });
  await adminDb.doc(paths.user(account.uid)).set({
    displayName: `Operatore ${account.org}`,
    email: account.email,
    role: 'operator',
    schoolId: null,
    districtId: D,
    organizationId: account.org,
    language: 'it',
    roleVersion: 1,
  });
}

function service(name: string, extra: Record<string, unknown>) {
  const now = new Date();
  return {
    organizationId: ORG,
    name,
    categories: ['contrasto-poverta'],
    status: 'active',
    acceptingReferrals: true,
    capacityUpdatedAt: now,
    lastCheckedAt: now,
    ...extra,
  };
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function input(overrides: Record<string, unknown> = {}) {
  return {
    schoolId: SCHOOL,
    pupilId: P,
    serviceId: OPEN,
    reason: 'La famiglia non riesce a pagare mensa e libri.',
    urgency: 'ordinaria',
    request: 'Un colloquio con la famiglia per il contributo.',
    sharedFields: ['name', 'l2Level'],
    familyContact: '',
    consent: {
      givenBy: 'mother',
      givenByName: 'Fatima El Idrissi',
      at: new Date().toISOString(),
      language: 'ar',
      mediatorPresent: true,
      mediatorName: 'Samira',
    },
    dueDate: inDays(10),
    familyMeetingId: 'm1',
    ...overrides,
  };
}

async function referralsOfPupil(pupilId = P) {
  return (
    await adminDb
      .collection(paths.referrals())
      .where('schoolId', '==', SCHOOL)
      .where('pupilId', '==', pupilId)
      .get()
  ).docs;
}

async function sentAuditCount(pupilId = P) {
  return (
    await adminDb
      .collection(paths.auditLog())
      .where('pupilId', '==', pupilId)
      .where('action', '==', 'referralSent')
      .get()
  ).size;
}

/** Shared copies anywhere that name this test's pupil. */
async function sharedCopiesNamingPupil() {
  const all = await adminDb.collectionGroup('shared').get();
  return all.docs.filter((d) => String(d.get('name') ?? '').includes(FIRST)).length;
}

async function readReferral(id: string): Promise<Referral> {
  const snap = await adminDb.doc(paths.referral(id)).get();
  return referralSchema.parse(toDomain(snap.data()));
}

async function expectRefused(promise: Promise<unknown>, message: RegExp) {
  await expect(promise).rejects.toThrow(message);
}

beforeAll(async () => {
  await adminDb.doc(paths.school(SCHOOL)).set(makeSchool({ districtId: D }));
  await adminDb.doc(paths.schoolClass(SCHOOL, 'class-2b')).set(makeClass({ teacherUids: [] }));
  for (const pupilId of [P, 'p-ref-gdpr']) {
    await adminDb
      .doc(paths.pupil(SCHOOL, pupilId))
      .set(makePupil({ schoolId: SCHOOL, classId: 'class-2b', firstName: FIRST }));
    const meta = {
      schoolId: SCHOOL,
      pupilId,
      createdBy: referent.uid,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await adminDb
      .doc(`${paths.records(SCHOOL, pupilId, 'familyMeetings')}/m1`)
      .set({ ...validRecords.familyMeetings, ...meta });
    await adminDb
      .doc(`${paths.records(SCHOOL, pupilId, 'l2Assessments')}/l1`)
      .set({ ...validRecords.l2Assessments, ...meta });
  }
  await adminDb.doc(paths.organization(D, ORG)).set({ name: 'Servizi sociali di prova' });
  await adminDb.doc(paths.service(D, OPEN)).set(service('Segretariato sociale', {}));
  await adminDb
    .doc(paths.service(D, FULL))
    .set(service('Contributi scuola', { acceptingReferrals: false }));
  await adminDb
    .doc(paths.service(D, INACTIVE))
    .set(service('Sportello chiuso', { status: 'inactive' }));
  await Promise.all([
    createStaff(referent),
    createStaff(head),
    createStaff(teacher),
    createStaff({ ...district, role: 'district', districtId: D }),
    createOperator(operator),
    createOperator(otherOperator),
  ]);
  [referentClient, headClient, teacherClient, operatorClient, otherOperatorClient, districtClient] =
    await Promise.all([
      signedInClient(referent.email),
      signedInClient(head.email),
      signedInClient(teacher.email),
      signedInClient(operator.email),
      signedInClient(otherOperator.email),
      signedInClient(district.email),
    ]);
}, 60_000);

afterAll(async () => {
  for (const c of [
    referentClient,
    headClient,
    teacherClient,
    operatorClient,
    otherOperatorClient,
    districtClient,
  ])
    await c?.close();
  const refs = await adminDb.collection(paths.referrals()).where('schoolId', '==', SCHOOL).get();
  for (const r of refs.docs) await adminDb.recursiveDelete(r.ref);
  await adminDb.recursiveDelete(adminDb.doc(paths.school(SCHOOL)));
  await adminDb.recursiveDelete(adminDb.doc(paths.district(D)));
});

describe('sendReferral refuses bad input and writes nothing', () => {
  it('without the family’s consent', async () => {
    await expectRefused(
      referentClient.call('sendReferral', input({ consent: null })),
      /Manca il consenso della famiglia/,
    );
  });

  it('with a past due date', async () => {
    await expectRefused(
      referentClient.call('sendReferral', input({ dueDate: inDays(-1) })),
      /scadenza per la risposta deve essere nel futuro/,
    );
  });

  it('to a service not taking referrals, or not active', async () => {
    await expectRefused(
      referentClient.call('sendReferral', input({ serviceId: FULL })),
      /non accetta invii/,
    );
    await expectRefused(
      referentClient.call('sendReferral', input({ serviceId: INACTIVE })),
      /non è attivo/,
    );
  });

  it('from a teacher, who does not send referrals', async () => {
    await expectRefused(teacherClient.call('sendReferral', input()), /permessi/);
  });

  it('leaves no referral, no shared copy and no audit entry behind', async () => {
    expect(await referralsOfPupil()).toHaveLength(0);
    expect(await sharedCopiesNamingPupil()).toBe(0);
    expect(await sentAuditCount()).toBe(0);
  });
});

describe('a referral from send to completion', () => {
  let referralId = '';

  it('is sent with only the ticked fields shared, its history and an audit entry', async () => {
    ({ referralId } = await referentClient.call<{ referralId: string }>('sendReferral', input()));
    const referral = await readReferral(referralId);
    expect(referral).toMatchObject({
      status: 'requested',
      organizationId: ORG,
      districtId: D,
      serviceName: 'Segretariato sociale',
      familyMeetingId: 'm1',
      sharedFields: ['name', 'l2Level'],
    });
    expect(referral.history.map((h) => [h.status, h.byUid])).toEqual([['requested', referent.uid]]);
    const shared = (await adminDb.doc(paths.referralShared(referralId)).get()).data();
    // The lowest of the five skills of the L2 test; nothing that was not ticked.
    expect(shared).toEqual({ name: `El Idrissi ${FIRST}`, l2Level: 'A1' });
    expect(JSON.stringify(referral)).not.toContain(FIRST);
    expect(await sentAuditCount()).toBe(1);
  });

  it('the operator of the organisation reads it and its shared fields; another does not', async () => {
    const header = await getDoc(doc(operatorClient.db, paths.referral(referralId)));
    expect(header.get('status')).toBe('requested');
    const shared = await getDoc(doc(operatorClient.db, paths.referralShared(referralId)));
    expect(shared.get('name')).toBe(`El Idrissi ${FIRST}`);
    await expect(getDoc(doc(otherOperatorClient.db, paths.referral(referralId)))).rejects.toThrow();
  });

  it('only the receiver answers, only the sender cancels, and moves follow the statuses', async () => {
    await expectRefused(
      referentClient.call('updateReferralStatus', {
        referralId,
        status: 'accepted',
        reason: '',
        outcome: null,
      }),
      /Passaggio non consentito/,
    );
    await expectRefused(
      otherOperatorClient.call('updateReferralStatus', {
        referralId,
        status: 'accepted',
        reason: '',
        outcome: null,
      }),
      /Invio non trovato/,
    );
    await expectRefused(
      operatorClient.call('updateReferralStatus', {
        referralId,
        status: 'completed',
        reason: '',
        outcome: 'gotHelp',
      }),
      /Passaggio non consentito/,
    );
  });

  it('keeps every change with who and why, and the outcome', async () => {
    const change = (status: string, reason: string, outcome: string | null = null) =>
      operatorClient.call('updateReferralStatus', { referralId, status, reason, outcome });
    await change('accepted', 'Presa in carico dall’assistente sociale');
    await change('in-progress', '');
    await expectRefused(change('completed', ''), /esito/);
    await change('completed', 'Contributo concesso', 'gotHelp');
    const referral = await readReferral(referralId);
    expect(referral.status).toBe('completed');
    expect(referral.outcome).toBe('gotHelp');
    expect(referral.respondedAt).not.toBeNull();
    expect(referral.history.map((h) => [h.status, h.byUid, h.reason])).toEqual([
      ['requested', referent.uid, ''],
      ['accepted', operator.uid, 'Presa in carico dall’assistente sociale'],
      ['in-progress', operator.uid, ''],
      ['completed', operator.uid, 'Contributo concesso'],
    ]);
    const audit = await adminDb
      .collection(paths.auditLog())
      .where('targetPath', '==', paths.referral(referralId))
      .where('action', '==', 'referralStatusChanged')
      .get();
    expect(audit.size).toBe(3);
    // Closed: nothing changes any more.
    await expectRefused(
      referentClient.call('updateReferralStatus', {
        referralId,
        status: 'cancelled',
        reason: 'errore',
        outcome: null,
      }),
      /Passaggio non consentito/,
    );
  });

  it('the service refers back to the school, which answers it', async () => {
    const { referralId: backId } = await operatorClient.call<{ referralId: string }>(
      'sendReferralBack',
      {
        referralId,
        reason: 'La famiglia chiede un contatto con la scuola per il doposcuola.',
        urgency: 'ordinaria',
        request: 'Un colloquio con la famiglia.',
        consent: input().consent,
        dueDate: inDays(7),
      },
    );
    const back = await readReferral(backId);
    expect(back).toMatchObject({
      origin: 'service',
      parentReferralId: referralId,
      sharedFields: [],
    });
    await headClient.call('updateReferralStatus', {
      referralId: backId,
      status: 'accepted',
      reason: 'La referente contatta la famiglia',
      outcome: null,
    });
    expect((await readReferral(backId)).status).toBe('accepted');
  });
});

describe('withdrawing consent', () => {
  it('deletes the shared copy at once, cancels the referral, and the operator reads no more', async () => {
    const { referralId } = await referentClient.call<{ referralId: string }>(
      'sendReferral',
      input(),
    );
    await expect(
      getDoc(doc(operatorClient.db, paths.referralShared(referralId))),
    ).resolves.toBeTruthy();
    await referentClient.call('withdrawReferralConsent', { referralId });
    expect((await adminDb.doc(paths.referralShared(referralId)).get()).exists).toBe(false);
    const referral = await readReferral(referralId);
    expect(referral.consent.withdrawnAt).not.toBeNull();
    expect(referral.status).toBe('cancelled');
    expect(referral.history.at(-1)?.reason).toBe('Consenso della famiglia revocato');
    await expect(
      getDoc(doc(operatorClient.db, paths.referralShared(referralId))),
    ).rejects.toThrow();
    // The operator cannot withdraw the school's consent.
    await expectRefused(
      operatorClient.call('withdrawReferralConsent', { referralId }),
      /Invio non trovato/,
    );
  });
});

describe('the Ambito’s figures', () => {
  it('equal a count of the referrals, with small counts suppressed', async () => {
    // Enough referrals to pass the suppression threshold.
    for (let i = 0; i < 4; i += 1) {
      await referentClient.call('sendReferral', input({ sharedFields: [] }));
    }
    const all = await adminDb.collection(paths.referrals()).where('districtId', '==', D).get();
    const sent = all.docs.filter((d) => d.get('status') !== 'draft').length;
    const completed = all.docs.filter((d) => d.get('status') === 'completed').length;
    const ref = adminDb.doc(`${paths.districtStats(D)}/${REFERRAL_STATS_DOC_ID}`);
    const stats = await waitFor(
      async () => {
        const snap = await ref.get();
        return snap.exists ? referralStatsSchema.parse(toDomain(snap.data())) : null;
      },
      (s) => s?.total.sent === sent,
      30_000,
    );
    expect(stats?.total.sent).toBe(sent);
    expect(sent).toBeGreaterThan(3);
    expect(stats?.total.completed).toBe(completed <= 3 ? '<=3' : completed);
    expect(stats?.byService[OPEN]?.sent).toBe(sent);
    expect(JSON.stringify(stats)).not.toContain(FIRST);
    expect(JSON.stringify(stats)).not.toContain(P);
    // The Ambito coordinator reads the figures, never a referral.
    const read = await getDoc(doc(districtClient.db, ref.path));
    expect(read.get('districtId')).toBe(D);
    await expect(
      getDoc(doc(districtClient.db, paths.referral(all.docs[0]?.id ?? 'x'))),
    ).rejects.toThrow();
  });
});

describe('inviteOperator', () => {
  it('the Ambito coordinator invites an operator for an organisation of their Ambito only', async () => {
    const email = `nuovo.op.${STAMP}@example.it`;
    const { uid } = await districtClient.call<{ uid: string }>('inviteOperator', {
      email,
      displayName: 'Nuovo Operatore',
      organizationId: ORG,
    });
    const user = await adminAuth.getUser(uid);
    expect(user.customClaims).toMatchObject({
      role: 'operator',
      districtId: D,
      organizationId: ORG,
    });
    await expectRefused(
      districtClient.call('inviteOperator', {
        email: `altro.${STAMP}@example.it`,
        displayName: 'Altro',
        organizationId: 'org-non-esiste',
      }),
      /Ente non trovato/,
    );
    await expectRefused(
      headClient.call('inviteOperator', {
        email: `terzo.${STAMP}@example.it`,
        displayName: 'Terzo',
        organizationId: ORG,
      }),
      /permessi/,
    );
    await adminAuth.deleteUser(uid);
  });
});

describe('GDPR', () => {
  it('the export carries the pupil’s referrals, the erasure deletes them with their shared copy', async () => {
    const { referralId } = await referentClient.call<{ referralId: string }>(
      'sendReferral',
      input({ pupilId: 'p-ref-gdpr' }),
    );
    const exported = await headClient.call<{ referrals: { id: string; shared: unknown }[] }>(
      'exportPupil',
      { schoolId: SCHOOL, pupilId: 'p-ref-gdpr' },
    );
    expect(exported.referrals.map((r) => r.id)).toEqual([referralId]);
    expect(exported.referrals[0]?.shared).toMatchObject({ name: `El Idrissi ${FIRST}` });
    await headClient.call('erasePupil', { schoolId: SCHOOL, pupilId: 'p-ref-gdpr' });
    expect((await adminDb.doc(paths.referral(referralId)).get()).exists).toBe(false);
    expect((await adminDb.doc(paths.referralShared(referralId)).get()).exists).toBe(false);
    expect(await referralsOfPupil('p-ref-gdpr')).toHaveLength(0);
  });
});
