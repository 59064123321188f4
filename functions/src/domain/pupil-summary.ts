import { z } from 'zod';
import { schoolYearOf } from './common';
import { CEFR_LEVELS, L2_SKILLS, cefrLevelSchema, cefrRank, type L2Skill } from './l2';
import { isNai } from './pupil';
import type { L2Assessment } from './records';
import { currentTerm, termStartDate, type PupilSnapshot, type RiskContext } from './risk-engine';

/** One CEFR level per skill, as an L2 assessment records them. */
export const l2SkillLevelsSchema = z.object({
  ascolto: cefrLevelSchema,
  lettura: cefrLevelSchema,
  parlato: cefrLevelSchema,
  interazione: cefrLevelSchema,
  scrittura: cefrLevelSchema,
});
export type L2SkillLevels = z.infer<typeof l2SkillLevelsSchema>;

/**
 * What the dashboards need about one pupil, stored as `summary` on `risk/current` next to the
 * flags, so aggregates read one small document per pupil instead of every record.
 */
export const pupilSummarySchema = z.object({
  /** School year and 1-based term of the evaluation date: the aggregates' trend key. */
  schoolYear: z.string(),
  term: z.number().int().min(1).max(3),
  /** Levels of the most recent assessment up to the evaluation date, or null if never tested. */
  l2Latest: l2SkillLevelsSchema.nullable(),
  /** Levels of the first assessment of this school year, or null if none this year. */
  l2YearStart: l2SkillLevelsSchema.nullable(),
  activeIntervention: z.boolean(),
  familyContactThisTerm: z.boolean(),
  /** Attended tutoring minutes since the start of the school year. */
  tutoringMinutesThisYear: z.number().int().min(0),
  nai: z.boolean(),
  pdp: z.boolean(),
});
export type PupilSummary = z.infer<typeof pupilSummarySchema>;

/** Skills whose level rose between the year's first assessment and the latest one. */
export function l2SkillsMovedUp(
  summary: Pick<PupilSummary, 'l2Latest' | 'l2YearStart'>,
): L2Skill[] {
  const { l2Latest: latest, l2YearStart: start } = summary;
  if (!latest || !start) return [];
  return L2_SKILLS.filter((skill) => cefrRank(latest[skill]) > cefrRank(start[skill]));
}

function isUpTo(date: Date, asOf: Date): boolean {
  return date.getTime() <= asOf.getTime();
}

function byDate(a: { date: Date }, b: { date: Date }): number {
  return a.date.getTime() - b.date.getTime();
}

/**
 * The dashboard summary of one pupil at `ctx.asOf`, from the same snapshot the risk engine
 * reads (so flags and summary never disagree about which records exist). Pure: records dated
 * after `asOf` are ignored, like the engine does, and "this term" uses the engine's terms.
 */
export function summarizePupil(snapshot: PupilSnapshot, ctx: RiskContext): PupilSummary {
  const { asOf } = ctx;
  const schoolYear = schoolYearOf(asOf);
  const term = currentTerm(asOf, ctx.termSystem);
  const yearStart = termStartDate(schoolYear, 1, ctx.termSystem);
  const termStart = termStartDate(schoolYear, term, ctx.termSystem);

  const assessments = snapshot.l2Assessments.filter((a) => isUpTo(a.date, asOf)).sort(byDate);
  const thisYear = assessments.filter((a) => a.date.getTime() >= yearStart.getTime());
  const levels = (a: L2Assessment | undefined): L2SkillLevels | null =>
    a ? { ...a.levels } : null;

  const tutoringMinutesThisYear = snapshot.tutoringSessions
    .filter((s) => s.attended && s.date >= yearStart && isUpTo(s.date, asOf))
    .reduce((sum, s) => sum + s.minutes, 0);

  return {
    schoolYear,
    term,
    l2Latest: levels(assessments[assessments.length - 1]),
    l2YearStart: levels(thisYear[0]),
    activeIntervention: snapshot.interventions.some((i) => i.status === 'active'),
    familyContactThisTerm: snapshot.familyMeetings.some(
      (m) => m.held && m.date >= termStart && isUpTo(m.date, asOf),
    ),
    tutoringMinutesThisYear,
    nai: isNai(snapshot.pupil, asOf, ctx.naiMonths),
    pdp: snapshot.pupil.pdp,
  };
}

/** Keys of an L2 level histogram: every CEFR level, plus pupils never assessed. */
export const L2_HISTOGRAM_KEYS = [...CEFR_LEVELS, 'none'] as const;
export type L2HistogramKey = (typeof L2_HISTOGRAM_KEYS)[number];
