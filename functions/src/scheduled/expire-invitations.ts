import { onSchedule } from 'firebase-functions/v2/scheduler';
import { expireInvitations } from '../lib/invitations';

/** Invitations not completed in time: their accounts are disabled until the head re-sends. */
export const expireInvitationsHourly = onSchedule(
  { schedule: 'every 1 hours', timeZone: 'Europe/Rome' },
  async () => {
    await expireInvitations(new Date());
  },
);
