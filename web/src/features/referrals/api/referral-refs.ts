import { onSnapshot, type DocumentReference, type Query } from 'firebase/firestore';
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
import { type WithId, readDocuments, typedCollection, typedDoc } from '@/lib/collections';

// Typed references to what the referrals feature reads: the header, its shared data, the
// Ambito's directory (public) and the Ambito's referral figures.

export const referralRefs = {
  all: () => typedCollection(referralSchema, paths.referrals()),
  one: (referralId: string) => typedDoc(referralSchema, paths.referral(referralId)),
  shared: (referralId: string) => typedDoc(referralSharedSchema, paths.referralShared(referralId)),
  services: (districtId: string) => typedCollection(serviceSchema, paths.services(districtId)),
  organizations: (districtId: string) =>
    typedCollection(organizationSchema, paths.organizations(districtId)),
  stats: (districtId: string): DocumentReference<ReferralStats> =>
    typedDoc(referralStatsSchema, paths.districtStats(districtId), REFERRAL_STATS_DOC_ID),
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

export type { ReferralShared };
