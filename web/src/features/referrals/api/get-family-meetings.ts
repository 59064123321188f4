import { useQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import { collections, readDocuments } from '@/lib/collections';

/** The pupil's family meetings (id and day), for the form's "from a family meeting" choice. */
export async function getFamilyMeetings(schoolId: string, pupilId: string) {
  const snapshot = await getDocs(collections.records(schoolId, pupilId, 'familyMeetings'));
  return readDocuments(snapshot)
    .items.map((m) => ({ id: m.id, date: m.date, followUp: m.followUp }))
    .sort((a, b) => b.date.getTime() - a.date.getTime());
}

export function useFamilyMeetings(schoolId: string, pupilId: string) {
  return useQuery({
    // The records feature lists the same meetings under its own key; this is a read-only pick.
    queryKey: ['schools', schoolId, 'pupil', pupilId, 'referralFamilyMeetings'],
    queryFn: () => getFamilyMeetings(schoolId, pupilId),
  });
}
