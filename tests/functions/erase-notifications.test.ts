import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths, riskNotificationId, type RiskNotification } from '@domain';
import { adminDb } from '../support/admin';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { type Client, createStaff, signedInClient, staffAccount } from '../support/client';

// Notifications are grouped per person and day: erasing a pupil removes that pupil's line
// (name, class, level) from every notification that lists them, and deletes a notification
// that listed no one else.

const SCHOOL = `school-erase-n-${Date.now()}`;
const head = staffAccount(SCHOOL, 'head', 'head');
const referentUid = `${SCHOOL}-ref`;
let headClient: Client;

const line = (pupilId: string, pupilName: string) => ({
  pupilId,
  pupilName,
  className: '2B',
  level: 'red' as const,
  previousLevel: 'amber' as const,
});

function notification(day: string, pupils: ReturnType<typeof line>[]): RiskNotification {
  return {
    type: 'riskRaisedDaily',
    schoolId: SCHOOL,
    day,
    pupils,
    pupilIds: pupils.map((p) => p.pupilId),
    total: pupils.length,
    createdAt: new Date(`${day}T07:00:00Z`),
    updatedAt: new Date(`${day}T07:00:00Z`),
    read: false,
  };
}

const notificationPath = (day: string) =>
  `${paths.user(referentUid)}/notifications/${riskNotificationId(day)}`;

beforeAll(async () => {
  await adminDb.doc(paths.school(SCHOOL)).set(makeSchool());
  await adminDb.doc(paths.schoolClass(SCHOOL, 'class-2b')).set(makeClass());
  for (const id of ['p-gone', 'p-stays']) {
    await adminDb.doc(paths.pupil(SCHOOL, id)).set(makePupil({ schoolId: SCHOOL }));
  }
  await adminDb
    .doc(notificationPath('2026-11-27'))
    .set(notification('2026-11-27', [line('p-gone', 'Bianchi Ada'), line('p-stays', 'Neri Leo')]));
  await adminDb
    .doc(notificationPath('2026-11-28'))
    .set(notification('2026-11-28', [line('p-gone', 'Bianchi Ada')]));
  // A request to move the pupil away, still naming the pupil (sent before the erasure).
  await adminDb.doc(paths.transferRequest(`${SCHOOL}--p-gone`)).set({
    fromSchoolId: SCHOOL,
    toSchoolId: `${SCHOOL}-other`,
    pupilId: 'p-gone',
    pupilName: 'Bianchi Ada',
    status: 'rejected',
  });
  await createStaff(head);
  headClient = await signedInClient(head.email);
});

afterAll(async () => {
  await headClient?.close();
  await adminDb.recursiveDelete(adminDb.doc(paths.user(referentUid)));
  await adminDb.recursiveDelete(adminDb.doc(paths.school(SCHOOL)));
});

describe('erasing a pupil and the grouped notifications', () => {
  it("removes the pupil's line, keeps the others, deletes a notification left empty and the pupil's transfer request", async () => {
    await headClient.call('erasePupil', { schoolId: SCHOOL, pupilId: 'p-gone' });
    const shared = await adminDb.doc(notificationPath('2026-11-27')).get();
    expect(shared.get('pupilIds')).toEqual(['p-stays']);
    expect(shared.get('pupils')).toEqual([line('p-stays', 'Neri Leo')]);
    expect(shared.get('total')).toBe(1);
    expect(JSON.stringify(shared.data())).not.toContain('Bianchi');
    expect((await adminDb.doc(notificationPath('2026-11-28')).get()).exists).toBe(false);
    expect((await adminDb.doc(paths.transferRequest(`${SCHOOL}--p-gone`)).get()).exists).toBe(
      false,
    );
  });
});
