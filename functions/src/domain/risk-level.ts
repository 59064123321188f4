// The predicted level from the flags (marks carry it), its sentence, and the ordering score.
import type { FlagRole, RiskFlag, RiskLevel } from './risk';
import type { RiskFlagCode } from './risk-engine';

/**
 * Score: `level base + min(flagCap, red flags * red + amber flags * amber) + (transition year ?
 * transition : 0)`. The bases are far enough apart that the score never contradicts the level
 * (green 0-9, amber 10-19, red 20-29); within a level, more and redder flags rank first, then a
 * transition year. Protective signals are shown but do not lower the score.
 */
export const RISK_SCORE_WEIGHTS = {
  base: { green: 0, amber: 10, red: 20 },
  red: 2,
  amber: 1,
  flagCap: 7,
  transition: 2,
} as const;

const FLAG_NAMES: Record<RiskFlagCode, { it: string; en: string }> = {
  meanMark: { it: 'media dei voti', en: 'mean mark' },
  failingSubjects: { it: 'insufficienze', en: 'failing subjects' },
  conduct: { it: 'comportamento', en: 'conduct' },
  absenceLimit: { it: 'assenze oltre il limite di legge', en: 'absences past the legal limit' },
  absences: { it: 'assenze', en: 'absences' },
  ritardo: { it: 'ritardo scolastico', en: 'years behind' },
  l2Level: { it: 'italiano L2', en: 'Italian L2' },
};

function flagName(code: string, lang: 'it' | 'en'): string {
  return (FLAG_NAMES as Record<string, { it: string; en: string }>)[code]?.[lang] ?? code;
}

function names(flags: readonly Pick<RiskFlag, 'code'>[], lang: 'it' | 'en'): string {
  return flags.map((f) => flagName(f.code, lang)).join(lang === 'it' ? ', ' : ', ');
}

/**
 * Context flags whose red raises an amber academic level to red: absences (projected at 20%)
 * and conduct below 6 (non-admission is decided at the final scrutinio; in the first term a
 * conduct mark below 6 alone added a pupil who then passed). Not ritardo or L2 pace: on the
 * synthetic years, a mean below 6 with two or more years of ritardo failed in 0.65 of cases
 * and with a stalled L2 in 0.56 (NAI pupils), under the 0.78 red precision that real outcomes
 * reached with marks; ritardo and L2 pace order pupils within their level (score) instead.
 */
const RAISING_CODES: readonly string[] = ['absences', 'conduct'];

/**
 * The predicted level from the flags, with one sentence that says why. Marks carry the level:
 * - red: an academic flag is red (mean mark below 5, or where there are giudizi "Non sufficiente"
 *   at the red count), or a standalone flag is red (absences already past the legal limit),
 *   or an amber academic flag meets red absences (projected at 20%) or conduct below 6;
 * - amber: an academic flag is amber (mean mark below 6, or where there are giudizi "Non
 *   sufficiente" at the amber count);
 * - green otherwise. Context flags (absences, ritardo, L2 pace) never set a level on their own
 *   (ritardo and L2 pace raise the score, so they come first within their level);
 *   detail flags (failing subjects next to a mean mark, a bare-pass conduct) never change it.
 * Monotone: a flag more, or a flag one level higher, never lowers the result. Used by the
 * engine and, on the flags nobody dismissed, by the review (`reviewedLevel`).
 */
export function combineRiskLevel(flags: readonly Pick<RiskFlag, 'code' | 'level' | 'role'>[]): {
  level: RiskLevel;
  reason: { it: string; en: string };
} {
  const of = (role: FlagRole, level: 'amber' | 'red') =>
    flags.filter((f) => f.role === role && f.level === level);
  const academicRed = of('academic', 'red');
  const academicAmber = of('academic', 'amber');
  const standaloneRed = of('standalone', 'red');
  const standaloneAmber = of('standalone', 'amber');
  const contextRed = flags.filter(
    (f) => f.role === 'context' && f.level === 'red' && RAISING_CODES.includes(f.code),
  );
  const both = (list: (readonly Pick<RiskFlag, 'code'>[])[], lang: 'it' | 'en') =>
    names(list.flat(), lang);
  if (academicRed.length > 0 || standaloneRed.length > 0) {
    const red = [academicRed, standaloneRed];
    return {
      level: 'red',
      reason: { it: `Rosso per: ${both(red, 'it')}.`, en: `Red because of: ${both(red, 'en')}.` },
    };
  }
  if (academicAmber.length > 0 && contextRed.length > 0) {
    return {
      level: 'red',
      reason: {
        it: `Rosso: ${names(academicAmber, 'it')} sotto la sufficienza insieme a ${names(contextRed, 'it')}.`,
        en: `Red: ${names(academicAmber, 'en')} below pass together with ${names(contextRed, 'en')}.`,
      },
    };
  }
  if (academicAmber.length > 0 || standaloneAmber.length > 0) {
    const amber = [academicAmber, standaloneAmber];
    return {
      level: 'amber',
      reason: {
        it: `Giallo per: ${both(amber, 'it')}.`,
        en: `Amber because of: ${both(amber, 'en')}.`,
      },
    };
  }
  const context = flags.filter((f) => f.role !== 'academic');
  return {
    level: 'green',
    reason:
      context.length > 0
        ? {
            it: `Verde: ${names(context, 'it')} da seguire, senza un segnale sui voti.`,
            en: `Green: ${names(context, 'en')} to watch, with no signal in the marks.`,
          }
        : { it: 'Verde: nessun segnale.', en: 'Green: no signal.' },
  };
}

/** Ordering key of a result, see `RISK_SCORE_WEIGHTS`. */
export function scoreOf(level: RiskLevel, flags: readonly RiskFlag[], transition: boolean): number {
  const w = RISK_SCORE_WEIGHTS;
  const red = flags.filter((f) => f.level === 'red').length;
  const weight = Math.min(w.flagCap, red * w.red + (flags.length - red) * w.amber);
  return w.base[level] + weight + (transition ? w.transition : 0);
}
