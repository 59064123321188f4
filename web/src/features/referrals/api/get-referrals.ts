import { type QueryKey } from '@tanstack/react-query';
import { query, where } from 'firebase/firestore';
import type { Referral, ReferralShared, ReferralStats } from '@domain';
import { useLiveQuery } from '@/lib/live-query';
import { queryKeys } from '@/lib/query-keys';
import { subscribeToDocument } from '@/lib/subscribe-document';
import { type ReferralRow, referralRefs, subscribeToReferrals } from './referral-refs';

export type ReferralList = { items: ReferralRow[]; unreadable: number };

/** A field of the referral header and the value it must equal. */
type Filter = [field: keyof Referral & string, value: string];

/** The referrals matching every filter, live; `null` filters read nothing. */
function useReferralList(key: QueryKey, filters: Filter[] | null) {
  return useLiveQuery<ReferralList>(
    key,
    filters
      ? (onNext, onError) =>
          subscribeToReferrals(
            query(
              referralRefs.all(),
              ...filters.map(([field, value]) => where(field, '==', value)),
            ),
            onNext,
            onError,
          )
      : null,
  );
}

/**
 * The referrals addressed to an operator's organisation (both filters: the rules prove the
 * query by organisation and Ambito), live.
 */
export function useOrganizationReferrals(districtId: string, organizationId: string) {
  return useReferralList(queryKeys.referrals.forOrganization(districtId, organizationId), [
    ['organizationId', organizationId],
    ['districtId', districtId],
  ]);
}

/** One pupil's referrals, for the school's readers of the pupil (rules: class staff and up). */
export function usePupilReferrals(schoolId: string, pupilId: string, enabled = true) {
  return useReferralList(
    queryKeys.referrals.forPupil(schoolId, pupilId),
    enabled
      ? [
          ['schoolId', schoolId],
          ['pupilId', pupilId],
        ]
      : null,
  );
}

/**
 * Referrals still waiting for a first reply: those the person sent, or (head, referent) the
 * whole school's. The caller picks the overdue ones with `isOverdue`.
 */
export function useWaitingReferrals(schoolId: string, scope: 'school' | { uid: string }) {
  const sender: Filter[] = scope === 'school' ? [] : [['createdBy', scope.uid]];
  return useReferralList(queryKeys.referrals.waiting(schoolId, scope), [
    ['schoolId', schoolId],
    ...sender,
    ['status', 'requested'],
  ]);
}

export function useReferral(referralId: string) {
  return useLiveQuery<Referral | null>(queryKeys.referrals.one(referralId), (onNext, onError) =>
    subscribeToDocument(referralRefs.one(referralId), onNext, onError),
  );
}

/** The shared data; the rules deny it once consent is withdrawn (then nothing is read). */
export function useReferralShared(referralId: string, enabled: boolean) {
  return useLiveQuery<ReferralShared | null>(
    queryKeys.referrals.shared(referralId),
    enabled
      ? (onNext, onError) => subscribeToDocument(referralRefs.shared(referralId), onNext, onError)
      : null,
  );
}

export function useReferralStats(districtId: string) {
  return useLiveQuery<ReferralStats | null>(
    queryKeys.referrals.stats(districtId),
    (onNext, onError) => subscribeToDocument(referralRefs.stats(districtId), onNext, onError),
  );
}
