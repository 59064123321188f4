import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDoc, getDocs } from 'firebase/firestore';
import { collections, readDocuments } from '@/lib/collections';
import { NotFoundError } from '@/lib/errors';
import { queryKeys } from '@/lib/query-keys';
import type { PupilSheetData } from '../lib/sheet';

/**
 * Everything the sheet shows, read through the typed references: the pupil, their class and
 * school, the L2 assessments, term records and interventions, and the current assessment. The
 * same reads as the pupil page's, so it is not logged as a GDPR export (nothing leaves the
 * school: the sheet is for the consiglio di classe).
 */
export async function getPupilSheet(schoolId: string, pupilId: string): Promise<PupilSheetData> {
  const pupilRef = collections.pupil(schoolId, pupilId);
  const pupilSnapshot = await getDoc(pupilRef);
  const pupil = pupilSnapshot.data();
  if (!pupil) throw new NotFoundError(pupilRef.path);
  const [classSnapshot, schoolSnapshot, l2, terms, interventions, riskSnapshot] = await Promise.all(
    [
      getDoc(collections.schoolClass(schoolId, pupil.classId)),
      getDoc(collections.school(schoolId)),
      getDocs(collections.records(schoolId, pupilId, 'l2Assessments')),
      getDocs(collections.records(schoolId, pupilId, 'termRecords')),
      getDocs(collections.records(schoolId, pupilId, 'interventions')),
      getDoc(collections.riskCurrent(schoolId, pupilId)),
    ],
  );
  const l2Read = readDocuments(l2);
  const termsRead = readDocuments(terms);
  const interventionsRead = readDocuments(interventions);
  return {
    pupil,
    schoolClass: classSnapshot.data() ?? null,
    school: schoolSnapshot.data() ?? null,
    l2Assessments: l2Read.items,
    termRecords: termsRead.items,
    interventions: interventionsRead.items,
    risk: riskSnapshot.exists() ? riskSnapshot.data() : null,
    unreadable: l2Read.unreadable + termsRead.unreadable + interventionsRead.unreadable,
  };
}

export const pupilSheetQueryOptions = (schoolId: string, pupilId: string) =>
  queryOptions({
    queryKey: queryKeys.pupilSheet(schoolId, pupilId),
    queryFn: () => getPupilSheet(schoolId, pupilId),
  });

export function usePupilSheet(schoolId: string, pupilId: string) {
  return useQuery(pupilSheetQueryOptions(schoolId, pupilId));
}
