import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import {
  REFERRAL_STATS_DOC_ID,
  type Referral,
  buildReferralStats,
  paths,
  referralSchema,
  referralStatsSchema,
} from '../domain';
import { db } from '../lib/admin';
import { parseStored } from '../lib/firestore-data';

/**
 * Recomputes an Ambito's referral figures from every referral of its schools (never
 * incremented, so a retried or reordered event cannot make a count drift) into
 * `districts/{d}/stats/referrals`, the only thing the Ambito coordinator reads of referrals.
 * "Overdue" is as of the computation.
 */
export async function recomputeReferralStats(districtId: string, now = new Date()) {
  const snap = await db.collection(paths.referrals()).where('districtId', '==', districtId).get();
  const referrals = snap.docs
    .map((d) => parseStored(referralSchema, d.ref.path, d.data()))
    .filter((r): r is Referral => r !== null);
  const stats = referralStatsSchema.parse(buildReferralStats(districtId, referrals, now));
  await db.doc(`${paths.districtStats(districtId)}/${REFERRAL_STATS_DOC_ID}`).set(stats);
  return stats;
}

/** Any referral written (sent, answered, cancelled, erased): its Ambito's figures again. */
export const onReferralWritten = onDocumentWritten('referrals/{referralId}', async (event) => {
  const districtIds = new Set<string>();
  for (const snap of [event.data?.before, event.data?.after]) {
    const districtId: unknown = snap?.get('districtId');
    if (typeof districtId === 'string' && districtId) districtIds.add(districtId);
  }
  await Promise.all([...districtIds].map((d) => recomputeReferralStats(d)));
});
