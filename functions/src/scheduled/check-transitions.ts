import { onSchedule } from 'firebase-functions/v2/scheduler';
import { paths, transitionCheck, transitionSchema } from '../domain';
import { db } from '../lib/admin';
import { writeAudit } from '../lib/audit';
import { parseStored } from '../lib/firestore-data';
import { recomputeOrientationStats } from '../stats/orientation-stats';

/**
 * The daily check of the transitions (issue 14): a pending transition past its `confirmBy`
 * day whose pupil is enrolled nowhere in the network (gone from the receiving school and not
 * moved on by a later transfer) becomes a "left school" case. The sending schools' and the
 * Ambiti's aggregates are then recomputed. Returns the ids it marked. Safe to run again: a
 * marked transition is no longer pending.
 */
export async function checkTransitions(now: Date): Promise<string[]> {
  const pending = await db.collection(paths.transitions()).where('status', '==', 'pending').get();
  const marked: string[] = [];
  const sendingSchools = new Set<string>();
  for (const doc of pending.docs) {
    const t = parseStored(transitionSchema, doc.ref.path, doc.data());
    if (!t || now.getTime() <= t.confirmBy.getTime()) continue;
    const [pupilSnap, onward] = await Promise.all([
      db.doc(paths.pupil(t.toSchoolId, t.pupilId)).get(),
      db
        .collection(paths.transitions())
        .where('pupilId', '==', t.pupilId)
        .where('fromSchoolId', '==', t.toSchoolId)
        .limit(1)
        .get(),
    ]);
    const next = transitionCheck(
      t,
      { enrolledAtReceivingSchool: pupilSnap.exists, movedOn: !onward.empty },
      now,
    );
    if (next !== 'leftSchool') continue;
    const changed = await db.runTransaction(async (tx) => {
      const fresh = await tx.get(doc.ref);
      if (fresh.get('status') !== 'pending') return false;
      tx.update(doc.ref, { status: 'leftSchool', leftSchoolAt: now });
      return true;
    });
    if (!changed) continue;
    await writeAudit(
      {
        at: now,
        action: 'pupilLeftSchool',
        schoolId: t.fromSchoolId,
        pupilId: t.pupilId,
        targetPath: doc.ref.path,
        actorUid: null,
        changedFields: ['status'],
      },
      `${doc.id}-leftSchool`,
    );
    marked.push(doc.id);
    sendingSchools.add(t.fromSchoolId);
  }
  for (const schoolId of sendingSchools) await recomputeOrientationStats(schoolId, now);
  return marked;
}

export const checkTransitionsDaily = onSchedule(
  { schedule: 'every day 03:30', timeZone: 'Europe/Rome' },
  async () => {
    await checkTransitions(new Date());
  },
);
