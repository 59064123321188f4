import { queryOptions, useQuery } from '@tanstack/react-query';
import { doc, getDoc, getDocs, limit, orderBy, query, where } from 'firebase/firestore';
import { z } from 'zod';
import { l2OverallLevel, l2SkillLevelsSchema, paths, riskLevelSchema } from '@domain';
import { collections, readDocuments } from '@/lib/collections';
import { db } from '@/lib/firestore';
import { type CaseloadEntry, daysBetween } from '../lib/caseload';

// The agenda reads in three steps, so the week never waits for the caseload:
// 1. the assigned pupils (one query) with the plans: the week and the planning form;
// 2. each pupil's `need/current` (one document each: the need level educators may read, never
//    the evidence of `risk/current`), which carries the level and the latest Italian L2
//    levels: the picker's filters and the peer suggestions;
// 3. each pupil's last tutoring session (one query each), only when the caseload tab opens.
// Before, every pupil cost three reads at once (risk, last L2 test, last session).

/** What the caseload needs of `need/current`; the rest of the document is not parsed here. */
const needCuesSchema = z.object({
  level: riskLevelSchema,
  score: z.number(),
  l2Latest: l2SkillLevelsSchema.nullable(),
});

export type CaseloadCues = Pick<CaseloadEntry, 'risk' | 'l2Level'>;

/** Risk and L2 level of one pupil, both null when not computed, not readable or malformed. */
async function readCues(schoolId: string, pupilId: string): Promise<CaseloadCues> {
  try {
    const snapshot = await getDoc(doc(db, paths.needCurrent(schoolId, pupilId)));
    const parsed = needCuesSchema.safeParse(snapshot.data());
    if (!parsed.success) return { risk: null, l2Level: null };
    const { level, score, l2Latest } = parsed.data;
    return {
      risk: { level, score },
      l2Level: l2Latest ? l2OverallLevel({ levels: l2Latest }) : null,
    };
  } catch {
    // Roles that may not read flags still plan: the caseload falls back to the other cues.
    return { risk: null, l2Level: null };
  }
}

/** Days since one pupil's last tutoring session (any educator), null if none or unreadable. */
async function readDaysSinceSession(
  schoolId: string,
  pupilId: string,
  today: Date,
): Promise<number | null> {
  try {
    const snapshot = await getDocs(
      query(
        collections.records(schoolId, pupilId, 'tutoringSessions'),
        orderBy('date', 'desc'),
        limit(1),
      ),
    );
    const last = readDocuments(snapshot).items[0];
    return last ? daysBetween(last.date, today) : null;
  } catch {
    return null;
  }
}

/**
 * The user's assigned pupils, by name, without the cues of need: one query, so the agenda and
 * the planning form are usable at once while the cues are read.
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

/** Risk and Italian L2 level of each pupil, by id: one document read per pupil. */
export async function getCaseloadCues(
  schoolId: string,
  pupilIds: readonly string[],
): Promise<Map<string, CaseloadCues>> {
  const cues = await Promise.all(pupilIds.map((id) => readCues(schoolId, id)));
  return new Map(pupilIds.map((id, i) => [id, cues[i] ?? { risk: null, l2Level: null }]));
}

/** Days since each pupil's last tutoring session, by id: one query per pupil. */
export async function getDaysSinceSessions(
  schoolId: string,
  pupilIds: readonly string[],
  today: Date,
): Promise<Map<string, number | null>> {
  const days = await Promise.all(pupilIds.map((id) => readDaysSinceSession(schoolId, id, today)));
  return new Map(pupilIds.map((id, i) => [id, days[i] ?? null]));
}

const caseloadKey = (schoolId: string, uid: string) =>
  ['schools', schoolId, 'caseload', { uid }] as const;

/** Every "days since the last session" query of a caseload, whatever its pupils. */
export const lastSessionsQueryKey = (schoolId: string, uid: string) =>
  [...caseloadKey(schoolId, uid), 'lastSessions'] as const;

export const assignedPupilsQueryOptions = (schoolId: string, uid: string) =>
  queryOptions({
    queryKey: caseloadKey(schoolId, uid),
    queryFn: () => getAssignedPupils(schoolId, uid),
  });

export function useAssignedPupils(schoolId: string, uid: string) {
  return useQuery(assignedPupilsQueryOptions(schoolId, uid));
}

/** The cues of the assigned pupils, read once they are known. */
export function useCaseloadCues(schoolId: string, uid: string, pupilIds?: string[]) {
  return useQuery({
    queryKey: [...caseloadKey(schoolId, uid), 'cues', pupilIds],
    queryFn: () => getCaseloadCues(schoolId, pupilIds ?? []),
    enabled: pupilIds !== undefined,
  });
}

/** Days since each pupil's last session, read only when `enabled` (the caseload tab is open). */
export function useDaysSinceSessions(
  schoolId: string,
  uid: string,
  pupilIds: string[] | undefined,
  enabled: boolean,
) {
  return useQuery({
    queryKey: [...lastSessionsQueryKey(schoolId, uid), pupilIds],
    queryFn: () => getDaysSinceSessions(schoolId, pupilIds ?? [], new Date()),
    enabled: enabled && pupilIds !== undefined,
  });
}
