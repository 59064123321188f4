import { z } from 'zod';
import { idSchema, schoolYearSchema, text } from './common';

export const TERM_SYSTEMS = ['quadrimestri', 'trimestri'] as const;

/**
 * Early-warning thresholds; defaults from DOMAIN.md. A head can change each per school.
 * Percentages are 0-100.
 */
export const riskThresholdsSchema = z.strictObject({
  absenceAmberPct: z.number().min(1).max(50),
  absenceRedProjectedPct: z.number().min(1).max(50),
  failingSubjectsAmber: z.number().int().min(1).max(10),
  failingSubjectsRed: z.number().int().min(1).max(10),
  meanMarkAmber: z.number().min(1).max(10),
  meanMarkRed: z.number().min(1).max(10),
  ritardoAmberYears: z.number().int().min(1).max(5),
  ritardoRedYears: z.number().int().min(1).max(5),
  l2BelowA2AmberMonths: z.number().int().min(1).max(48),
  l2A1RedMonths: z.number().int().min(1).max(48),
  l2NoProgressMonths: z.number().int().min(1).max(48),
  sessionGapWeeks: z.number().int().min(1).max(26),
});
export type RiskThresholds = z.infer<typeof riskThresholdsSchema>;

/** NAI span when a school has not chosen one (DOMAIN.md: 18-24 months, default 24). */
export const DEFAULT_NAI_MONTHS = 24;

export const DEFAULT_THRESHOLDS: RiskThresholds = {
  absenceAmberPct: 10,
  absenceRedProjectedPct: 20,
  failingSubjectsAmber: 2,
  failingSubjectsRed: 3,
  meanMarkAmber: 6,
  meanMarkRed: 5,
  ritardoAmberYears: 1,
  ritardoRedYears: 2,
  l2BelowA2AmberMonths: 12,
  l2A1RedMonths: 6,
  l2NoProgressMonths: 6,
  sessionGapWeeks: 4,
};

export const schoolSettingsSchema = z.strictObject({
  schoolYear: schoolYearSchema,
  termSystem: z.enum(TERM_SYSTEMS),
  /** Months since first entry in an Italian school during which a pupil counts as NAI. */
  naiMonths: z.number().int().min(12).max(36),
  thresholds: riskThresholdsSchema,
});
export type SchoolSettings = z.infer<typeof schoolSettingsSchema>;

export const SCHOOL_KINDS = ['IC', 'primaria', 'secondaria1', 'secondaria2', 'CPIA'] as const;

export const schoolSchema = z.strictObject({
  name: text(200),
  /** Codice meccanografico: 10 characters, e.g. MIIC8AB00X. */
  code: z.string().regex(/^[A-Z]{2}[A-Z0-9]{8}$/, { error: 'validation.codiceMeccanografico' }),
  kind: z.enum(SCHOOL_KINDS),
  city: text(100),
  districtId: idSchema,
  settings: schoolSettingsSchema,
});
export type School = z.infer<typeof schoolSchema>;

/** `createSchool`: the admin opens a school with its settings (see `defaultSchoolSettings`). */
export const createSchoolInputSchema = schoolSchema;
export type CreateSchoolInput = z.infer<typeof createSchoolInputSchema>;

/** `updateSchool`: the admin corrects a school's data, the same fields as on creation. */
export const updateSchoolInputSchema = z.strictObject({
  schoolId: idSchema,
  school: schoolSchema,
});
export type UpdateSchoolInput = z.infer<typeof updateSchoolInputSchema>;

/**
 * Settings a new school starts with: the school year of `today` (from September), quadrimestri
 * (the most common choice), 24 NAI months and the DOMAIN.md thresholds. The head changes them.
 */
export function defaultSchoolSettings(schoolYear: string): SchoolSettings {
  return {
    schoolYear,
    termSystem: 'quadrimestri',
    naiMonths: DEFAULT_NAI_MONTHS,
    thresholds: { ...DEFAULT_THRESHOLDS },
  };
}
