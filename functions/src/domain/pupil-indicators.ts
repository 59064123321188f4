/** Indicators read from the pupil's path: years behind (ritardo) and L2 progress. */
import { monthsBetween } from './common';
import { cefrLabel } from './l2';
import { RANK_A1, RANK_A2, RANK_B1, type RankedAssessment } from './l2-assessments';
import type { RiskFlag } from './risk';
import type { PupilSnapshot } from './risk-engine';
import { type Evidence, flagFrom, type Reason } from './risk-indicator-base';
import { fmtDate, isoDate } from './risk-text';
import type { RiskThresholds } from './school';
import { yearsBehind } from './school-class';

export function ritardoFlag(s: PupilSnapshot, t: RiskThresholds): RiskFlag | null {
  const { level, year, schoolYear } = s.schoolClass;
  if (level === 'cpia' || level === 'infanzia') return null;
  const years = yearsBehind(s.pupil.birthDate, schoolYear, level, year);
  const sentence = (threshold: number): Pick<Reason, 'it' | 'en'> => ({
    it: `In ritardo di ${years} ${years === 1 ? 'anno' : 'anni'} rispetto alla classe prevista per l'età: soglia ${threshold}`,
    en: `${years} ${years === 1 ? 'year' : 'years'} behind the class expected for age: threshold ${threshold}`,
  });
  const reasons: Reason[] = [];
  if (years >= t.ritardoRedYears) {
    reasons.push({
      level: 'red',
      evidence: { thresholdYears: t.ritardoRedYears },
      ...sentence(t.ritardoRedYears),
    });
  } else if (years >= t.ritardoAmberYears) {
    reasons.push({
      level: 'amber',
      evidence: { thresholdYears: t.ritardoAmberYears },
      ...sentence(t.ritardoAmberYears),
    });
  }
  return flagFrom('ritardo', 'context', reasons, { yearsBehind: years });
}

export function l2Flag(
  assessments: RankedAssessment[],
  months: number | null,
  t: RiskThresholds,
): RiskFlag | null {
  const latest = assessments[assessments.length - 1];
  if (!latest) return null;
  const lvl = cefrLabel(latest.overall);
  const base: Evidence = { level: lvl, date: isoDate(latest.date), monthsInSchool: months };
  const reasons: Reason[] = [];
  if (months !== null && latest.rank <= RANK_A1 && months >= t.l2A1RedMonths) {
    reasons.push({
      level: 'red',
      evidence: { thresholdMonths: t.l2A1RedMonths },
      it: `Italiano L2 a livello ${lvl} dopo ${months} mesi di scuola in Italia: soglia ${t.l2A1RedMonths} mesi`,
      en: `Italian L2 at level ${lvl} after ${months} months in Italian school: threshold ${t.l2A1RedMonths} months`,
    });
  }
  if (latest.rank < RANK_B1) {
    // The most recent earlier test at least l2NoProgressMonths before the latest one, whose
    // overall level the latest one does not exceed.
    let from: RankedAssessment | null = null;
    for (const e of assessments.slice(0, -1)) {
      if (monthsBetween(e.date, latest.date) >= t.l2NoProgressMonths && e.rank >= latest.rank) {
        from = e;
      }
    }
    if (from) {
      const span = monthsBetween(from.date, latest.date);
      const fromLvl = cefrLabel(from.overall);
      reasons.push({
        level: 'red',
        evidence: {
          fromLevel: fromLvl,
          fromDate: isoDate(from.date),
          monthsApart: span,
          noProgressMonths: t.l2NoProgressMonths,
        },
        it: `Nessun progresso in italiano L2 in ${span} mesi: ${fromLvl} il ${fmtDate(from.date)}, ${lvl} il ${fmtDate(latest.date)}`,
        en: `No progress in Italian L2 over ${span} months: ${fromLvl} on ${fmtDate(from.date)}, ${lvl} on ${fmtDate(latest.date)}`,
      });
    }
  }
  if (months !== null && latest.rank < RANK_A2 && months >= t.l2BelowA2AmberMonths) {
    reasons.push({
      level: 'amber',
      evidence: { thresholdMonths: t.l2BelowA2AmberMonths },
      it: `Italiano L2 sotto A2 (${lvl}) dopo ${months} mesi di scuola in Italia: soglia ${t.l2BelowA2AmberMonths} mesi`,
      en: `Italian L2 below A2 (${lvl}) after ${months} months in Italian school: threshold ${t.l2BelowA2AmberMonths} months`,
    });
  }
  return flagFrom('l2Level', 'context', reasons, base);
}
