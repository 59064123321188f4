/**
 * Early-warning engine: a pure function from a pupil's records to a risk level, flags with
 * evidence and bilingual sentences, and protective signals. See DOMAIN.md, "Early-warning
 * indicators (defaults)".
 *
 * Pure and portable: no Firebase, no Node APIs, no clock (the caller passes `asOf`), so the
 * same code runs in Cloud Functions, in the browser and in tests. All calendar arithmetic is
 * in UTC, like `schoolYearOf` and `monthsBetween`.
 *
 * Flags are advice for people (GDPR art. 22): a human confirms or dismisses each one.
 * Nationality, citizenship and home languages never raise risk: they are not read at all.
 */
import { monthsBetween, schoolYearOf } from './common';
import { cefrLabel, cefrRank, type CefrLevel } from './l2';
import { PASS_MARK, isFailing } from './marks';
import { isNai, monthsInItalianSchool, type Pupil } from './pupil';
import {
  CORE_SUBJECTS,
  type FamilyMeeting,
  type Intervention,
  type L2Assessment,
  type PeerSession,
  type TermRecord,
  type TutoringSession,
} from './records';
import type { FlagRole, FollowUp, ProtectiveSignal, RiskFlag, RiskLevel } from './risk';
import type { RiskThresholds, SchoolSettings } from './school';
import { yearsBehind, type SchoolClass } from './school-class';

/** Version stored with every assessment; bump when any rule or sentence changes. */
export const RISK_ENGINE_VERSION = '2.0.0';

/** Stable flag codes (API: stored in Firestore, used by the UI and by reviews). */
export const RISK_FLAG_CODES = [
  'meanMark',
  'failingSubjects',
  'conduct',
  'absenceLimit',
  'absences',
  'ritardo',
  'l2Level',
] as const;
/** One of `RISK_FLAG_CODES`. */
export type RiskFlagCode = (typeof RISK_FLAG_CODES)[number];

/** Stable protective-signal codes. */
export const PROTECTIVE_SIGNAL_CODES = [
  'tutoringRegular',
  'familyReachedInLanguage',
  'l2Progress',
  'activeIntervention',
] as const;
/** One of `PROTECTIVE_SIGNAL_CODES`. */
export type ProtectiveSignalCode = (typeof PROTECTIVE_SIGNAL_CODES)[number];

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

/** Attended tutoring sessions in `TUTORING_REGULAR_WEEKS` weeks that count as regular. */
export const TUTORING_REGULAR_MIN_SESSIONS = 3;
/** Window, in weeks, of the `tutoringRegular` protective signal. */
export const TUTORING_REGULAR_WEEKS = 6;
/** Absences above this share of the annual hours invalidate the school year (3/4 rule). */
export const ANNUAL_ABSENCE_LIMIT_PCT = 25;
/** Age at which the transition year applies (end of compulsory schooling). */
export const TRANSITION_AGE = 16;

/** What the engine reads about one pupil. Records may be in any order. */
export interface PupilSnapshot {
  /** Only these pupil fields are read; `homeLanguages` is accepted but never raises risk. */
  pupil: Pick<
    Pupil,
    'birthDate' | 'firstItalianSchoolDate' | 'arrivalDate' | 'pdp' | 'pdpDate' | 'homeLanguages'
  >;
  /** The pupil's current class. */
  schoolClass: Pick<SchoolClass, 'level' | 'year' | 'schoolYear'>;
  termRecords: TermRecord[];
  l2Assessments: L2Assessment[];
  tutoringSessions: TutoringSession[];
  peerSessions: PeerSession[];
  familyMeetings: FamilyMeeting[];
  interventions: Intervention[];
}

/** School settings and the evaluation date. Dated records after `asOf` are ignored. */
export interface RiskContext {
  asOf: Date;
  thresholds: RiskThresholds;
  /** Months since first Italian school entry during which a pupil is NAI. */
  naiMonths: number;
  termSystem: SchoolSettings['termSystem'];
}

/** Engine output: the shape of `riskAssessmentSchema`. */
export interface RiskResult {
  level: RiskLevel;
  /** Why the level is what it is, in one sentence (see `combineRiskLevel`). */
  levelReason: { it: string; en: string };
  /** Ordering key, see `RISK_SCORE_WEIGHTS`. Higher = look first. */
  score: number;
  /** At most one flag per code, in `RISK_FLAG_CODES` order. */
  flags: RiskFlag[];
  /** Work due, in `FOLLOW_UP_CODES` order; never part of the level. */
  followUps: FollowUp[];
  /** In `PROTECTIVE_SIGNAL_CODES` order. */
  protective: ProtectiveSignal[];
  engineVersion: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------
// Small exported helpers (also useful to the UI)
// ---------------------------------------------------------------------------------------------

/** Rank of a risk level for comparisons: green 0, amber 1, red 2. */
export function riskLevelRank(level: RiskLevel): number {
  return level === 'red' ? 2 : level === 'amber' ? 1 : 0;
}

/** First calendar year of a school year: "2025/26" -> 2025. */
function startYearOf(schoolYear: string): number {
  return Number(schoolYear.slice(0, 4));
}

/**
 * 1-based term containing `date`. Quadrimestri: 1 = Sep-Jan, 2 = Feb-Aug. Trimestri:
 * 1 = Sep-Dec, 2 = Jan-Mar, 3 = Apr-Aug (summer belongs to the last term of the year).
 */
export function currentTerm(date: Date, termSystem: RiskContext['termSystem']): number {
  const m = date.getUTCMonth(); // 0 = January
  if (termSystem === 'quadrimestri') return m >= 8 || m === 0 ? 1 : 2;
  if (m >= 8) return 1;
  return m <= 2 ? 2 : 3;
}

/** First day (UTC midnight) of a term of a school year. */
export function termStartDate(
  schoolYear: string,
  term: number,
  termSystem: RiskContext['termSystem'],
): Date {
  const y = startYearOf(schoolYear);
  if (term <= 1) return new Date(Date.UTC(y, 8, 1));
  if (termSystem === 'quadrimestri') return new Date(Date.UTC(y + 1, 1, 1));
  return term === 2 ? new Date(Date.UTC(y + 1, 0, 1)) : new Date(Date.UTC(y + 1, 3, 1));
}

/**
 * Conventional date of the first scrutinio of a school year (UTC midnight): 31 January for
 * quadrimestri, 20 December for trimestri.
 */
export function firstScrutinioDate(
  schoolYear: string,
  termSystem: RiskContext['termSystem'],
): Date {
  const y = startYearOf(schoolYear);
  return termSystem === 'quadrimestri'
    ? new Date(Date.UTC(y + 1, 0, 31))
    : new Date(Date.UTC(y, 11, 20));
}

/**
 * The first scrutinio a pupil takes part in: the first conventional scrutinio date on or after
 * `entry` (a pupil entering after the first scrutinio of a year waits for the next year's).
 */
export function firstScrutinioAfter(entry: Date, termSystem: RiskContext['termSystem']): Date {
  const sameYear = firstScrutinioDate(schoolYearOf(entry), termSystem);
  if (sameYear.getTime() >= startOfUtcDay(entry).getTime()) return sameYear;
  const nextYearStart = new Date(Date.UTC(startYearOf(schoolYearOf(entry)) + 1, 8, 1));
  return firstScrutinioDate(schoolYearOf(nextYearStart), termSystem);
}

/** Overall level of an assessment: the lowest of its five skills. */
export function l2OverallLevel(assessment: Pick<L2Assessment, 'levels'>): CefrLevel {
  const { ascolto, lettura, parlato, interazione, scrittura } = assessment.levels;
  let min: CefrLevel = ascolto;
  for (const l of [lettura, parlato, interazione, scrittura]) {
    if (cefrRank(l) < cefrRank(min)) min = l;
  }
  return min;
}

/** Age in whole years at `asOf` (UTC). */
export function ageAt(birthDate: Date, asOf: Date): number {
  let age = asOf.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    asOf.getUTCMonth() < birthDate.getUTCMonth() ||
    (asOf.getUTCMonth() === birthDate.getUTCMonth() && asOf.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/**
 * Transition year (highest dropout points): 3rd secondaria I grado, 1st secondaria II grado,
 * or age 16 at `asOf`. Raises the score only, never the level.
 */
export function isTransitionYear(
  snapshot: Pick<PupilSnapshot, 'pupil' | 'schoolClass'>,
  asOf: Date,
): boolean {
  const { level, year } = snapshot.schoolClass;
  if (level === 'secondaria1' && year === 3) return true;
  if (level === 'secondaria2' && year === 1) return true;
  return ageAt(snapshot.pupil.birthDate, asOf) === TRANSITION_AGE;
}

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

/**
 * Truncates (not rounds) to `decimals`, so a shown value never crosses the threshold it is
 * compared with (9.96% is shown as 9,9%, never as 10%).
 */
function truncate(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.floor(n * f + 1e-9) / f;
}

function fmt(n: number, lang: 'it' | 'en', decimals = 1): string {
  const t = truncate(n, decimals);
  let s = t.toFixed(decimals);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return lang === 'it' ? s.replace('.', ',') : s;
}

function fmtDate(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function subjectLabel(key: string): string {
  return key.replace(/_/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// Indicators
// ---------------------------------------------------------------------------------------------

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
function absencesFlag(rec: TermRecord | null, t: RiskThresholds): RiskFlag | null {
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
function absenceLimitFlag(rec: TermRecord | null): RiskFlag | null {
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

function failingSubjectsFlag(rec: TermRecord | null, t: RiskThresholds): RiskFlag | null {
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
  // With numeric marks the mean carries the level and failing subjects explain it; with
  // giudizi only (primaria), the "Non sufficiente" count is the academic signal.
  const numeric = Object.values(rec.marks).some((m) => m.kind === 'numeric');
  return flagFrom('failingSubjects', numeric ? 'detail' : 'academic', reasons, base);
}

function meanMarkFlag(rec: TermRecord | null, t: RiskThresholds): RiskFlag | null {
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

function conductFlag(rec: TermRecord | null): RiskFlag | null {
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

function ritardoFlag(s: PupilSnapshot, t: RiskThresholds): RiskFlag | null {
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

interface RankedAssessment {
  date: Date;
  overall: CefrLevel;
  rank: number;
}

/** Assessments up to `asOf`, oldest first (input order kept on equal dates). */
function rankedAssessments(list: L2Assessment[], asOf: Date): RankedAssessment[] {
  return list
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a.date.getTime() <= asOf.getTime())
    .sort((x, y) => x.a.date.getTime() - y.a.date.getTime() || x.i - y.i)
    .map(({ a }) => {
      const overall = l2OverallLevel(a);
      return { date: a.date, overall, rank: cefrRank(overall) };
    });
}

const RANK_A1 = cefrRank('A1');
const RANK_A2 = cefrRank('A2');
const RANK_B1 = cefrRank('B1');

function l2Flag(
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

function inRange(d: Date, from: Date, to: Date): boolean {
  return d.getTime() >= from.getTime() && d.getTime() <= to.getTime();
}

function termWord(termSystem: RiskContext['termSystem']): string {
  return termSystem === 'quadrimestri' ? 'quadrimestre' : 'trimestre';
}

// ---------------------------------------------------------------------------------------------
// Follow-up work (never part of the level)
// ---------------------------------------------------------------------------------------------

/** Weeks into a term by which each family is expected to have been met. */
export const FAMILY_MEETING_DUE_WEEKS = 6;
/** Days to find a mediator after a meeting that needed one and had none. */
export const MEDIATOR_DUE_DAYS = 14;
/** Days to resume sessions once the gap in `sessionGapWeeks` is reached. */
export const SESSION_GAP_GRACE_DAYS = 7;

function addDays(d: Date, days: number): Date {
  return new Date(startOfUtcDay(d).getTime() + days * DAY_MS);
}

function familyFollowUps(
  meetingsThisTerm: FamilyMeeting[],
  termStart: Date,
  ctx: RiskContext,
): FollowUp[] {
  const held = meetingsThisTerm.filter((m) => m.held);
  if (held.length === 0) {
    return [
      {
        code: 'familyMeeting',
        owner: 'coordinator',
        due: addDays(termStart, FAMILY_MEETING_DUE_WEEKS * 7),
        evidence: { termStart: isoDate(termStart), heldMeetings: 0 },
        sentence: {
          it: `Nessun colloquio con la famiglia in questo ${termWord(ctx.termSystem)}`,
          en: 'No meeting with the family this term',
        },
      },
    ];
  }
  // The latest held meeting decides: a later meeting with the mediator closes the gap.
  const latest = [...held].sort((x, y) => x.date.getTime() - y.date.getTime())[held.length - 1];
  if (!latest || !latest.mediatorNeeded || latest.mediatorPresent) return [];
  return [
    {
      code: 'mediatorMissing',
      owner: 'referent',
      due: addDays(latest.date, MEDIATOR_DUE_DAYS),
      evidence: { meetingDate: isoDate(latest.date), language: latest.language },
      sentence: {
        it: `Colloquio del ${fmtDate(latest.date)} svolto senza il mediatore necessario: richiedere un mediatore`,
        en: `Meeting of ${fmtDate(latest.date)} held without the mediator who was needed: request a mediator`,
      },
    },
  ];
}

function pdpFollowUp(s: PupilSnapshot, months: number | null, ctx: RiskContext): FollowUp[] {
  const entry = s.pupil.firstItalianSchoolDate;
  if (!entry || s.pupil.pdp || !isNai(s.pupil, ctx.asOf, ctx.naiMonths)) return [];
  const scrutinio = firstScrutinioAfter(entry, ctx.termSystem);
  return [
    {
      code: 'naiPdp',
      owner: 'coordinator',
      due: scrutinio,
      evidence: {
        monthsInSchool: months,
        naiMonths: ctx.naiMonths,
        scrutinioDate: isoDate(scrutinio),
      },
      sentence: {
        it: `Alunno NAI senza PDP: il consiglio di classe lo decide entro il primo scrutinio (${fmtDate(scrutinio)})`,
        en: `Newly arrived pupil (NAI) without a PDP: the class council decides one by the first scrutinio (${fmtDate(scrutinio)})`,
      },
    },
  ];
}

function sessionGapFollowUp(
  s: PupilSnapshot,
  assessments: RankedAssessment[],
  ctx: RiskContext,
): FollowUp[] {
  const latest = assessments[assessments.length - 1];
  if (!latest || latest.rank >= RANK_A2) return [];
  const weeks = ctx.thresholds.sessionGapWeeks;
  const contacts = [
    ...s.tutoringSessions.filter((x) => x.attended).map((x) => x.date),
    ...assessments.map((a) => a.date),
  ].filter((d) => d.getTime() <= ctx.asOf.getTime());
  const last = contacts.reduce((acc, d) => (acc.getTime() >= d.getTime() ? acc : d), latest.date);
  if (ctx.asOf.getTime() - last.getTime() <= weeks * 7 * DAY_MS) return [];
  const lvl = cefrLabel(latest.overall);
  return [
    {
      code: 'sessionGap',
      owner: 'assigned',
      due: addDays(last, weeks * 7 + SESSION_GAP_GRACE_DAYS),
      evidence: { level: lvl, thresholdWeeks: weeks, lastContactDate: isoDate(last) },
      sentence: {
        it: `Italiano L2 a livello ${lvl} e nessun tutoraggio né verifica L2 dal ${fmtDate(last)} (oltre ${weeks} settimane)`,
        en: `Italian L2 at level ${lvl} and no tutoring session or L2 test since ${fmtDate(last)} (over ${weeks} weeks)`,
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Protective signals
// ---------------------------------------------------------------------------------------------

function protectiveSignals(
  s: PupilSnapshot,
  assessments: RankedAssessment[],
  heldThisTerm: FamilyMeeting[],
  ctx: RiskContext,
): ProtectiveSignal[] {
  const out: ProtectiveSignal[] = [];
  const from = new Date(ctx.asOf.getTime() - TUTORING_REGULAR_WEEKS * 7 * DAY_MS);
  const attended = s.tutoringSessions.filter(
    (x) => x.attended && inRange(x.date, from, ctx.asOf),
  ).length;
  if (attended >= TUTORING_REGULAR_MIN_SESSIONS) {
    out.push({
      code: 'tutoringRegular',
      sentence: {
        it: `${attended} sessioni di tutoraggio frequentate nelle ultime ${TUTORING_REGULAR_WEEKS} settimane`,
        en: `${attended} tutoring sessions attended in the last ${TUTORING_REGULAR_WEEKS} weeks`,
      },
    });
  }
  if (heldThisTerm.some((m) => m.language !== 'it' || (m.mediatorNeeded && m.mediatorPresent))) {
    out.push({
      code: 'familyReachedInLanguage',
      sentence: {
        it: `Famiglia incontrata in questo ${termWord(ctx.termSystem)} nella sua lingua o con il mediatore`,
        en: 'Family met this term in its own language or with a mediator',
      },
    });
  }
  const latest = assessments[assessments.length - 1];
  const previous = assessments[assessments.length - 2];
  if (latest && previous && latest.rank > previous.rank) {
    const a = cefrLabel(previous.overall);
    const b = cefrLabel(latest.overall);
    out.push({
      code: 'l2Progress',
      sentence: {
        it: `Progresso in italiano L2: da ${a} a ${b}`,
        en: `Progress in Italian L2: from ${a} to ${b}`,
      },
    });
  }
  const active = s.interventions.filter((i) => i.status === 'active').length;
  if (active > 0) {
    out.push({
      code: 'activeIntervention',
      sentence: {
        it: active === 1 ? 'Un intervento in corso' : `${active} interventi in corso`,
        en: active === 1 ? 'One intervention under way' : `${active} interventions under way`,
      },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// The level
// ---------------------------------------------------------------------------------------------

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
 * - red: an academic flag is red (mean mark below 5, or with giudizi only "Non sufficiente"
 *   at the red count), or a standalone flag is red (absences already past the legal limit),
 *   or an amber academic flag meets red absences (projected at 20%) or conduct below 6;
 * - amber: an academic flag is amber (mean mark below 6, or with giudizi only "Non
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
function scoreOf(level: RiskLevel, flags: readonly RiskFlag[], transition: boolean): number {
  const w = RISK_SCORE_WEIGHTS;
  const red = flags.filter((f) => f.level === 'red').length;
  const weight = Math.min(w.flagCap, red * w.red + (flags.length - red) * w.amber);
  return w.base[level] + weight + (transition ? w.transition : 0);
}

/**
 * Assesses one pupil at `ctx.asOf`. Pure and total: never throws on schema-valid input.
 *
 * Level: `combineRiskLevel` of the flags. Follow-ups (family meeting, mediator, PDP, session
 * gap) are work to do, listed apart, and never change the level. Score: see
 * `RISK_SCORE_WEIGHTS`. Term records are those of the school year containing `asOf` (the
 * highest term present, see `latestTermRecord`); dated records after `asOf` are ignored.
 */
export function assessRisk(snapshot: PupilSnapshot, ctx: RiskContext): RiskResult {
  const t = ctx.thresholds;
  const rec = latestTermRecord(snapshot.termRecords, ctx.asOf);
  const assessments = rankedAssessments(snapshot.l2Assessments, ctx.asOf);
  const months = monthsInItalianSchool(snapshot.pupil, ctx.asOf);
  const term = currentTerm(ctx.asOf, ctx.termSystem);
  const termStart = termStartDate(schoolYearOf(ctx.asOf), term, ctx.termSystem);
  const meetingsThisTerm = snapshot.familyMeetings.filter((m) =>
    inRange(m.date, termStart, ctx.asOf),
  );
  const heldThisTerm = meetingsThisTerm.filter((m) => m.held);

  const candidates: (RiskFlag | null)[] = [
    meanMarkFlag(rec, t),
    failingSubjectsFlag(rec, t),
    conductFlag(rec),
    absenceLimitFlag(rec),
    absencesFlag(rec, t),
    ritardoFlag(snapshot, t),
    l2Flag(assessments, months, t),
  ];
  const flags = candidates.filter((f): f is RiskFlag => f !== null);
  const { level, reason } = combineRiskLevel(flags);
  const followUps = [
    ...familyFollowUps(meetingsThisTerm, termStart, ctx),
    ...pdpFollowUp(snapshot, months, ctx),
    ...sessionGapFollowUp(snapshot, assessments, ctx),
  ];
  return {
    level,
    levelReason: reason,
    score: scoreOf(level, flags, isTransitionYear(snapshot, ctx.asOf)),
    flags,
    followUps,
    protective: protectiveSignals(snapshot, assessments, heldThisTerm, ctx),
    engineVersion: RISK_ENGINE_VERSION,
  };
}
