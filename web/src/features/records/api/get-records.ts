import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { getDocs, query, where } from 'firebase/firestore';
import type { RecordKind } from '@domain';
import { collections } from '@/lib/collections';
import { InvalidDocumentError } from '@/lib/invalid-document-error';
import type { RecordRead } from '../lib/permissions';
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
  /** Only the records this user owns (`ownerUid`: interventions), as an educator may read. */
  ownerUid: string | null = null,
): Promise<RecordList<K>> {
  const records = collections.records(schoolId, pupilId, kind);
  const snapshot = await getDocs(
    ownerUid === null ? records : query(records, where('ownerUid', '==', ownerUid)),
  );
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
  ownerUid: string | null = null,
) =>
  queryOptions({
    // Under the kind's key, so refreshing the kind refreshes the owner's list too.
    queryKey:
      ownerUid === null
        ? recordsQueryKey(schoolId, pupilId, kind)
        : ([...recordsQueryKey(schoolId, pupilId, kind), 'owner', ownerUid] as const),
    queryFn: () => getRecords(schoolId, pupilId, kind, ownerUid),
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
  reads: readonly RecordRead[],
): PupilRecords {
  const kinds = reads.map((r) => r.kind);
  return useQueries({
    queries: reads.map((r) => recordsQueryOptions(schoolId, pupilId, r.kind, r.ownerUid)),
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
