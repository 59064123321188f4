import {
  collection,
  doc,
  onSnapshot,
  type DocumentReference,
  type Query,
} from 'firebase/firestore';
import {
  REFERRAL_STATS_DOC_ID,
  organizationSchema,
  paths,
  referralSchema,
  referralSharedSchema,
  referralStatsSchema,
  serviceSchema,
  type Referral,
  type ReferralShared,
  type ReferralStats,
} from '@domain';
import { type WithId, readDocuments } from '@/lib/collections';
import { zodConverter } from '@/lib/converters';
import { db } from '@/lib/firestore';

// Typed references to what the referrals feature reads: the header, its shared data, the
// Ambito's directory (public) and the Ambito's referral figures.

const referralConverter = zodConverter(referralSchema);
const sharedConverter = zodConverter(referralSharedSchema);
const statsConverter = zodConverter(referralStatsSchema);

export const referralRefs = {
  all: () => collection(db, paths.referrals()).withConverter(referralConverter),
  one: (referralId: string) => doc(db, paths.referral(referralId)).withConverter(referralConverter),
  shared: (referralId: string) =>
    doc(db, paths.referralShared(referralId)).withConverter(sharedConverter),
  services: (districtId: string) =>
    collection(db, paths.services(districtId)).withConverter(zodConverter(serviceSchema)),
  organizations: (districtId: string) =>
    collection(db, paths.organizations(districtId)).withConverter(zodConverter(organizationSchema)),
  stats: (districtId: string): DocumentReference<ReferralStats> =>
    doc(db, paths.districtStats(districtId), REFERRAL_STATS_DOC_ID).withConverter(statsConverter),
};

export type ReferralRow = WithId<Referral>;

/** Follows a query of referrals, newest first; unreadable documents are skipped and counted. */
export function subscribeToReferrals(
  q: Query<Referral>,
  onNext: (value: { items: ReferralRow[]; unreadable: number }) => void,
  onError: (error: unknown) => void,
): () => void {
  return onSnapshot(
    q,
    (snapshot) => {
      const { items, unreadable } = readDocuments(snapshot);
      items.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      onNext({ items, unreadable });
    },
    onError,
  );
}

/** Follows one document; `null` when it does not exist. */
export function subscribeToDocument<T>(
  ref: DocumentReference<T>,
  onNext: (value: T | null) => void,
  onError: (error: unknown) => void,
): () => void {
  return onSnapshot(
    ref,
    (snapshot) => {
      try {
        onNext(snapshot.exists() ? snapshot.data() : null);
      } catch (error) {
        onError(error);
      }
    },
    onError,
  );
}

export type { ReferralShared };
