import { getDoc, getDocs, query, where, type Query } from 'firebase/firestore';
import type { Pupil } from '@domain';
import { collections, readDocuments } from '@/lib/collections';
import type { RiskScope } from '@/lib/query-keys';

/** Who a risk list row is about: the pupil's name and class, read as the rules allow. */
export type PupilLabel = { pupilName: string; classId: string; className: string };

/** The ids of the classes a coordinator leads (the rules let all staff list classes). */
export async function coordinatedClassIds(schoolId: string, uid: string): Promise<string[]> {
  const snapshot = await getDocs(
    query(collections.classes(schoolId), where('coordinatorUid', '==', uid)),
  );
  return snapshot.docs.map((d) => d.id);
}

/** Class names of the school, by id. */
export async function classNames(schoolId: string): Promise<Map<string, string>> {
  const { items } = readDocuments(await getDocs(collections.classes(schoolId)));
  return new Map(items.map((c) => [c.id, c.name]));
}

const fullName = (pupil: Pupil) => `${pupil.lastName} ${pupil.firstName}`;

/** Names of the pupils of a scope: one query for the school, or one per class. */
export async function scopePupilNames(
  schoolId: string,
  scope: RiskScope,
  classIds: readonly string[],
): Promise<Map<string, string>> {
  const pupils = collections.pupils(schoolId);
  const queries: Query<Pupil>[] =
    scope.kind === 'school'
      ? [pupils]
      : classIds.map((classId) => query(pupils, where('classId', '==', classId)));
  const snapshots = await Promise.all(queries.map((q) => getDocs(q)));
  return new Map(
    snapshots.flatMap((s) => readDocuments(s).items.map((p) => [p.id, fullName(p)] as const)),
  );
}

/** Names of a few pupils read one by one (a to-do list spans pupils reached in many ways). */
export async function pupilNamesById(
  schoolId: string,
  pupilIds: readonly string[],
): Promise<Map<string, string>> {
  const entries = await Promise.all(
    pupilIds.map(async (id) => {
      try {
        const pupil = (await getDoc(collections.pupil(schoolId, id))).data();
        return pupil ? ([id, fullName(pupil)] as const) : null;
      } catch {
        // A pupil the reader may not open (or malformed) keeps its row, without a name.
        return null;
      }
    }),
  );
  return new Map(entries.filter((e) => e !== null));
}
