import { FLAG_ROLES, combineRiskLevel, type RiskFlag, type RiskLevel } from '@domain';

/** Start of the UTC day of `date`: follow-ups are due on calendar days stored at UTC midnight. */
function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** A follow-up is overdue from the day after its due day. */
export function isOverdue(due: Date, today: Date): boolean {
  return utcDay(due) < utcDay(today);
}

/**
 * Splits the flags into those behind the level (academic and standalone flags, and a context
 * flag without which the level would be lower) and those to watch (context and detail flags
 * that do not change it), each in role order. So a green pupil's red detail flag reads as
 * something to keep an eye on, not as the level.
 */
export function groupFlags(
  flags: readonly RiskFlag[],
  level: RiskLevel,
): { levelFlags: RiskFlag[]; watchFlags: RiskFlag[] } {
  const carriesLevel = (flag: RiskFlag) =>
    flag.role === 'academic' ||
    flag.role === 'standalone' ||
    (flag.role === 'context' &&
      level !== 'green' &&
      combineRiskLevel(flags.filter((f) => f !== flag)).level !== level);
  const byRole = (a: RiskFlag, b: RiskFlag) =>
    FLAG_ROLES.indexOf(a.role) - FLAG_ROLES.indexOf(b.role);
  return {
    levelFlags: flags.filter(carriesLevel).sort(byRole),
    watchFlags: flags.filter((f) => !carriesLevel(f)).sort(byRole),
  };
}
