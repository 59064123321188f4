import { collection, limit, onSnapshot, orderBy, query } from 'firebase/firestore';
import { paths, riskHistoryEntrySchema, type RiskHistoryEntry } from '@domain';
import { readDocuments } from '@/lib/collections';
import { zodConverter } from '@/lib/converters';
import { db } from '@/lib/firestore';
import { useLiveQuery } from '@/lib/live-query';
import { queryKeys } from '@/lib/query-keys';

const historyConverter = zodConverter(riskHistoryEntrySchema);

/** Entries kept for the trend: a school year of changes is far fewer. */
export const RISK_HISTORY_LIMIT = 100;

export type RiskHistoryEntryWithId = RiskHistoryEntry & { id: string };

/** Follows the latest history entries, oldest first; unreadable entries are skipped. */
export function subscribeToRiskHistory(
  schoolId: string,
  pupilId: string,
  onNext: (entries: RiskHistoryEntryWithId[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const entries = query(
    collection(db, paths.riskHistory(schoolId, pupilId)).withConverter(historyConverter),
    orderBy('at', 'desc'),
    limit(RISK_HISTORY_LIMIT),
  );
  return onSnapshot(
    entries,
    (snapshot) => onNext(readDocuments(snapshot).items.reverse()),
    onError,
  );
}

export function useRiskHistory(schoolId: string, pupilId: string, enabled = true) {
  return useLiveQuery<RiskHistoryEntryWithId[]>(
    queryKeys.risk.history(schoolId, pupilId),
    enabled
      ? (onNext, onError) => subscribeToRiskHistory(schoolId, pupilId, onNext, onError)
      : null,
  );
}
