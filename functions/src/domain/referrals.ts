// Referrals between schools and territorial services (DOMAIN.md, "Territorial services and the
// joint case"): the stored documents and callable inputs, the status transitions, the shared
// pupil data and the Ambito's figures.
export * from './referral-schemas';
export * from './referral-status';
export * from './referral-shared';
export * from './referral-stats';
