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
import { isNai, monthsInItalianSchool, type Pupil } from './pupil';
import {
  CORE_SUBJECTS,
  type FamilyMeeting,
  type Intervention,
  type L2Assessment,
  type Mark,
  type PeerSession,
  type TermRecord,
  type TutoringSession,
} from './records';
import type { ProtectiveSignal, RiskFlag, RiskLevel } from './risk';
import type { RiskThresholds, SchoolSettings } from './school';
import { yearsBehind, type SchoolClass } from './school-class';

/** Version stored with every assessment; bump when any rule or sentence changes. */
export const RISK_ENGINE_VERSION = '1.0.0';

/** Stable flag codes (API: stored in Firestore, used by the UI and by reviews). */
export const RISK_FLAG_CODES = [
  'absences',
  'failingSubjects',
  'meanMark',
  'conduct',
  'ritardo',
  'l2Level',
  'familyContact',
  'processGapPdp',
  'processGapSessions',
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
 * Score weights. `score = red flags * red + amber flags * amber + (transition year ? transition : 0)`.
 * With these weights the score never contradicts the level: green 0-2, amber 3-8 (at most two
 * amber flags, else the pupil is red), red >= 9. Within a level, a transition year ranks first
 * among pupils with the same flags. Protective signals are shown but do not lower the score.
 */
export const RISK_SCORE_WEIGHTS = { red: 10, amber: 3, transition: 2 } as const;

/** Attended tutoring sessions in `TUTORING_REGULAR_WEEKS` weeks that count as regular. */
export const TUTORING_REGULAR_MIN_SESSIONS = 3;
/** Window, in weeks, of the `tutoringRegular` protective signal. */
export const TUTORING_REGULAR_WEEKS = 6;
/** Absences above this share of the annual hours invalidate the school year (3/4 rule). */
export const ANNUAL_ABSENCE_LIMIT_PCT = 25;
/** A mark below this value is a fail. */
export const PASS_MARK = 6;
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

/** Engine output; the shape of `riskAssessmentSchema` without `computedAt` and `classId`. */
export interface RiskResult {
  level: RiskLevel;
  /** Ordering key, see `RISK_SCORE_WEIGHTS`. Higher = look first. */
  score: number;
  /** At most one flag per code, in `RISK_FLAG_CODES` order. */
  flags: RiskFlag[];
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
function flagFrom(code: RiskFlagCode, reasons: Reason[], base: Evidence = {}): RiskFlag | null {
  if (reasons.length === 0) return null;
  const level = reasons.some((r) => r.level === 'red') ? 'red' : 'amber';
  const top = reasons.filter((r) => r.level === level);
  const evidence: Evidence = { ...base };
  for (const r of top) Object.assign(evidence, r.evidence);
  return {
    code,
    level,
    evidence,
    sentence: { it: top.map((r) => r.it).join('; '), en: top.map((r) => r.en).join('; ') },
  };
}

function isFailing(mark: Mark): boolean {
  return mark.kind === 'numeric' ? mark.value < PASS_MARK : mark.value === 'Non sufficiente';
}

/** Latest term record of the school year containing `asOf`: highest term, last one on ties. */
function latestTermRecord(records: TermRecord[], asOf: Date): TermRecord | null {
  const year = schoolYearOf(asOf);
  let best: TermRecord | null = null;
  for (const r of records) {
    if (r.schoolYear === year && (best === null || r.term >= best.term)) best = r;
  }
  return best;
}

function absencesFlag(rec: TermRecord | null, t: RiskThresholds): RiskFlag | null {
  if (!rec) return null;
  const reasons: Reason[] = [];
  const base: Evidence = {
    absenceHours: rec.absenceHours,
    lessonHours: rec.lessonHours,
    annualHours: rec.annualHours,
  };
  const limitHours = (rec.annualHours * ANNUAL_ABSENCE_LIMIT_PCT) / 100;
  if (rec.absenceHours > limitHours) {
    reasons.push({
      level: 'red',
      evidence: { annualLimitHours: truncate(limitHours, 1) },
      it: `Assenze: ${fmt(rec.absenceHours, 'it')} ore, oltre il ${ANNUAL_ABSENCE_LIMIT_PCT}% del monte ore annuo (${fmt(limitHours, 'it')} ore): anno a rischio di non validità`,
      en: `Absences: ${fmt(rec.absenceHours, 'en')} hours, over ${ANNUAL_ABSENCE_LIMIT_PCT}% of the annual hours (${fmt(limitHours, 'en')} hours): the year may not be valid`,
    });
  }
  if (rec.lessonHours > 0) {
    // Share of the hours held so far; projected over annualHours at the same rate it is the
    // same share, so the projected rule compares this share with the red threshold.
    const pct = (rec.absenceHours * 100) / rec.lessonHours;
    const shown = truncate(pct, 1);
    if (pct >= t.absenceRedProjectedPct) {
      reasons.push({
        level: 'red',
        evidence: {
          absencePct: shown,
          projectedPct: shown,
          thresholdPct: t.absenceRedProjectedPct,
        },
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
  }
  return flagFrom('absences', reasons, base);
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
  return flagFrom('failingSubjects', reasons, base);
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
  return flagFrom('meanMark', reasons, base);
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
  return flagFrom('ritardo', reasons, { yearsBehind: years });
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
  return flagFrom('l2Level', reasons, base);
}

function inRange(d: Date, from: Date, to: Date): boolean {
  return d.getTime() >= from.getTime() && d.getTime() <= to.getTime();
}

function termWord(termSystem: RiskContext['termSystem']): string {
  return termSystem === 'quadrimestri' ? 'quadrimestre' : 'trimestre';
}

function familyContactFlag(
  heldThisTerm: FamilyMeeting[],
  term: number,
  ctx: RiskContext,
): RiskFlag | null {
  const missingMediator = heldThisTerm.filter((m) => m.mediatorNeeded && !m.mediatorPresent);
  const base: Evidence = {
    term,
    heldMeetings: heldThisTerm.length,
    meetingsWithoutMediator: missingMediator.length,
  };
  const reasons: Reason[] = [];
  if (heldThisTerm.length === 0) {
    reasons.push({
      level: 'amber',
      evidence: {},
      it: `Nessun colloquio con la famiglia in questo ${termWord(ctx.termSystem)}`,
      en: 'No meeting with the family this term',
    });
  } else if (missingMediator.length > 0) {
    reasons.push({
      level: 'amber',
      evidence: {},
      it: 'Colloquio con la famiglia svolto senza il mediatore necessario',
      en: 'Family meeting held without the mediator who was needed',
    });
  }
  return flagFrom('familyContact', reasons, base);
}

function processGapPdpFlag(
  s: PupilSnapshot,
  months: number | null,
  ctx: RiskContext,
): RiskFlag | null {
  const entry = s.pupil.firstItalianSchoolDate;
  if (!entry || s.pupil.pdp || !isNai(s.pupil, ctx.asOf, ctx.naiMonths)) return null;
  const scrutinio = firstScrutinioAfter(entry, ctx.termSystem);
  // Passed = from the day after the scrutinio (the PDP may be decided on that day).
  if (ctx.asOf.getTime() < scrutinio.getTime() + DAY_MS) return null;
  return flagFrom(
    'processGapPdp',
    [
      {
        level: 'amber',
        evidence: {},
        it: `Alunno NAI senza PDP dopo il primo scrutinio (${fmtDate(scrutinio)})`,
        en: `Newly arrived pupil (NAI) without a PDP after the first scrutinio (${fmtDate(scrutinio)})`,
      },
    ],
    { monthsInSchool: months, naiMonths: ctx.naiMonths, scrutinioDate: isoDate(scrutinio) },
  );
}

function processGapSessionsFlag(
  s: PupilSnapshot,
  assessments: RankedAssessment[],
  ctx: RiskContext,
): RiskFlag | null {
  const latest = assessments[assessments.length - 1];
  if (!latest || latest.rank >= RANK_A2) return null;
  const weeks = ctx.thresholds.sessionGapWeeks;
  const from = new Date(ctx.asOf.getTime() - weeks * 7 * DAY_MS);
  const contacts = [
    ...s.tutoringSessions.filter((x) => x.attended).map((x) => x.date),
    ...assessments.map((a) => a.date),
  ].filter((d) => d.getTime() <= ctx.asOf.getTime());
  if (contacts.some((d) => d.getTime() >= from.getTime())) return null;
  const last = contacts.reduce<Date | null>((acc, d) => (acc && acc >= d ? acc : d), null);
  const lvl = cefrLabel(latest.overall);
  return flagFrom(
    'processGapSessions',
    [
      {
        level: 'amber',
        evidence: {},
        it: `Italiano L2 a livello ${lvl} e nessun tutoraggio né verifica L2 nelle ultime ${weeks} settimane`,
        en: `Italian L2 at level ${lvl} and no tutoring session or L2 test in the last ${weeks} weeks`,
      },
    ],
    { level: lvl, thresholdWeeks: weeks, lastContactDate: last ? isoDate(last) : null },
  );
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

/**
 * Assesses one pupil at `ctx.asOf`. Pure and total: never throws on schema-valid input.
 *
 * Level: red if any flag is red or 3+ flags are amber; amber if any flag is amber; else green.
 * Score: see `RISK_SCORE_WEIGHTS`. Term records are those of the school year containing
 * `asOf` (the highest term present); dated records after `asOf` are ignored.
 */
export function assessRisk(snapshot: PupilSnapshot, ctx: RiskContext): RiskResult {
  const t = ctx.thresholds;
  const rec = latestTermRecord(snapshot.termRecords, ctx.asOf);
  const assessments = rankedAssessments(snapshot.l2Assessments, ctx.asOf);
  const months = monthsInItalianSchool(snapshot.pupil, ctx.asOf);
  const term = currentTerm(ctx.asOf, ctx.termSystem);
  const termStart = termStartDate(schoolYearOf(ctx.asOf), term, ctx.termSystem);
  const heldThisTerm = snapshot.familyMeetings.filter(
    (m) => m.held && inRange(m.date, termStart, ctx.asOf),
  );

  const candidates: (RiskFlag | null)[] = [
    absencesFlag(rec, t),
    failingSubjectsFlag(rec, t),
    meanMarkFlag(rec, t),
    conductFlag(rec),
    ritardoFlag(snapshot, t),
    l2Flag(assessments, months, t),
    familyContactFlag(heldThisTerm, term, ctx),
    processGapPdpFlag(snapshot, months, ctx),
    processGapSessionsFlag(snapshot, assessments, ctx),
  ];
  const flags = candidates.filter((f): f is RiskFlag => f !== null);
  const red = flags.filter((f) => f.level === 'red').length;
  const amber = flags.length - red;
  const level: RiskLevel = red > 0 || amber >= 3 ? 'red' : amber > 0 ? 'amber' : 'green';
  const transition = isTransitionYear(snapshot, ctx.asOf);
  const score =
    red * RISK_SCORE_WEIGHTS.red +
    amber * RISK_SCORE_WEIGHTS.amber +
    (transition ? RISK_SCORE_WEIGHTS.transition : 0);

  return {
    level,
    score,
    flags,
    protective: protectiveSignals(snapshot, assessments, heldThisTerm, ctx),
    engineVersion: RISK_ENGINE_VERSION,
  };
}
