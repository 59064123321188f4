import type { Role } from '@domain';

/** Who reads a pupil's referrals (the rules: head, referent, the class staff, the sender). */
export const REFERRAL_READER_ROLES: readonly Role[] = [
  'teacher',
  'l2teacher',
  'coordinator',
  'referent',
  'head',
];

/** Who sends (the callable checks the coordinator's class). */
export const REFERRAL_SENDER_ROLES: readonly Role[] = ['coordinator', 'referent', 'head'];
