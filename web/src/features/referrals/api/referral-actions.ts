import { z } from 'zod';
import type { SendReferralBackInput, SendReferralInput, UpdateReferralStatusInput } from '@domain';
import { callFunction } from '@/lib/call-function';

// The callables of referrals. Every list and page reading a referral follows it live, so the
// change shows without refreshing a query key.

const created = z.object({ referralId: z.string() });
const changed = z.object({ status: z.string() });

/** Dates travel as ISO strings; the callable's schema reads them back. */
function wire<T>(input: T): unknown {
  return JSON.parse(JSON.stringify(input)) as unknown;
}

export function sendReferral(input: SendReferralInput) {
  return callFunction('sendReferral', wire(input), created);
}

export function sendReferralBack(input: SendReferralBackInput) {
  return callFunction('sendReferralBack', wire(input), created);
}

export function updateReferralStatus(input: UpdateReferralStatusInput) {
  return callFunction('updateReferralStatus', input, changed);
}

export function withdrawReferralConsent(referralId: string) {
  return callFunction('withdrawReferralConsent', { referralId }, changed);
}

export function inviteOperator(input: {
  email: string;
  displayName: string;
  organizationId: string;
}) {
  return callFunction('inviteOperator', input, z.object({ uid: z.string(), email: z.string() }));
}
