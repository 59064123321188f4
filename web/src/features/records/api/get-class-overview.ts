import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDoc, getDocs, query, where } from 'firebase/firestore';
import type { SchoolClass } from '@domain';
import { collections, readDocuments, type WithId } from '@/lib/collections';
import { NotFoundError } from '@/lib/errors';
import { classRowSummary, type ClassPupilSummary } from '../lib/summaries';
import { getRecords } from './get-records';

export type ClassOverviewRow = {
  pupilId: string;
  lastName: string;
  firstName: string;
  summary: ClassPupilSummary;
};

export type ClassOverview = {
  schoolClass: WithId<SchoolClass>;
  rows: ClassOverviewRow[];
  /** Pupils whose document fails the schema: reported, not shown. */
  unreadable: number;
};

/**
 * A class with, for each pupil, the latest L2 level, absences, failing marks and family
 * contacts. The rules have no collection-group read for records, so each pupil's records are
 * read from their own subcollections (three small reads per pupil, in parallel).
 */
export async function getClassOverview(
  schoolId: string,
  classId: string,
  today: Date,
): Promise<ClassOverview> {
  const classRef = collections.schoolClass(schoolId, classId);
  const classSnapshot = await getDoc(classRef);
  const schoolClass = classSnapshot.data();
  if (!schoolClass) throw new NotFoundError(classRef.path);

  const pupilsSnapshot = await getDocs(
    query(collections.pupils(schoolId), where('classId', '==', classId)),
  );
  const { items: pupils, unreadable } = readDocuments(pupilsSnapshot);

  const rows = await Promise.all(
    pupils.map(async (pupil): Promise<ClassOverviewRow> => {
      const [l2, terms, meetings] = await Promise.all([
        getRecords(schoolId, pupil.id, 'l2Assessments'),
        getRecords(schoolId, pupil.id, 'termRecords'),
        getRecords(schoolId, pupil.id, 'familyMeetings'),
      ]);
      return {
        pupilId: pupil.id,
        lastName: pupil.lastName,
        firstName: pupil.firstName,
        summary: classRowSummary(
          {
            l2Assessments: l2.items.map((e) => e.data),
            termRecords: terms.items.map((e) => e.data),
            familyMeetings: meetings.items.map((e) => e.data),
          },
          today,
        ),
      };
    }),
  );
  return { schoolClass: { ...schoolClass, id: classSnapshot.id }, rows, unreadable };
}

export const classOverviewQueryOptions = (schoolId: string, classId: string, today: Date) =>
  queryOptions({
    // Record mutations invalidate ['schools', schoolId, 'classOverview'], so a record logged
    // on a pupil page shows here on the next visit.
    queryKey: ['schools', schoolId, 'classOverview', classId],
    queryFn: () => getClassOverview(schoolId, classId, today),
    networkMode: 'always',
  });

export function useClassOverview(schoolId: string, classId: string, today: Date) {
  return useQuery(classOverviewQueryOptions(schoolId, classId, today));
}
