import {
  L2_SKILLS,
  schoolYearOf,
  type CefrLevel,
  type FlagReview,
  type L2Skill,
  type Mark,
  type Pupil,
  type RiskFlag,
  type School,
  type SchoolClass,
  type StoredFollowUp,
  type StoredRisk,
} from '@domain';
import type { StoredRecordByKind, WithId } from '@/lib/collections';

export type PupilSheetData = {
  pupil: Pupil;
  schoolClass: SchoolClass | null;
  school: School | null;
  l2Assessments: WithId<StoredRecordByKind['l2Assessments']>[];
  termRecords: WithId<StoredRecordByKind['termRecords']>[];
  interventions: WithId<StoredRecordByKind['interventions']>[];
  risk: StoredRisk | null;
  /** Records that failed their schema (logged by the converter) and are not shown. */
  unreadable: number;
};

export type SkillLevels = {
  skill: L2Skill;
  first: { level: CefrLevel; date: Date } | null;
  latest: { level: CefrLevel; date: Date } | null;
};

/**
 * Per skill, the first level measured in `schoolYear` and the latest ever: how far the pupil
 * moved this year. Both null for a skill never assessed.
 */
export function l2Progress(
  assessments: readonly StoredRecordByKind['l2Assessments'][],
  schoolYear: string,
): SkillLevels[] {
  const byDate = [...assessments].sort((a, b) => a.date.getTime() - b.date.getTime());
  const ofYear = byDate.filter((a) => schoolYearOf(a.date) === schoolYear);
  const firstOfYear = ofYear[0] ?? null;
  const latest = byDate.at(-1) ?? null;
  return L2_SKILLS.map((skill) => ({
    skill,
    first: firstOfYear ? { level: firstOfYear.levels[skill], date: firstOfYear.date } : null,
    latest: latest ? { level: latest.levels[skill], date: latest.date } : null,
  }));
}

/** A mark as the teacher wrote it ("5½", "6-"), or the giudizio. */
export function markText(mark: Mark | null): string {
  if (!mark) return '–';
  if (mark.kind === 'judgement') return mark.value;
  return mark.raw.trim() || String(mark.value);
}

export type TermTable = {
  terms: { term: number; absenceHours: number; lessonHours: number; absencePct: number | null }[];
  /** Subjects in the order of their first appearance, each with its mark per term. */
  subjects: { subject: string; marks: (Mark | null)[] }[];
  conduct: (Mark | null)[];
};

/** The term records of `schoolYear` as a table: one column per term, one row per subject. */
export function termTable(
  records: readonly StoredRecordByKind['termRecords'][],
  schoolYear: string,
): TermTable {
  const ofYear = records.filter((r) => r.schoolYear === schoolYear).sort((a, b) => a.term - b.term);
  const subjects: string[] = [];
  for (const record of ofYear) {
    for (const subject of Object.keys(record.marks)) {
      if (!subjects.includes(subject)) subjects.push(subject);
    }
  }
  return {
    terms: ofYear.map((r) => ({
      term: r.term,
      absenceHours: r.absenceHours,
      lessonHours: r.lessonHours,
      absencePct: r.lessonHours > 0 ? Math.round((r.absenceHours / r.lessonHours) * 100) : null,
    })),
    subjects: subjects.map((subject) => ({
      subject,
      marks: ofYear.map((r) => r.marks[subject] ?? null),
    })),
    conduct: ofYear.map((r) => r.conduct),
  };
}

export type FlagWithDecision = { flag: RiskFlag; review: FlagReview | null };

/** Each flag with the decision a person took on it, if one still applies. */
export function flagsWithDecisions(risk: StoredRisk): FlagWithDecision[] {
  return risk.flags.map((flag) => ({ flag, review: risk.reviews[flag.code] ?? null }));
}

/** Follow-ups by due date, the most urgent first. */
export function followUpsByDue(risk: StoredRisk): StoredFollowUp[] {
  return [...risk.followUps].sort((a, b) => a.due.getTime() - b.due.getTime());
}
