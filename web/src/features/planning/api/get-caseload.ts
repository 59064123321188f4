import { queryOptions, useQuery } from '@tanstack/react-query';
import { doc, getDoc, getDocs, limit, orderBy, query, where } from 'firebase/firestore';
import { z } from 'zod';
import { l2OverallLevel, paths, riskLevelSchema } from '@domain';
import { collections, readDocuments } from '@/lib/collections';
import { db } from '@/lib/firestore';
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
 * The user's assigned pupils, by name, without the cues of need: one query, so the agenda and
 * the planning form are usable at once while getCaseloadNeeds reads the rest.
 */
export async function getAssignedPupils(schoolId: string, uid: string): Promise<CaseloadEntry[]> {
  const snapshot = await getDocs(
    query(collections.pupils(schoolId), where('assignedUids', 'array-contains', uid)),
  );
  return readDocuments(snapshot)
    .items.map((p): CaseloadEntry => ({
      pupilId: p.id,
      name: `${p.lastName} ${p.firstName}`,
      classId: p.classId,
      homeLanguages: p.homeLanguages,
      bornInItaly: p.arrivalDate === null,
      risk: null,
      l2Level: null,
      daysSinceSession: null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

/**
 * The same pupils with their risk, Italian L2 level and days since the last tutoring session,
 * ordered by need (see orderByNeed). Three reads per pupil.
 */
export async function getCaseloadNeeds(
  schoolId: string,
  pupils: readonly CaseloadEntry[],
  today: Date,
): Promise<CaseloadEntry[]> {
  const entries = await Promise.all(
    pupils.map(async (p): Promise<CaseloadEntry> => {
      const [risk, l2, session] = await Promise.all([
        readRisk(schoolId, p.pupilId),
        latest(schoolId, p.pupilId, 'l2Assessments'),
        latest(schoolId, p.pupilId, 'tutoringSessions'),
      ]);
      return {
        ...p,
        risk,
        l2Level: l2 ? l2OverallLevel(l2) : null,
        daysSinceSession: session ? daysBetween(session.date, today) : null,
      };
    }),
  );
  return orderByNeed(entries);
}

export const assignedPupilsQueryOptions = (schoolId: string, uid: string) =>
  queryOptions({
    queryKey: ['schools', schoolId, 'caseload', { uid }],
    queryFn: () => getAssignedPupils(schoolId, uid),
  });

export function useAssignedPupils(schoolId: string, uid: string) {
  return useQuery(assignedPupilsQueryOptions(schoolId, uid));
}

export function useCaseloadNeeds(schoolId: string, uid: string, pupils?: CaseloadEntry[]) {
  return useQuery({
    queryKey: ['schools', schoolId, 'caseload', { uid }, 'needs', pupils?.map((p) => p.pupilId)],
    queryFn: () => getCaseloadNeeds(schoolId, pupils ?? [], new Date()),
    enabled: pupils !== undefined,
  });
}
