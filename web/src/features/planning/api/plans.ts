import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  FieldPath,
  collection,
  deleteDoc,
  doc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  where,
  writeBatch,
  type DocumentData,
  type WithFieldValue,
} from 'firebase/firestore';
import {
  occurrenceDate,
  paths,
  sessionPlanSchema,
  type OccurrenceOutcome,
  type SessionPlan,
  type SessionPlanInput,
} from '@domain';
import {
  collections,
  readDocuments,
  type StoredRecordByKind,
  type WithId,
} from '@/lib/collections';
import { zodConverter } from '@/lib/converters';
import { db } from '@/lib/firestore';
import { lastSessionsQueryKey } from './get-caseload';

/** Raised before writing when the browser knows it is offline; the code matches Firestore's. */
class OfflineError extends Error {
  override readonly name = 'OfflineError';
  readonly code = 'unavailable';
}

const planConverter = zodConverter(sessionPlanSchema);
const plansRef = (schoolId: string) =>
  collection(db, paths.sessionPlans(schoolId)).withConverter(planConverter);

export type StoredPlan = WithId<SessionPlan>;

/** One occurrence of a plan, as the agenda acts on it (mark its outcome, delete its plan). */
export type OccurrenceRef = {
  schoolId: string;
  uid: string;
  plan: StoredPlan;
  /** The occurrence's day, "YYYY-MM-DD": it names the plan for screen readers. */
  date: string;
};

/** The plans where the user is the planned educator (the rules let them read only those). */
export async function getMyPlans(schoolId: string, uid: string): Promise<StoredPlan[]> {
  const snapshot = await getDocs(query(plansRef(schoolId), where('educatorUid', '==', uid)));
  return readDocuments(snapshot).items;
}

export const plansQueryKey = (schoolId: string, uid: string) =>
  ['schools', schoolId, 'sessionPlans', { uid }] as const;

export const myPlansQueryOptions = (schoolId: string, uid: string) =>
  queryOptions({
    queryKey: plansQueryKey(schoolId, uid),
    queryFn: () => getMyPlans(schoolId, uid),
  });

export function useMyPlans(schoolId: string, uid: string) {
  return useQuery(myPlansQueryOptions(schoolId, uid));
}

/** Creates a plan; outcomes start empty and the times are the server's. */
export async function createPlan(
  schoolId: string,
  uid: string,
  input: SessionPlanInput,
): Promise<string> {
  const ref = doc(plansRef(schoolId));
  const data = {
    ...input,
    outcomes: {},
    lastMarkedDate: null,
    schoolId,
    createdBy: uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  } as WithFieldValue<SessionPlan>;
  await setDoc(ref, data);
  return ref.id;
}

export function useCreatePlan(schoolId: string, uid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SessionPlanInput) => createPlan(schoolId, uid, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: plansQueryKey(schoolId, uid) }),
  });
}

/**
 * Deletes a plan: all its occurrences leave the agenda, while the records of held ones stay in
 * the pupils' records (they are separate documents). Offline, Firestore would queue the delete
 * and only settle once back online, so the delete is refused up front and the plan stays.
 */
export async function deletePlan(schoolId: string, planId: string): Promise<void> {
  if (typeof navigator !== 'undefined' && !navigator.onLine) {
    throw new OfflineError(`Offline: plan ${planId} not deleted`);
  }
  await deleteDoc(doc(db, paths.sessionPlan(schoolId, planId)));
}

export function useDeletePlan(schoolId: string, uid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // Run even offline, so the user hears at once that nothing was deleted.
    networkMode: 'always',
    mutationFn: (planId: string) => deletePlan(schoolId, planId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: plansQueryKey(schoolId, uid) }),
  });
}

export interface MarkOccurrenceInput {
  plan: StoredPlan;
  /** Occurrence day, "YYYY-MM-DD". */
  date: string;
  outcome: OccurrenceOutcome;
  /** Absence reason per absent pupil (held occurrences only). */
  absenceReasons: Record<string, string>;
}

/**
 * Records an occurrence's outcome in one atomic batch. Held: one record per pupil, with their
 * attendance: a tutoringSessions record carrying the planId, or for a peer-education plan a
 * peerSessions record for tutor and tutee. Missed: only the plan keeps the reason. Record ids
 * are `${planId}-${date}`, so an occurrence can never be logged twice for a pupil.
 */
export async function markOccurrence(schoolId: string, uid: string, input: MarkOccurrenceInput) {
  const { plan, date, outcome } = input;
  const batch = writeBatch(db);
  const recordId = `${plan.id}-${date}`;
  const meta = (pupilId: string) => ({
    schoolId,
    pupilId,
    createdBy: uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
  if (outcome.status === 'held') {
    for (const pupilId of plan.pupilIds) {
      const attended = outcome.attendance[pupilId] === true;
      if (plan.peerPair) {
        const isTutor = plan.peerPair.tutorPupilId === pupilId;
        const data = {
          date: occurrenceDate(date),
          role: isTutor ? 'tutor' : 'tutee',
          partnerPupilId: isTutor ? plan.peerPair.tuteePupilId : plan.peerPair.tutorPupilId,
          topic: plan.subject,
          attended,
          notes: attended ? '' : (input.absenceReasons[pupilId] ?? '').trim(),
          ...meta(pupilId),
        } as WithFieldValue<StoredRecordByKind['peerSessions']>;
        batch.set(collections.record(schoolId, pupilId, 'peerSessions', recordId), data);
      } else {
        const data = {
          date: occurrenceDate(date),
          educatorUid: plan.educatorUid,
          subject: plan.subject,
          minutes: plan.minutes,
          format: plan.format,
          attended,
          absenceReason: attended ? '' : (input.absenceReasons[pupilId] ?? '').trim(),
          planId: plan.id,
          notes: '',
          ...meta(pupilId),
        } as WithFieldValue<StoredRecordByKind['tutoringSessions']>;
        batch.set(collections.record(schoolId, pupilId, 'tutoringSessions', recordId), data);
      }
    }
  }
  // Only this occurrence changes: the rules validate the entry named by lastMarkedDate.
  batch.update(
    doc(db, paths.sessionPlan(schoolId, plan.id)),
    new FieldPath('outcomes', date),
    outcome as DocumentData,
    'lastMarkedDate',
    date,
    'updatedAt',
    serverTimestamp(),
  );
  await batch.commit();
}

export function useMarkOccurrence(schoolId: string, uid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MarkOccurrenceInput) => markOccurrence(schoolId, uid, input),
    onSettled: (_data, _error, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: plansQueryKey(schoolId, uid) }),
        // The marked occurrence is each pupil's latest session; their risk follows on the server.
        queryClient.invalidateQueries({ queryKey: lastSessionsQueryKey(schoolId, uid) }),
        ...input.plan.pupilIds.map((pupilId) =>
          queryClient.invalidateQueries({ queryKey: ['schools', schoolId, 'pupil', pupilId] }),
        ),
      ]),
  });
}
