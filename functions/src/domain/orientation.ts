/**
 * Orientation and transitions (DOMAIN.md, "Orientation and transitions"): the needs analysis
 * and skills review (bilancio di competenze), the consiglio di orientamento at the end of
 * secondaria I (DM 229/2024 model), the first-cycle exam checklist for newly arrived pupils,
 * and the steering check that lists pupils recommended a shorter track than their marks and
 * Italian suggest (Carlana et al. 2022: immigrant pupils are steered lower at equal ability).
 * Pure: zod and siblings only.
 */
import { z } from 'zod';
import { dateSchema, idSchema, languageCodeSchema, optionalText, schoolYearSchema } from './common';
import { type CefrLevel, cefrLevelSchema, cefrRank } from './l2';
import { ALL_SUBJECTS } from './records';

/** Second-cycle tracks, from the longest academic one to the shortest vocational one. */
export const TRACKS = ['liceo', 'tecnico', 'professionale', 'iefp'] as const;
export type Track = (typeof TRACKS)[number];

/** Higher = longer, more academic track (liceo 3 ... IeFP 0). */
export function trackRank(track: Track): number {
  return TRACKS.length - 1 - TRACKS.indexOf(track);
}

/** At most this many known languages (the rules check each one). */
export const MAX_KNOWN_LANGUAGES = 6;

/** A language the pupil knows: mother tongue, or a CEFR level. */
export const knownLanguageSchema = z.strictObject({
  language: languageCodeSchema,
  level: z.union([z.literal('native'), cefrLevelSchema]),
});

/** Part of `orientationRecordSchema`: the needs analysis and skills review (bilancio). */
export const skillsReviewSchema = z.strictObject({
  date: dateSchema,
  languages: z.array(knownLanguageSchema).max(MAX_KNOWN_LANGUAGES),
  strengthSubjects: z
    .array(z.enum(ALL_SUBJECTS, { error: 'validation.unknownSubject' }))
    .max(ALL_SUBJECTS.length),
  interests: optionalText(1000),
  schoolingAbroad: optionalText(1000),
  outOfSchool: optionalText(1000),
  familyExpectations: optionalText(1000),
  /** Recorded with a mediator (the family's interview in its language). */
  mediatorPresent: z.boolean(),
  tutorNotes: optionalText(2000),
});
export type SkillsReview = z.infer<typeof skillsReviewSchema>;

/** Part of `orientationRecordSchema`: the consiglio di orientamento and what followed it. */
export const orientationAdviceSchema = z.strictObject({
  date: dateSchema,
  interests: optionalText(1000),
  /** Certifications (languages, ICT, sport, music...), as the national model lists them. */
  certifications: optionalText(500),
  recommendedTrack: z.enum(TRACKS, { error: 'validation.invalidChoice' }),
  recommendedCourse: optionalText(200),
  /** The family's choice, when known. */
  familyTrack: z.enum(TRACKS, { error: 'validation.invalidChoice' }).nullable(),
  /** Where the pupil actually enrolled, when known (codice meccanografico or name). */
  enrolledSchool: optionalText(200),
  enrolledTrack: z.enum(TRACKS, { error: 'validation.invalidChoice' }).nullable(),
});
export type OrientationAdvice = z.infer<typeof orientationAdviceSchema>;

/** First-cycle exam items for a newly arrived pupil (DM 741/2017, DL 71/2024). */
export const EXAM_ITEMS = [
  'invalsiTaken',
  'l2InsteadOfSecondLanguage',
  'pdpInForce',
  'pdpInExam',
  'italianEntryTest',
] as const;
export type ExamItem = (typeof EXAM_ITEMS)[number];

export const examChecklistSchema = z.strictObject(
  Object.fromEntries(EXAM_ITEMS.map((item) => [item, z.boolean()])) as Record<
    ExamItem,
    z.ZodBoolean
  >,
);
export type ExamChecklist = z.infer<typeof examChecklistSchema>;

/** The checklist as recorded: the items plus whether the L2 replaced the second language. */
export const examRecordSchema = examChecklistSchema.extend({
  usedSecondLanguageHoursForL2: z.boolean(),
});
export type ExamRecord = z.infer<typeof examRecordSchema>;

/**
 * `schools/{s}/pupils/{p}/orientation/{schoolYear id}` ("2026-27"): the year's orientation
 * work for one pupil, each part null until recorded. Stored under the pupil, so GDPR export,
 * erasure and transfer carry it like the records. Read and written by the pupil's class staff,
 * the referent and the head (never mediators: the family's interview is held with one, but the
 * teacher records it).
 */
export const orientationRecordSchema = z.strictObject({
  schoolYear: schoolYearSchema,
  /** Orientation module hours attended this year (DM 328/2022: at least 30 offered). */
  orientationHours: z.number({ error: 'validation.number' }).min(0).max(200),
  review: skillsReviewSchema.nullable(),
  advice: orientationAdviceSchema.nullable(),
  exam: examRecordSchema.nullable(),
});
export type OrientationRecord = z.infer<typeof orientationRecordSchema>;

export const storedOrientationSchema = orientationRecordSchema.extend({
  schoolId: idSchema,
  pupilId: idSchema,
  createdBy: idSchema,
  createdAt: dateSchema,
  updatedAt: dateSchema,
  /** The last author; dropped by a transfer (the sending school's staff mean nothing there). */
  updatedBy: idSchema.optional(),
});
export type StoredOrientation = z.infer<typeof storedOrientationSchema>;

/** The document id of a school year's orientation record: "2026/27" -> "2026-27". */
export function orientationDocId(schoolYear: string): string {
  return schoolYear.replace('/', '-');
}

export function emptyOrientationRecord(schoolYear: string): OrientationRecord {
  return { schoolYear, orientationHours: 0, review: null, advice: null, exam: null };
}

/** Orientation module hours a year, DM 328/2022. */
export const ORIENTATION_MODULE_HOURS = 30;

/**
 * Items of the checklist still missing, in `EXAM_ITEMS` order: each becomes follow-up work for
 * the class coordinator before the exam session. Italian L2 in place of the second foreign
 * language applies only to pupils who used those hours for L2 (`usedSecondLanguageHoursForL2`).
 */
export function missingExamItems(
  checklist: ExamChecklist,
  usedSecondLanguageHoursForL2: boolean,
): ExamItem[] {
  return EXAM_ITEMS.filter((item) => {
    if (item === 'l2InsteadOfSecondLanguage' && !usedSecondLanguageHoursForL2) return false;
    return !checklist[item];
  });
}

/** Bars of the steering check: a school may change them. */
export interface SteeringBars {
  /** Mean mark at or above which a track shorter than `minimumTrack` is questioned. */
  meanMark: number;
  /** Level of italiano per lo studio at or above which the check applies (B1 by default). */
  studyLevel: CefrLevel;
  minimumTrack: Track;
}

export const DEFAULT_STEERING_BARS: SteeringBars = {
  meanMark: 7.5,
  studyLevel: 'B1',
  minimumTrack: 'tecnico',
};

/** What the steering check reads about one pupil. */
export interface SteeringInput {
  pupilId: string;
  recommendedTrack: Track;
  /** Mean of the last term's numeric marks; null when none. */
  meanMark: number | null;
  /** Latest italiano per lo studio level; null for pupils with Italian as first language. */
  studyLevel: CefrLevel | null;
}

/**
 * Whether the recommendation is a shorter track than the pupil's marks and Italian suggest:
 * mean mark at or above the bar, Italian for study at or above the bar (or Italian as first
 * language), and a recommended track shorter than the bar's track. A question for the
 * consiglio to look at again, never a decision.
 */
export function isSteeredLower(input: SteeringInput, bars = DEFAULT_STEERING_BARS): boolean {
  if (input.meanMark === null || input.meanMark < bars.meanMark) return false;
  if (input.studyLevel !== null && cefrRank(input.studyLevel) < cefrRank(bars.studyLevel))
    return false;
  return trackRank(input.recommendedTrack) < trackRank(bars.minimumTrack);
}

/** Years-in-Italy band used to compare recommendations between groups. */
export const ITALY_BANDS = ['bornInItaly', 'under2', 'from2to5', 'over5'] as const;
export type ItalyBand = (typeof ITALY_BANDS)[number];

/** The band of a pupil at a date: null arrival = born in Italy. */
export function italyBand(arrivalDate: Date | null, asOf: Date): ItalyBand {
  if (arrivalDate === null) return 'bornInItaly';
  const years = (asOf.getTime() - arrivalDate.getTime()) / (365.25 * 864e5);
  if (years < 2) return 'under2';
  return years <= 5 ? 'from2to5' : 'over5';
}

/** One pupil's recommendation with the groups it is compared by. */
export interface RecommendationRow {
  recommendedTrack: Track;
  meanMark: number | null;
  nai: boolean;
  italyBand: ItalyBand;
  sex: 'F' | 'M';
}

export interface RecommendationGroup {
  dimension: 'nai' | 'italyBand' | 'sex';
  group: string;
  pupils: number;
  /** Share of the group's pupils recommended to each track. */
  shareByTrack: Record<Track, number>;
  /** Mean of the pupils' mean marks (those with marks); null when none. */
  meanMark: number | null;
}

function groupOf(
  dimension: RecommendationGroup['dimension'],
  group: string,
  rows: readonly RecommendationRow[],
): RecommendationGroup {
  const marks = rows.flatMap((r) => (r.meanMark === null ? [] : [r.meanMark]));
  const shareByTrack = Object.fromEntries(
    TRACKS.map((t) => [t, rows.filter((r) => r.recommendedTrack === t).length / rows.length]),
  ) as Record<Track, number>;
  return {
    dimension,
    group,
    pupils: rows.length,
    shareByTrack,
    meanMark: marks.length > 0 ? marks.reduce((a, b) => a + b, 0) / marks.length : null,
  };
}

/**
 * By group (NAI or not, years in Italy, sex): the share recommended to each track next to the
 * group's mean mark, so that a school sees whether equal marks lead to equal advice. Empty
 * groups are left out.
 */
export function recommendationsByGroup(rows: readonly RecommendationRow[]): RecommendationGroup[] {
  const out: RecommendationGroup[] = [];
  const add = (
    dimension: RecommendationGroup['dimension'],
    keys: readonly string[],
    key: (r: RecommendationRow) => string,
  ) => {
    for (const k of keys) {
      const members = rows.filter((r) => key(r) === k);
      if (members.length > 0) out.push(groupOf(dimension, k, members));
    }
  };
  add('nai', ['nai', 'notNai'], (r) => (r.nai ? 'nai' : 'notNai'));
  add('italyBand', ITALY_BANDS, (r) => r.italyBand);
  add('sex', ['F', 'M'], (r) => r.sex);
  return out;
}

/**
 * Day by which a newly arrived pupil's exam checklist is due (UTC midnight): 31 May of the
 * school year, before the scrutinio di ammissione and the first-cycle exam session in June.
 */
export function examChecklistDue(schoolYear: string): Date {
  return new Date(Date.UTC(Number(schoolYear.slice(0, 4)) + 1, 4, 31));
}

/** Last day of the first-cycle exam session (30 June): after it the checklist is moot. */
export function examSessionEnd(schoolYear: string): Date {
  return new Date(Date.UTC(Number(schoolYear.slice(0, 4)) + 1, 5, 30));
}
