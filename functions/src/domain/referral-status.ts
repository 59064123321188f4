import { REFERRAL_STATUSES, type Referral, type ReferralStatus } from './referral-schemas';

// Who may move a referral to which status, and what a referral's status means for each side.

/** `sender`: the side that sent the referral; `receiver`: the side it is addressed to. */
export type ReferralActor = 'sender' | 'receiver';

const TRANSITIONS: Record<ReferralStatus, Partial<Record<ReferralStatus, ReferralActor>>> = {
  draft: { requested: 'sender', cancelled: 'sender' },
  requested: { accepted: 'receiver', rejected: 'receiver', cancelled: 'sender' },
  accepted: {
    'in-progress': 'receiver',
    'on-hold': 'receiver',
    completed: 'receiver',
    cancelled: 'sender',
  },
  'in-progress': { 'on-hold': 'receiver', completed: 'receiver', cancelled: 'sender' },
  'on-hold': { 'in-progress': 'receiver', completed: 'receiver', cancelled: 'sender' },
  rejected: {},
  completed: {},
  cancelled: {},
};

/**
 * Whether `actor` may move a referral from `from` to `to`: the receiver answers (accept,
 * reject, in progress, on hold, completed), the sender sends and cancels; closed referrals
 * (rejected, completed, cancelled) never change.
 */
export function canTransition(
  from: ReferralStatus,
  to: ReferralStatus,
  actor: ReferralActor,
): boolean {
  return TRANSITIONS[from][to] === actor;
}

/** The statuses `actor` may move a referral in `from` to. */
export function nextStatuses(from: ReferralStatus, actor: ReferralActor): ReferralStatus[] {
  return REFERRAL_STATUSES.filter((to) => canTransition(from, to, actor));
}

/** Sent and still waiting for its first answer after the reply deadline. */
export function isOverdue(referral: Pick<Referral, 'status' | 'dueDate'>, now: Date): boolean {
  return referral.status === 'requested' && referral.dueDate.getTime() < now.getTime();
}

/** Which side `who` is on: the school that sent or received it, or the organisation. */
export function referralActor(
  referral: Pick<Referral, 'origin'>,
  who: 'school' | 'organization',
): ReferralActor {
  return (referral.origin === 'school') === (who === 'school') ? 'sender' : 'receiver';
}

/** Whether the operator may still read the shared data: consent not withdrawn. */
export function consentActive(referral: Pick<Referral, 'consent'>): boolean {
  return referral.consent.withdrawnAt === null;
}

/** Names of the statuses, for messages of the functions and the web alike. */
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, { it: string; en: string }> = {
  draft: { it: 'Bozza', en: 'Draft' },
  requested: { it: 'Inviato, in attesa di risposta', en: 'Sent, awaiting reply' },
  accepted: { it: 'Accettato', en: 'Accepted' },
  rejected: { it: 'Rifiutato', en: 'Rejected' },
  'in-progress': { it: 'In corso', en: 'In progress' },
  'on-hold': { it: 'Sospeso', en: 'On hold' },
  completed: { it: 'Concluso', en: 'Completed' },
  cancelled: { it: 'Annullato', en: 'Cancelled' },
};
