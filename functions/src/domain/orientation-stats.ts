/**
 * Orientation aggregates (issue 14): `schools/{s}/stats/orientation` for the head and the
 * referent (the steering check by name, recommendations by group next to each group's mean
 * mark) and `districts/{d}/stats/orientation` for the Ambito (the same by school, counts of 3
 * or fewer suppressed as in stats.ts). Pure.
 */
import { z } from 'zod';
import { dateSchema, idSchema, schoolYearSchema } from './common';
import { type CefrLevel, cefrLevelSchema } from './l2';
import { l2OverallLevel } from './l2-assessments';
import {
  type RecommendationGroup,
  type RecommendationRow,
  type SteeringBars,
  TRACKS,
  type Track,
  isSteeredLower,
  recommendationsByGroup,
} from './orientation';
import type { L2Assessment, TermRecord } from './records';
import { TRANSITION_STATUSES } from './transition';
import { SUPPRESSED, SUPPRESSION_MAX, suppressCount, suppressPartition } from './stats';

// ---------------------------------------------------------------------------------------------
// Aggregates: `schools/{s}/stats/orientation` (head, referent) and
// `districts/{d}/stats/orientation` (the Ambito: by school, small counts suppressed).
// ---------------------------------------------------------------------------------------------

/** Id of the orientation aggregates under `schools/{s}/stats` and `districts/{d}/stats`. */
export const ORIENTATION_STATS_ID = 'orientation';

const count = z.number().int().min(0);
const trackCountsSchema = z.strictObject({
  liceo: count,
  tecnico: count,
  professionale: count,
  iefp: count,
});
export type TrackCounts = z.infer<typeof trackCountsSchema>;

/** A pupil of the steering check, by name: for the school's head and referent only. */
export const steeredPupilSchema = z.object({
  pupilId: idSchema,
  name: z.string(),
  classId: idSchema,
  className: z.string(),
  recommendedTrack: z.enum(TRACKS),
  familyTrack: z.enum(TRACKS).nullable(),
  meanMark: z.number(),
  studyLevel: cefrLevelSchema.nullable(),
});
export type SteeredPupil = z.infer<typeof steeredPupilSchema>;

const groupCountsSchema = z.object({
  dimension: z.enum(['nai', 'italyBand', 'sex']),
  group: z.string(),
  pupils: count,
  byTrack: trackCountsSchema,
  meanMark: z.number().nullable(),
});
export type OrientationGroupCounts = z.infer<typeof groupCountsSchema>;

export const schoolOrientationStatsSchema = z.object({
  schoolId: idSchema,
  schoolName: z.string(),
  districtId: z.string().nullable(),
  schoolYear: schoolYearSchema,
  /** Pupils with a consiglio di orientamento this year. */
  pupils: count,
  /** Pupils with a skills review this year. */
  reviews: count,
  /** Pupils with at least the 30 module hours. */
  fullHours: count,
  byTrack: trackCountsSchema,
  familyChoiceKnown: count,
  familyFollowedAdvice: count,
  enrolledKnown: count,
  groups: z.array(groupCountsSchema),
  steered: z.array(steeredPupilSchema),
  /** Pupils who left this school for another of the network, by outcome. */
  transitions: z.record(z.enum(TRANSITION_STATUSES), count),
  computedAt: dateSchema,
});
export type SchoolOrientationStats = z.infer<typeof schoolOrientationStatsSchema>;

const suppressed = z.union([count, z.literal(SUPPRESSED)]);
const suppressedTracks = z.strictObject({
  liceo: suppressed,
  tecnico: suppressed,
  professionale: suppressed,
  iefp: suppressed,
});

export const districtOrientationStatsSchema = z.object({
  districtId: idSchema,
  schoolYear: schoolYearSchema,
  schools: z.array(
    z.object({
      schoolId: idSchema,
      name: z.string(),
      pupils: suppressed,
      byTrack: suppressedTracks,
      groups: z.array(
        z.object({
          dimension: z.enum(['nai', 'italyBand', 'sex']),
          group: z.string(),
          pupils: suppressed,
          byTrack: suppressedTracks,
          /** Null when the group is suppressed or has no marks. */
          meanMark: z.number().nullable(),
        }),
      ),
      steered: suppressed,
      leftSchool: suppressed,
    }),
  ),
  /** Pupils of the Ambito's schools no longer enrolled anywhere in the network. */
  leftSchool: suppressed,
  computedAt: dateSchema,
});
export type DistrictOrientationStats = z.infer<typeof districtOrientationStatsSchema>;

/** What the aggregate reads about one pupil with a consiglio this year. */
export interface OrientationStatsRow extends RecommendationRow {
  pupilId: string;
  name: string;
  classId: string;
  className: string;
  familyTrack: Track | null;
  enrolledTrack: Track | null;
  enrolledSchool: string;
  studyLevel: CefrLevel | null;
}

function trackCounts(rows: readonly { recommendedTrack: Track }[]): TrackCounts {
  const out: TrackCounts = { liceo: 0, tecnico: 0, professionale: 0, iefp: 0 };
  for (const r of rows) out[r.recommendedTrack] += 1;
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The school's orientation aggregate: counts by track and group (with each group's mean mark),
 * and the steering check's pupils by name, highest mean mark first.
 */
export function buildSchoolOrientationStats(input: {
  school: { id: string; name: string; districtId: string | null };
  schoolYear: string;
  rows: readonly OrientationStatsRow[];
  reviews: number;
  fullHours: number;
  transitions: Record<(typeof TRANSITION_STATUSES)[number], number>;
  bars?: SteeringBars;
  computedAt: Date;
}): SchoolOrientationStats {
  const { rows } = input;
  const groups = recommendationsByGroup(rows).map((g) => {
    const members = rows.filter((r) => groupKey(g.dimension, r) === g.group);
    return {
      dimension: g.dimension,
      group: g.group,
      pupils: g.pupils,
      byTrack: trackCounts(members),
      meanMark: g.meanMark === null ? null : round2(g.meanMark),
    };
  });
  const steered = rows
    .filter((r) => isSteeredLower(r, input.bars))
    .map((r) => ({
      pupilId: r.pupilId,
      name: r.name,
      classId: r.classId,
      className: r.className,
      recommendedTrack: r.recommendedTrack,
      familyTrack: r.familyTrack,
      meanMark: round2(r.meanMark ?? 0),
      studyLevel: r.studyLevel,
    }))
    .sort((a, b) => b.meanMark - a.meanMark || a.name.localeCompare(b.name, 'it'));
  const chosen = rows.filter((r) => r.familyTrack !== null);
  return {
    schoolId: input.school.id,
    schoolName: input.school.name,
    districtId: input.school.districtId,
    schoolYear: input.schoolYear,
    pupils: rows.length,
    reviews: input.reviews,
    fullHours: input.fullHours,
    byTrack: trackCounts(rows),
    familyChoiceKnown: chosen.length,
    familyFollowedAdvice: chosen.filter((r) => r.familyTrack === r.recommendedTrack).length,
    enrolledKnown: rows.filter((r) => r.enrolledTrack !== null || r.enrolledSchool !== '').length,
    groups,
    steered,
    transitions: input.transitions,
    computedAt: input.computedAt,
  };
}

function groupKey(dimension: RecommendationGroup['dimension'], r: RecommendationRow): string {
  if (dimension === 'nai') return r.nai ? 'nai' : 'notNai';
  return dimension === 'italyBand' ? r.italyBand : r.sex;
}

function suppressTracks(t: TrackCounts, totalShown: boolean) {
  return suppressPartition(t, totalShown);
}

/**
 * The Ambito's view: each school's counts by track and group with counts of 3 or fewer
 * suppressed (and a group's mean mark only when the group is shown), the steering check and
 * the pupils who left school as counts. No names, no pupil ids.
 */
export function buildDistrictOrientationStats(input: {
  districtId: string;
  schoolYear: string;
  schools: readonly SchoolOrientationStats[];
  computedAt: Date;
}): DistrictOrientationStats {
  const schools = [...input.schools]
    .sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'it'))
    .map((s) => {
      const shown = s.pupils > SUPPRESSION_MAX;
      return {
        schoolId: s.schoolId,
        name: s.schoolName,
        pupils: suppressCount(s.pupils),
        byTrack: suppressTracks(s.byTrack, shown),
        groups: s.groups.map((g) => ({
          dimension: g.dimension,
          group: g.group,
          pupils: suppressCount(g.pupils),
          byTrack: suppressTracks(g.byTrack, g.pupils > SUPPRESSION_MAX),
          meanMark: g.pupils > SUPPRESSION_MAX ? g.meanMark : null,
        })),
        steered: suppressCount(s.steered.length),
        leftSchool: suppressCount(s.transitions.leftSchool ?? 0),
      };
    });
  const left = input.schools.reduce((sum, s) => sum + (s.transitions.leftSchool ?? 0), 0);
  return {
    districtId: input.districtId,
    schoolYear: input.schoolYear,
    schools,
    leftSchool: suppressCount(left),
    computedAt: input.computedAt,
  };
}

/** Mean of the numeric marks of the pupil's latest term record (giudizi left out); null if none. */
export function latestMeanMark(
  records: readonly Pick<TermRecord, 'schoolYear' | 'term' | 'marks'>[],
): number | null {
  const latest = [...records].sort(
    (a, b) => b.schoolYear.localeCompare(a.schoolYear) || b.term - a.term,
  )[0];
  if (!latest) return null;
  const values = Object.values(latest.marks).flatMap((m) =>
    m && m.kind === 'numeric' ? [m.value] : [],
  );
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Overall level of the latest italiano per lo studio assessment; null when never tested. */
export function latestStudyLevel(
  assessments: readonly Pick<L2Assessment, 'date' | 'domain' | 'levels'>[],
): CefrLevel | null {
  const latest = assessments
    .filter((a) => a.domain === 'study')
    .sort((a, b) => b.date.getTime() - a.date.getTime())[0];
  return latest ? l2OverallLevel(latest) : null;
}
