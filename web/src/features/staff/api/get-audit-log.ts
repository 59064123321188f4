import { useInfiniteQuery } from '@tanstack/react-query';
import {
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import type { AuditAction, AuditEntry } from '@domain';
import { collections } from '@/lib/collections';
import { InvalidDocumentError } from '@/lib/invalid-document-error';
import type { AuditRecord } from '../lib/types';

export const AUDIT_PAGE_SIZE = 25;

export type AuditFilters = {
  /** Exact pupil id, or '' for every pupil. */
  pupilId: string;
  /** Actor uid, or '' for everyone. */
  actorUid: string;
  /** One action, or '' for all. */
  action: AuditAction | '';
  /** First and last day (YYYY-MM-DD, local), or '' for no bound. */
  from: string;
  to: string;
};

/** Midnight (local) of a YYYY-MM-DD day, `days` later. */
function localDay(day: string, days = 0): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days);
}

type Cursor = QueryDocumentSnapshot<AuditEntry>;

export type AuditPage = {
  entries: AuditRecord[];
  unreadable: number;
  next: Cursor | null;
};

/**
 * One page of the school's audit log, newest first. The rules let a head read only entries of
 * their school, so the school filter is always there. One extra entry is asked for to know
 * whether another page exists.
 */
export async function getAuditPage(
  schoolId: string,
  filters: AuditFilters,
  cursor: Cursor | null,
): Promise<AuditPage> {
  const constraints: QueryConstraint[] = [where('schoolId', '==', schoolId)];
  if (filters.pupilId) constraints.push(where('pupilId', '==', filters.pupilId));
  if (filters.actorUid) constraints.push(where('actorUid', '==', filters.actorUid));
  if (filters.action) constraints.push(where('action', '==', filters.action));
  if (filters.from) constraints.push(where('at', '>=', localDay(filters.from)));
  if (filters.to) constraints.push(where('at', '<', localDay(filters.to, 1)));
  constraints.push(orderBy('at', 'desc'));
  if (cursor) constraints.push(startAfter(cursor));
  constraints.push(limit(AUDIT_PAGE_SIZE + 1));

  const snapshot = await getDocs(query(collections.auditLog(), ...constraints));
  const docs = snapshot.docs.slice(0, AUDIT_PAGE_SIZE);
  const entries: AuditRecord[] = [];
  let unreadable = 0;
  for (const document of docs) {
    try {
      entries.push({ ...document.data(), id: document.id });
    } catch (error) {
      if (!(error instanceof InvalidDocumentError)) throw error;
      unreadable += 1;
    }
  }
  const more = snapshot.docs.length > AUDIT_PAGE_SIZE;
  return { entries, unreadable, next: more ? (docs[docs.length - 1] ?? null) : null };
}

export function useAuditLog(schoolId: string, filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['auditLog', schoolId, filters],
    queryFn: ({ pageParam }) => getAuditPage(schoolId, filters, pageParam),
    initialPageParam: null as Cursor | null,
    getNextPageParam: (last) => last.next ?? undefined,
    // The log grows with every action: show what is there now.
    staleTime: 0,
  });
}
