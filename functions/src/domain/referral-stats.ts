import { z } from 'zod';
import { dateSchema, idSchema } from './common';
import { TAKEN_ON_STATUSES, type Referral } from './referral-schemas';
import { isOverdue } from './referral-status';
import { SUPPRESSED, suppressCount, type SuppressedCount } from './stats';

// The Ambito's referral figures: counts per category and per service, small ones suppressed.

/** Counts of one group (a category or a service), small ones suppressed. */
export const referralGroupFiguresSchema = z.strictObject({
  sent: z.union([z.number().int().min(0), z.literal(SUPPRESSED)]),
  accepted: z.union([z.number().int().min(0), z.literal(SUPPRESSED)]),
  completed: z.union([z.number().int().min(0), z.literal(SUPPRESSED)]),
  overdue: z.union([z.number().int().min(0), z.literal(SUPPRESSED)]),
  /** Accepted over answered (accepted or rejected); null when 3 or fewer were answered. */
  acceptanceRate: z.number().min(0).max(1).nullable(),
  /** Median days from sending to the first answer; null when 3 or fewer were answered. */
  medianDaysToReply: z.number().min(0).nullable(),
});
export type ReferralGroupFigures = z.infer<typeof referralGroupFiguresSchema>;

/**
 * `districts/{d}/stats/referrals`: the network's figures, recomputed by a function from every
 * referral of the Ambito (no pupil, no school, counts of 3 or fewer as "<=3").
 */
export const referralStatsSchema = z.strictObject({
  districtId: idSchema,
  computedAt: dateSchema,
  total: referralGroupFiguresSchema,
  byCategory: z.record(z.string(), referralGroupFiguresSchema),
  byService: z.record(
    z.string(),
    referralGroupFiguresSchema.extend({ serviceName: z.string(), category: z.string() }),
  ),
});
export type ReferralStats = z.infer<typeof referralStatsSchema>;

/** Document id of the referral figures under `districts/{d}/stats`. */
export const REFERRAL_STATS_DOC_ID = 'referrals';

type StatsInput = Pick<
  Referral,
  | 'status'
  | 'dueDate'
  | 'createdAt'
  | 'respondedAt'
  | 'category'
  | 'serviceId'
  | 'serviceName'
  | 'history'
  | 'origin'
>;

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Whether the referral was ever sent (drafts are not part of the figures). */
function wasSent(r: StatsInput): boolean {
  return r.status !== 'draft';
}

function wasTakenOn(r: StatsInput): boolean {
  return (
    TAKEN_ON_STATUSES.includes(r.status) ||
    r.history.some((h) => TAKEN_ON_STATUSES.includes(h.status))
  );
}

function wasRejected(r: StatsInput): boolean {
  return r.status === 'rejected' || r.history.some((h) => h.status === 'rejected');
}

/** Raw counts of a group (before suppression). */
export interface ReferralGroupCounts {
  sent: number;
  accepted: number;
  completed: number;
  overdue: number;
  answered: number;
  replyDays: number[];
}

export function countReferrals(referrals: readonly StatsInput[], now: Date): ReferralGroupCounts {
  const counts: ReferralGroupCounts = {
    sent: 0,
    accepted: 0,
    completed: 0,
    overdue: 0,
    answered: 0,
    replyDays: [],
  };
  for (const r of referrals) {
    if (!wasSent(r)) continue;
    counts.sent += 1;
    if (wasTakenOn(r)) counts.accepted += 1;
    if (r.status === 'completed') counts.completed += 1;
    if (isOverdue(r, now)) counts.overdue += 1;
    if (wasTakenOn(r) || wasRejected(r)) counts.answered += 1;
    if (r.respondedAt) {
      counts.replyDays.push(
        Math.max(0, (r.respondedAt.getTime() - r.createdAt.getTime()) / 86_400_000),
      );
    }
  }
  return counts;
}

/** The published figures of a group: counts of 3 or fewer suppressed, rates only over 3. */
export function suppressReferralCounts(c: ReferralGroupCounts): ReferralGroupFigures {
  const enough = c.answered > 3;
  const days = median(c.replyDays);
  return {
    sent: suppressCount(c.sent),
    accepted: suppressCount(c.accepted),
    completed: suppressCount(c.completed),
    overdue: suppressCount(c.overdue),
    acceptanceRate: enough ? c.accepted / c.answered : null,
    medianDaysToReply: c.replyDays.length > 3 && days !== null ? Math.round(days * 10) / 10 : null,
  };
}

/**
 * The Ambito's referral figures from every referral of its schools (both origins), per
 * category and per service. Recomputed, never incremented.
 */
export function buildReferralStats(
  districtId: string,
  referrals: readonly StatsInput[],
  now: Date,
): ReferralStats {
  const byCategory = new Map<string, StatsInput[]>();
  const byService = new Map<string, StatsInput[]>();
  for (const r of referrals) {
    byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
    byService.set(r.serviceId, [...(byService.get(r.serviceId) ?? []), r]);
  }
  return {
    districtId,
    computedAt: now,
    total: suppressReferralCounts(countReferrals(referrals, now)),
    byCategory: Object.fromEntries(
      [...byCategory].map(([k, rs]) => [k, suppressReferralCounts(countReferrals(rs, now))]),
    ),
    byService: Object.fromEntries(
      [...byService].map(([k, rs]) => [
        k,
        {
          ...suppressReferralCounts(countReferrals(rs, now)),
          serviceName: rs[0]?.serviceName ?? k,
          category: rs[0]?.category ?? '',
        },
      ]),
    ),
  };
}

/** A figure as shown: a number, or "<=3". */
export function isSuppressed(value: SuppressedCount): value is typeof SUPPRESSED {
  return value === SUPPRESSED;
}
