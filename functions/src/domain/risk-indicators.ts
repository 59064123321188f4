/**
 * The engine's indicators, one function per flag code: each reads the pupil's records and
 * returns at most one flag with its level, role (see `FlagRole`), evidence and sentences.
 */
import { monthsBetween, schoolYearOf } from './common';
import { cefrLabel } from './l2';
import { RANK_A1, RANK_A2, RANK_B1, type RankedAssessment } from './l2-assessments';
import { PASS_MARK, isFailing } from './marks';
import { CORE_SUBJECTS, type TermRecord } from './records';
import type { FlagRole, RiskFlag } from './risk';
import type { PupilSnapshot, RiskFlagCode } from './risk-engine';
import { fmt, fmtDate, isoDate, subjectLabel, truncate } from './risk-text';
import type { RiskThresholds } from './school';
import { yearsBehind } from './school-class';

/** Absences above this share of the annual hours invalidate the school year (3/4 rule). */
export const ANNUAL_ABSENCE_LIMIT_PCT = 25;

type Evidence = RiskFlag['evidence'];
interface Reason {
  level: 'amber' | 'red';
  evidence: Evidence;
  it: string;
  en: string;
}

/** One flag per code: the highest level among its reasons, their sentences joined. */
function flagFrom(
  code: RiskFlagCode,
  role: FlagRole,
  reasons: Reason[],
  base: Evidence = {},
): RiskFlag | null {
  if (reasons.length === 0) return null;
  const level = reasons.some((r) => r.level === 'red') ? 'red' : 'amber';
  const top = reasons.filter((r) => r.level === level);
  const evidence: Evidence = { ...base };
  for (const r of top) Object.assign(evidence, r.evidence);
  return {
    code,
    level,
    role,
    evidence,
    sentence: { it: top.map((r) => r.it).join('; '), en: top.map((r) => r.en).join('; ') },
  };
}

/**
 * The term record the level reads: of the school year containing `asOf`, the highest term; if
 * a term has more than one record (data from before one record per term), the last saved
 * (`updatedAt`), then the one with more lesson hours held (the later of the term); the
 * document id never decides. Since records have one id per term, duplicates are left only by
 * an unmerged old database (`npm run migrate:term-records` merges them).
 */
export function latestTermRecord<T extends TermRecord & { updatedAt?: Date }>(
  records: readonly T[],
  asOf: Date,
): T | null {
  const year = schoolYearOf(asOf);
  let best: T | null = null;
  for (const r of records) {
    if (r.schoolYear !== year) continue;
    if (best === null || r.term > best.term) {
      best = r;
      continue;
    }
    if (r.term < best.term) continue;
    const a = r.updatedAt?.getTime() ?? 0;
    const b = best.updatedAt?.getTime() ?? 0;
    if (a > b || (a === b && r.lessonHours > best.lessonHours)) best = r;
  }
  return best;
}

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
