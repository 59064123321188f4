import { query, where } from 'firebase/firestore';
import type { Referral, ReferralShared, ReferralStats } from '@domain';
import { useLiveQuery } from '@/lib/live-query';
import { queryKeys } from '@/lib/query-keys';
import {
  type ReferralRow,
  referralRefs,
  subscribeToDocument,
  subscribeToReferrals,
} from './referral-refs';

export type ReferralList = { items: ReferralRow[]; unreadable: number };

/**
 * The referrals addressed to an operator's organisation (both filters: the rules prove the
 * query by organisation and Ambito), live.
 */
export function useOrganizationReferrals(districtId: string, organizationId: string) {
  return useLiveQuery<ReferralList>(
    queryKeys.referrals.forOrganization(districtId, organizationId),
    (onNext, onError) =>
      subscribeToReferrals(
        query(
          referralRefs.all(),
          where('organizationId', '==', organizationId),
          where('districtId', '==', districtId),
        ),
        onNext,
        onError,
      ),
  );
}

/** One pupil's referrals, for the school's readers of the pupil (rules: class staff and up). */
export function usePupilReferrals(schoolId: string, pupilId: string, enabled = true) {
  return useLiveQuery<ReferralList>(
    queryKeys.referrals.forPupil(schoolId, pupilId),
    enabled
      ? (onNext, onError) =>
          subscribeToReferrals(
            query(
              referralRefs.all(),
              where('schoolId', '==', schoolId),
              where('pupilId', '==', pupilId),
            ),
            onNext,
            onError,
          )
      : null,
  );
}

/**
 * Referrals still waiting for a first reply: those the person sent, or (head, referent) the
 * whole school's. The caller picks the overdue ones with `isOverdue`.
 */
export function useWaitingReferrals(schoolId: string, scope: 'school' | { uid: string }) {
  return useLiveQuery<ReferralList>(
    queryKeys.referrals.waiting(schoolId, scope),
    (onNext, onError) =>
      subscribeToReferrals(
        scope === 'school'
          ? query(
              referralRefs.all(),
              where('schoolId', '==', schoolId),
              where('status', '==', 'requested'),
            )
          : query(
              referralRefs.all(),
              where('schoolId', '==', schoolId),
              where('createdBy', '==', scope.uid),
              where('status', '==', 'requested'),
            ),
        onNext,
        onError,
      ),
  );
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
