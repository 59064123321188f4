import { paths } from '../domain';
import { db } from '../lib/admin';
import { toDomain } from '../lib/firestore-data';

// Referrals name a pupil outside `schools/{s}/pupils/{p}`: the GDPR export and erasure reach
// them here (both origins, with the shared copy of the pupil's data).

async function pupilReferrals(schoolId: string, pupilId: string) {
  return (
    await db
      .collection(paths.referrals())
      .where('schoolId', '==', schoolId)
      .where('pupilId', '==', pupilId)
      .get()
  ).docs;
}

/** Every referral of the pupil with what it shared, as domain values. */
export async function readPupilReferrals(schoolId: string, pupilId: string) {
  const docs = await pupilReferrals(schoolId, pupilId);
  return Promise.all(
    docs.map(async (d) => {
      const shared = await db.doc(paths.referralShared(d.id)).get();
      return {
        id: d.id,
        data: toDomain(d.data()) as Record<string, unknown>,
        shared: shared.exists ? (toDomain(shared.data()) as Record<string, unknown>) : null,
      };
    }),
  );
}

/** Deletes the pupil's referrals and their shared copies; returns how many documents went. */
export async function deletePupilReferrals(schoolId: string, pupilId: string): Promise<number> {
  const docs = await pupilReferrals(schoolId, pupilId);
  let deleted = 0;
  for (const d of docs) {
    const shared = db.doc(paths.referralShared(d.id));
    if ((await shared.get()).exists) deleted += 1;
    const batch = db.batch();
    batch.delete(shared);
    batch.delete(d.ref);
    await batch.commit();
    deleted += 1;
  }
  return deleted;
}
