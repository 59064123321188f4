import { z } from 'zod';
import { idSchema, schoolYearSchema, text } from './common';

export const SCHOOL_LEVELS = [
  'infanzia',
  'primaria',
  'secondaria1',
  'secondaria2',
  'cpia',
] as const;
export const schoolLevelSchema = z.enum(SCHOOL_LEVELS);
export type SchoolLevel = z.infer<typeof schoolLevelSchema>;

/** Number of class years per level (infanzia sezioni counted as 3). */
export const YEARS_PER_LEVEL: Record<SchoolLevel, number> = {
  infanzia: 3,
  primaria: 5,
  secondaria1: 3,
  secondaria2: 5,
  cpia: 2,
};

/** Age (on 31 December of the school year's first calendar year) expected in year 1. */
export const FIRST_YEAR_AGE: Record<SchoolLevel, number> = {
  infanzia: 3,
  primaria: 6,
  secondaria1: 11,
  secondaria2: 14,
  cpia: 16,
};

export const schoolClassSchema = z
  .strictObject({
    /** Display name, year + section: "2B". */
    name: text(10),
    level: schoolLevelSchema,
    year: z.number().int().min(1).max(5),
    section: z.string().regex(/^[A-Z]{1,3}$/),
    /** Plesso (site) name. */
    site: text(100),
    schoolYear: schoolYearSchema,
    teacherUids: z.array(idSchema).max(40),
    coordinatorUid: idSchema.nullable(),
    /** Maintained by a Cloud Function; clients never write it. */
    pupilCount: z.number().int().min(0).optional(),
  })
  .refine((c) => c.year <= YEARS_PER_LEVEL[c.level], {
    error: 'validation.classYear',
    path: ['year'],
  });
export type SchoolClass = z.infer<typeof schoolClassSchema>;

/**
 * Years of *ritardo*: how many class years a pupil is behind the class expected for their
 * birth year. Born in 2015 -> 1st primaria in 2021/22; in 2025/26 expected 5th primaria.
 */
export function yearsBehind(
  birthDate: Date,
  schoolYear: string,
  level: SchoolLevel,
  classYear: number,
): number {
  const startYear = Number(schoolYear.slice(0, 4));
  const ageAtEndOfStartYear = startYear - birthDate.getUTCFullYear();
  const expectedIndex = ageAtEndOfStartYear - 6; // 0 = 1st primaria
  const offsets: Record<SchoolLevel, number> = {
    infanzia: -3,
    primaria: 0,
    secondaria1: 5,
    secondaria2: 8,
    cpia: 8,
  };
  const actualIndex = offsets[level] + classYear - 1;
  return Math.max(0, expectedIndex - actualIndex);
}
