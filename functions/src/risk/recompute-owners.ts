/** Who owns a pupil's follow-ups and who is told when the level rises. */
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { userProfileSchema } from '../domain';
import { adminAuth } from '../lib/admin';

/** Roles whose assignment to a pupil makes them owners of the pupil's `assigned` follow-ups. */
const ASSIGNED_ROLES: readonly string[] = ['educator', 'l2teacher'];

/** The assigned people who still work with the pupil: educators and L2 teachers of the school. */
export function assignedStaff(snaps: readonly DocumentSnapshot[], schoolId: string): string[] {
  return snaps
    .filter((snap) => {
      const profile = userProfileSchema.safeParse(snap.data());
      return (
        profile.success &&
        profile.data.schoolId === schoolId &&
        profile.data.role !== null &&
        ASSIGNED_ROLES.includes(profile.data.role)
      );
    })
    .map((snap) => snap.id)
    .sort();
}

export function orReferents(uids: string[], referents: string[]): string[] {
  return uids.length > 0 ? uids : referents;
}

/**
 * The people among `uids` whose account existed at `asOf`: someone who joined after the rise
 * did not miss it. Unknown accounts (a coordinator uid with no user) get nothing.
 */
export async function existingBefore(
  asOf: Date,
  uids: readonly (string | null)[],
): Promise<string[]> {
  const wanted = [...new Set(uids.filter((u): u is string => u !== null))];
  if (wanted.length === 0) return [];
  const found = await adminAuth.getUsers(wanted.map((uid) => ({ uid })));
  return found.users
    .filter((u) => Date.parse(u.metadata.creationTime) <= asOf.getTime())
    .map((u) => u.uid)
    .sort();
}
