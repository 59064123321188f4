import { useQuery } from '@tanstack/react-query';
import { getDoc } from 'firebase/firestore';
import { collections } from '@/lib/collections';

/**
 * "Cognome Nome" of some pupils of the school, for the lists of referrals (the referral itself
 * names the pupil by id only). A pupil the reader may not read is left out.
 */
export async function getPupilNames(schoolId: string, pupilIds: readonly string[]) {
  const entries = await Promise.all(
    [...new Set(pupilIds)].map(async (id) => {
      try {
        const snap = await getDoc(collections.pupil(schoolId, id));
        const pupil = snap.exists() ? snap.data() : null;
        const name: string | null = pupil ? `${pupil.lastName} ${pupil.firstName}` : null;
        return name === null ? null : ([id, name] as [string, string]);
      } catch {
        return null;
      }
    }),
  );
  return new Map(entries.filter((e): e is [string, string] => e !== null));
}

export function usePupilNames(schoolId: string, pupilIds: readonly string[]) {
  const sorted = [...new Set(pupilIds)].sort();
  return useQuery({
    queryKey: ['schools', schoolId, 'referralPupilNames', sorted],
    queryFn: () => getPupilNames(schoolId, sorted),
    enabled: sorted.length > 0,
  });
}
