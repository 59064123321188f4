import { onSchedule } from 'firebase-functions/v2/scheduler';
import { paths } from '../domain';
import { db } from '../lib/admin';
import { recomputeReferralStats } from '../triggers/on-referral-written';

/**
 * A referral becomes overdue when its reply date passes, without any write: every Ambito's
 * referral figures are computed again each night, so the dashboard's overdue count is at most a
 * day old even in an Ambito where nothing was sent or answered.
 */
export const nightlyReferralStats = onSchedule(
  { schedule: 'every day 03:00', timeZone: 'Europe/Rome', timeoutSeconds: 540 },
  async () => {
    const districts = await db.collection(paths.districts()).listDocuments();
    for (const district of districts) await recomputeReferralStats(district.id);
  },
);
