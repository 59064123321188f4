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
import { schoolYearOf } from './common';
import { cefrLabel } from './l2';
import { type RankedAssessment, rankedAssessments } from './l2-assessments';
import { monthsInItalianSchool, type Pupil } from './pupil';
import {
  type FamilyMeeting,
  type Intervention,
  type L2Assessment,
  type PeerSession,
  type TermRecord,
  type TutoringSession,
} from './records';
import type { FollowUp, ProtectiveSignal, RiskFlag, RiskLevel } from './risk';
import {
  examChecklistFollowUp,
  familyFollowUps,
  pdpFollowUp,
  sessionGapFollowUp,
} from './risk-follow-ups';
import type { OrientationRecord } from './orientation';
import {
  absenceLimitFlag,
  absencesFlag,
  conductFlag,
  failingSubjectsFlag,
  l2Flag,
  latestTermRecord,
  meanMarkFlag,
  ritardoFlag,
} from './risk-indicators';
import { combineRiskLevel, scoreOf } from './risk-level';
import { termWord } from './risk-text';
import type { RiskThresholds, SchoolSettings } from './school';
import type { SchoolClass } from './school-class';
import { DAY_MS, ageAt, currentTerm, inRange, termStartDate } from './school-calendar';

// The engine's parts, re-exported: callers import the engine, not its files.
export { l2OverallLevel } from './l2-assessments';
export {
  FAMILY_MEETING_DUE_WEEKS,
  MEDIATOR_DUE_DAYS,
  SESSION_GAP_GRACE_DAYS,
} from './risk-follow-ups';
export { ANNUAL_ABSENCE_LIMIT_PCT, latestTermRecord } from './risk-indicators';
export { RISK_SCORE_WEIGHTS, combineRiskLevel } from './risk-level';
export {
  ageAt,
  currentTerm,
  firstScrutinioAfter,
  firstScrutinioDate,
  termStartDate,
} from './school-calendar';

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

/** Attended tutoring sessions in `TUTORING_REGULAR_WEEKS` weeks that count as regular. */
export const TUTORING_REGULAR_MIN_SESSIONS = 3;
/** Window, in weeks, of the `tutoringRegular` protective signal. */
export const TUTORING_REGULAR_WEEKS = 6;
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
  /** Orientation records (issue 14): only the exam checklist's follow-up reads them. */
  orientation?: OrientationRecord[];
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

// ---------------------------------------------------------------------------------------------
// Small exported helpers (also useful to the UI)
// ---------------------------------------------------------------------------------------------

/** Rank of a risk level for comparisons: green 0, amber 1, red 2. */
export function riskLevelRank(level: RiskLevel): number {
  return level === 'red' ? 2 : level === 'amber' ? 1 : 0;
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
    ...examChecklistFollowUp(snapshot, ctx),
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
