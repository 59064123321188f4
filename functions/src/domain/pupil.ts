import { z } from 'zod';
import {
  countryCodeSchema,
  dateSchema,
  idSchema,
  languageCodeSchema,
  monthsBetween,
  optionalText,
  pastDateSchema,
  text,
} from './common';

export const SEXES = ['F', 'M'] as const;
export const PLACEMENTS = ['byAge', 'oneYearLower', 'twoYearsLower'] as const;

/** Codice fiscale: 16 alphanumerics, or 11 digits when provisional (codice provvisorio). */
export const codiceFiscaleSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^([A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|\d{11})$/,
    {
      error: 'validation.codiceFiscale',
    },
  );

/** Fields a user types at intake; `pupilSchema` adds what the system keeps. */
export const pupilIntakeSchema = z
  .strictObject({
    firstName: text(80),
    lastName: text(80),
    birthDate: pastDateSchema,
    sex: z.enum(SEXES, { error: 'validation.invalidChoice' }),
    countryOfBirth: countryCodeSchema,
    citizenships: z.array(countryCodeSchema).min(1, { error: 'validation.atLeastOne' }).max(4),
    homeLanguages: z.array(languageCodeSchema).min(1, { error: 'validation.atLeastOne' }).max(5),
    /** Null for pupils born in Italy. */
    arrivalDate: pastDateSchema.nullable(),
    /** First entry into an Italian school; drives the NAI status. */
    firstItalianSchoolDate: pastDateSchema.nullable(),
    priorSchoolingYears: z.number({ error: 'validation.number' }).int().min(0).max(15),
    priorSchoolingInterrupted: z.boolean(),
    classId: idSchema,
    placement: z.enum(PLACEMENTS, { error: 'validation.invalidChoice' }),
    pdp: z.boolean(),
    pdpDate: dateSchema.nullable(),
    codiceFiscale: codiceFiscaleSchema,
    /** The school's own pupil code from its registro elettronico, if any. */
    schoolPupilCode: optionalText(40),
    notes: optionalText(2000),
  })
  .refine((p) => !p.pdp || p.pdpDate !== null, {
    error: 'validation.pdpDateRequired',
    path: ['pdpDate'],
  })
  .refine((p) => p.arrivalDate === null || p.arrivalDate >= p.birthDate, {
    error: 'validation.arrivalBeforeBirth',
    path: ['arrivalDate'],
  })
  .refine(
    (p) =>
      p.arrivalDate === null ||
      p.firstItalianSchoolDate === null ||
      p.firstItalianSchoolDate >= p.arrivalDate,
    { error: 'validation.firstSchoolBeforeArrival', path: ['firstItalianSchoolDate'] },
  );
export type PupilIntake = z.infer<typeof pupilIntakeSchema>;

export const pupilSchema = pupilIntakeSchema.safeExtend({
  schoolId: idSchema,
  /** Staff assigned to this pupil (L2 teachers, educators, mediators). */
  assignedUids: z.array(idSchema).max(20),
  createdBy: idSchema,
  createdAt: dateSchema,
  updatedAt: dateSchema,
});
export type Pupil = z.infer<typeof pupilSchema>;

/**
 * NAI (neo-arrivato in Italia): first Italian school entry less than `naiMonths` ago.
 * Derived, never typed.
 */
export function isNai(
  pupil: Pick<Pupil, 'firstItalianSchoolDate'>,
  asOf: Date,
  naiMonths: number,
): boolean {
  if (!pupil.firstItalianSchoolDate) return false;
  const months = monthsBetween(pupil.firstItalianSchoolDate, asOf);
  return months >= 0 && months < naiMonths;
}

/** Whole months a pupil has been in Italian school at `asOf`, or null if unknown. */
export function monthsInItalianSchool(
  pupil: Pick<Pupil, 'firstItalianSchoolDate'>,
  asOf: Date,
): number | null {
  return pupil.firstItalianSchoolDate ? monthsBetween(pupil.firstItalianSchoolDate, asOf) : null;
}
