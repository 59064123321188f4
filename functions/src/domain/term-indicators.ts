/** Indicators read from the term record: absences, failing subjects, mean mark, conduct. */
import { isFailing, PASS_MARK } from './marks';
import { CORE_SUBJECTS, type TermRecord } from './records';
import type { RiskFlag } from './risk';
import {
  ANNUAL_ABSENCE_LIMIT_PCT,
  type Evidence,
  flagFrom,
  type Reason,
} from './risk-indicator-base';
import { fmt, subjectLabel, truncate } from './risk-text';
import type { RiskThresholds } from './school';

/**
 * Absences as a context signal: 10% of the hours held so far (chronic absence) and a projected
 * 20% raise an academic level; on their own they never set one (see `absenceLimitFlag`).
 */
export function absencesFlag(rec: TermRecord | null, t: RiskThresholds): RiskFlag | null {
  if (!rec || rec.lessonHours <= 0) return null;
  const base: Evidence = {
    absenceHours: rec.absenceHours,
    lessonHours: rec.lessonHours,
    annualHours: rec.annualHours,
  };
  // Share of the hours held so far; projected over annualHours at the same rate it is the
  // same share, so the projected rule compares this share with the red threshold.
  const pct = (rec.absenceHours * 100) / rec.lessonHours;
  const shown = truncate(pct, 1);
  const reasons: Reason[] = [];
  if (pct >= t.absenceRedProjectedPct) {
    reasons.push({
      level: 'red',
      evidence: { absencePct: shown, projectedPct: shown, thresholdPct: t.absenceRedProjectedPct },
      it: `Assenze al ${fmt(pct, 'it')}% delle ore: proiettate sull'anno raggiungono la soglia del ${fmt(t.absenceRedProjectedPct, 'it')}%`,
      en: `Absences at ${fmt(pct, 'en')}% of hours: projected over the year they reach the ${fmt(t.absenceRedProjectedPct, 'en')}% threshold`,
    });
  } else if (pct >= t.absenceAmberPct) {
    reasons.push({
      level: 'amber',
      evidence: { absencePct: shown, thresholdPct: t.absenceAmberPct },
      it: `Assenze al ${fmt(pct, 'it')}% delle ore: soglia ${fmt(t.absenceAmberPct, 'it')}%`,
      en: `Absences at ${fmt(pct, 'en')}% of hours: threshold ${fmt(t.absenceAmberPct, 'en')}%`,
    });
  }
  return flagFrom('absences', 'context', reasons, base);
}

/**
 * The legal limit (3/4 attendance rule) as a bar of its own: red once the absence hours are
 * over 25% of the annual hours, because the year may then not be valid whatever the marks.
 * A projection past the limit is the `absences` flag at red, which raises an academic level.
 */
export function absenceLimitFlag(rec: TermRecord | null): RiskFlag | null {
  if (!rec) return null;
  const limitHours = (rec.annualHours * ANNUAL_ABSENCE_LIMIT_PCT) / 100;
  if (rec.absenceHours <= limitHours) return null;
  const base: Evidence = {
    absenceHours: rec.absenceHours,
    annualHours: rec.annualHours,
    annualLimitHours: truncate(limitHours, 1),
  };
  return flagFrom(
    'absenceLimit',
    'standalone',
    [
      {
        level: 'red',
        evidence: {},
        it: `Assenze: ${fmt(rec.absenceHours, 'it')} ore, oltre il ${ANNUAL_ABSENCE_LIMIT_PCT}% del monte ore annuo (${fmt(limitHours, 'it')} ore): anno a rischio di non validità`,
        en: `Absences: ${fmt(rec.absenceHours, 'en')} hours, over ${ANNUAL_ABSENCE_LIMIT_PCT}% of the annual hours (${fmt(limitHours, 'en')} hours): the year may not be valid`,
      },
    ],
    base,
  );
}

export function failingSubjectsFlag(rec: TermRecord | null, t: RiskThresholds): RiskFlag | null {
  if (!rec) return null;
  const failing = Object.entries(rec.marks)
    .filter(([, m]) => isFailing(m))
    .map(([k]) => k)
    .sort();
  const n = failing.length;
  const italian = rec.marks[CORE_SUBJECTS.italian];
  const maths = rec.marks[CORE_SUBJECTS.maths];
  const coreBoth =
    italian !== undefined && maths !== undefined && isFailing(italian) && isFailing(maths);
  const list = failing.map(subjectLabel).join(', ');
  const itCount = `${n} ${n === 1 ? 'materia' : 'materie'} (${list})`;
  const enCount = `${n} ${n === 1 ? 'subject' : 'subjects'} (${list})`;
  const base: Evidence = {
    failingCount: n,
    subjects: failing.join(','),
    coreBothFailing: coreBoth,
  };
  const reasons: Reason[] = [];
  if (n >= t.failingSubjectsRed) {
    reasons.push({
      level: 'red',
      evidence: { thresholdCount: t.failingSubjectsRed },
      it: `Insufficienze in ${itCount}: soglia ${t.failingSubjectsRed}`,
      en: `Failing marks in ${enCount}: threshold ${t.failingSubjectsRed}`,
    });
  }
  if (coreBoth) {
    reasons.push({
      level: 'red',
      evidence: {},
      it: 'Insufficienti sia italiano sia matematica',
      en: 'Failing both Italian and maths',
    });
  }
  if (n >= t.failingSubjectsAmber) {
    reasons.push({
      level: 'amber',
      evidence: { thresholdCount: t.failingSubjectsAmber },
      it: `Insufficienze in ${itCount}: soglia ${t.failingSubjectsAmber}`,
      en: `Failing marks in ${enCount}: threshold ${t.failingSubjectsAmber}`,
    });
  }
  // With numeric marks only, the mean carries the level and failing subjects explain it; where
  // there are giudizi (primaria), no mean covers them and the "Non sufficiente" count is the
  // academic signal. Decided by the giudizi, not by the numbers, so that adding a numeric mark
  // never turns the count from academic into detail (the level stays monotone).
  const judgements = Object.values(rec.marks).some((m) => m.kind === 'judgement');
  return flagFrom('failingSubjects', judgements ? 'academic' : 'detail', reasons, base);
}

export function meanMarkFlag(rec: TermRecord | null, t: RiskThresholds): RiskFlag | null {
  if (!rec) return null;
  const values: number[] = [];
  for (const m of Object.values(rec.marks)) if (m.kind === 'numeric') values.push(m.value);
  if (values.length === 0) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const base: Evidence = { mean: truncate(mean, 2), markCount: values.length };
  const reasons: Reason[] = [];
  const push = (level: 'amber' | 'red', threshold: number) =>
    reasons.push({
      level,
      evidence: { threshold },
      it: `Media dei voti ${fmt(mean, 'it', 2)}, sotto la soglia di ${fmt(threshold, 'it', 2)}`,
      en: `Mean mark ${fmt(mean, 'en', 2)}, below the threshold of ${fmt(threshold, 'en', 2)}`,
    });
  if (mean < t.meanMarkRed) push('red', t.meanMarkRed);
  else if (mean < t.meanMarkAmber) push('amber', t.meanMarkAmber);
  return flagFrom('meanMark', 'academic', reasons, base);
}

export function conductFlag(rec: TermRecord | null): RiskFlag | null {
  const c = rec?.conduct;
  if (!c || c.kind !== 'numeric') return null;
  const base: Evidence = { conduct: c.value, raw: c.raw };
  const shown = c.raw.length > 0 ? c.raw : fmt(c.value, 'it', 2);
  const shownEn = c.raw.length > 0 ? c.raw : fmt(c.value, 'en', 2);
  if (c.value < PASS_MARK) {
    return flagFrom(
      'conduct',
      'context',
      [
        {
          level: 'red',
          evidence: {},
          it: `Voto di comportamento ${shown}: sotto 6 comporta la non ammissione`,
          en: `Conduct mark ${shownEn}: below 6 means non-admission`,
        },
      ],
      base,
    );
  }
  // A 6, also written "6+" or "6½": the bare pass.
  if (c.value < PASS_MARK + 1) {
    return flagFrom(
      'conduct',
      'detail',
      [
        {
          level: 'amber',
          evidence: {},
          it: `Voto di comportamento ${shown}: appena sufficiente`,
          en: `Conduct mark ${shownEn}: a bare pass`,
        },
      ],
      base,
    );
  }
  return null;
}
