import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import type { RecordKind } from '@domain';
import { collections } from '@/lib/collections';
import { InvalidDocumentError } from '@/lib/invalid-document-error';
import type { RecordEntry, RecordEntryOf } from '../lib/types';

export type RecordList<K extends RecordKind> = {
  items: RecordEntryOf<K>[];
  /** Documents that fail their schema: reported, not shown. */
  unreadable: number;
};

/**
 * Every record of one kind for a pupil. Records written on this device and not yet confirmed
 * by the server come from the local cache, marked `pending`; their server timestamps are
 * estimated, so they sort where they will end up.
 */
export async function getRecords<K extends RecordKind>(
  schoolId: string,
  pupilId: string,
  kind: K,
): Promise<RecordList<K>> {
  const snapshot = await getDocs(collections.records(schoolId, pupilId, kind));
  const items: RecordEntryOf<K>[] = [];
  let unreadable = 0;
  for (const document of snapshot.docs) {
    try {
      const data = document.data({ serverTimestamps: 'estimate' });
      const entry = { kind, id: document.id, pending: document.metadata.hasPendingWrites, data };
      // TypeScript cannot narrow a union through a generic kind; the converter of `kind` made
      // `data`, so the pair is consistent by construction.
      items.push(entry as unknown as RecordEntryOf<K>);
    } catch (error) {
      if (!(error instanceof InvalidDocumentError)) throw error;
      unreadable += 1;
    }
  }
  return { items, unreadable };
}

export const recordsQueryKey = (schoolId: string, pupilId: string, kind: RecordKind) =>
  ['schools', schoolId, 'pupil', pupilId, 'records', kind] as const;

export const recordsQueryOptions = <K extends RecordKind>(
  schoolId: string,
  pupilId: string,
  kind: K,
) =>
  queryOptions({
    queryKey: recordsQueryKey(schoolId, pupilId, kind),
    queryFn: () => getRecords(schoolId, pupilId, kind),
    // Offline, Firestore answers from the device's cache: the query must run to get it.
    networkMode: 'always',
  });

export function useRecords<K extends RecordKind>(schoolId: string, pupilId: string, kind: K) {
  return useQuery(recordsQueryOptions(schoolId, pupilId, kind));
}

export type PupilRecords = {
  entries: RecordEntry[];
  unreadable: number;
  isPending: boolean;
  /** Kinds that could not be loaded. */
  failedKinds: RecordKind[];
  refetch: () => void;
};

/** Records of several kinds for one pupil, merged (unsorted). */
export function usePupilRecords(
  schoolId: string,
  pupilId: string,
  kinds: readonly RecordKind[],
): PupilRecords {
  return useQueries({
    queries: kinds.map((kind) => recordsQueryOptions(schoolId, pupilId, kind)),
    combine: (results) => ({
      entries: results.flatMap((r) => (r.data?.items ?? []) as RecordEntry[]),
      unreadable: results.reduce((sum, r) => sum + (r.data?.unreadable ?? 0), 0),
      isPending: results.some((r) => r.isPending),
      failedKinds: kinds.filter((_kind, i) => results[i]?.isError),
      refetch: () => {
        for (const r of results) if (r.isError) void r.refetch();
      },
    }),
  });
}
