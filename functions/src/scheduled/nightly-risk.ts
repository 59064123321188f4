import { onSchedule } from 'firebase-functions/v2/scheduler';
import { paths } from '../domain';
import { db } from '../lib/admin';
import { recomputeSchoolRisk } from '../risk/recompute-school';

/**
 * Flags that depend on the date alone (no family contact this term, no session in 4 weeks,
 * NAI span passing, first scrutinio passed) change overnight without any write: recompute all.
 */
export const nightlyRisk = onSchedule(
  { schedule: 'every day 02:30', timeZone: 'Europe/Rome', timeoutSeconds: 1800, memory: '1GiB' },
  async () => {
    const schools = await db.collection(paths.schools()).listDocuments();
    for (const school of schools) await recomputeSchoolRisk(school.id);
  },
);
