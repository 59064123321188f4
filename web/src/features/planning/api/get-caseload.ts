import { queryOptions, useQuery } from '@tanstack/react-query';
import { doc, getDoc, getDocs, limit, orderBy, query, where } from 'firebase/firestore';
import { z } from 'zod';
import { l2OverallLevel, paths, riskLevelSchema } from '@domain';
import { collections, readDocuments } from '@/lib/collections';
import { db } from '@/lib/firebase';
import { type CaseloadEntry, daysBetween, orderByNeed } from '../lib/caseload';

const riskSummarySchema = z.object({ level: riskLevelSchema, score: z.number() });

/** Risk level and score, or null when not computed, not readable or malformed. */
async function readRisk(schoolId: string, pupilId: string): Promise<CaseloadEntry['risk']> {
  try {
    const snapshot = await getDoc(doc(db, paths.riskCurrent(schoolId, pupilId)));
    const parsed = riskSummarySchema.safeParse(snapshot.data());
    return parsed.success ? parsed.data : null;
  } catch {
    // Roles that may not read flags still plan: the caseload falls back to the other cues.
    return null;
  }
}

async function latest<K extends 'l2Assessments' | 'tutoringSessions'>(
  schoolId: string,
  pupilId: string,
  kind: K,
) {
  try {
    const snapshot = await getDocs(
      query(collections.records(schoolId, pupilId, kind), orderBy('date', 'desc'), limit(1)),
    );
    return readDocuments(snapshot).items[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The user's assigned pupils with their risk, Italian L2 level and days since the last
 * tutoring session, ordered by need (see orderByNeed).
 */
export async function getCaseload(
  schoolId: string,
  uid: string,
  today: Date,
): Promise<CaseloadEntry[]> {
  const snapshot = await getDocs(
    query(collections.pupils(schoolId), where('assignedUids', 'array-contains', uid)),
  );
  const pupils = readDocuments(snapshot).items;
  const entries = await Promise.all(
    pupils.map(async (p): Promise<CaseloadEntry> => {
      const [risk, l2, session] = await Promise.all([
        readRisk(schoolId, p.id),
        latest(schoolId, p.id, 'l2Assessments'),
        latest(schoolId, p.id, 'tutoringSessions'),
      ]);
      return {
        pupilId: p.id,
        name: `${p.lastName} ${p.firstName}`,
        classId: p.classId,
        homeLanguages: p.homeLanguages,
        bornInItaly: p.arrivalDate === null,
        risk,
        l2Level: l2 ? l2OverallLevel(l2) : null,
        daysSinceSession: session ? daysBetween(session.date, today) : null,
      };
    }),
  );
  return orderByNeed(entries);
}

export const caseloadQueryOptions = (schoolId: string, uid: string) =>
  queryOptions({
    queryKey: ['schools', schoolId, 'caseload', { uid }],
    queryFn: () => getCaseload(schoolId, uid, new Date()),
  });

export function useCaseload(schoolId: string, uid: string) {
  return useQuery(caseloadQueryOptions(schoolId, uid));
}
