/** The day's grouped notification of a rise in level. */
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { NOTIFICATION_MAX_PUPILS, type RiskNotification, riskNotificationSchema } from '../domain';
import { parseStored } from '../lib/firestore-data';

/**
 * The person's notification of the day with the pupil in it: appended once (a second rise the
 * same day updates the pupil's line), listed up to `NOTIFICATION_MAX_PUPILS`, always counted.
 */
export function groupedNotification(
  snap: DocumentSnapshot,
  change: {
    schoolId: string;
    day: string;
    asOf: Date;
    entry: RiskNotification['pupils'][number];
  },
): RiskNotification {
  const current = snap.exists
    ? parseStored(riskNotificationSchema, snap.ref.path, snap.data())
    : null;
  if (!current) {
    return {
      type: 'riskRaisedDaily',
      schoolId: change.schoolId,
      day: change.day,
      pupils: [change.entry],
      pupilIds: [change.entry.pupilId],
      total: 1,
      createdAt: change.asOf,
      updatedAt: change.asOf,
      read: false,
    };
  }
  const index = current.pupils.findIndex((p) => p.pupilId === change.entry.pupilId);
  const pupils = [...current.pupils];
  if (index >= 0) {
    const listed = pupils[index];
    pupils[index] = { ...change.entry, previousLevel: listed?.previousLevel ?? 'green' };
  } else if (pupils.length < NOTIFICATION_MAX_PUPILS) {
    pupils.push(change.entry);
  }
  return {
    ...current,
    pupils,
    pupilIds: pupils.map((p) => p.pupilId),
    // A listed pupil is counted once; beyond the list, a second rise the same day (amber, then
    // red) cannot be told apart and counts again.
    total: index >= 0 ? current.total : current.total + 1,
    updatedAt: change.asOf,
    read: false,
  };
}
