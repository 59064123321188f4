import { z } from 'zod';
import { idSchema, text } from './common';
import { riskThresholdsSchema } from './school';

/**
 * Calibration of the school's thresholds: a head compares threshold sets on last year's file
 * (scored in the browser, see `compareThresholds`) and saves one as the school's. The file never
 * leaves the browser, so what is stored is the chosen set and the figures it reached.
 */

/** `schools/{s}/calibrations`: one document per saved set, written by `saveThresholds` only. */
export const calibrationPaths = {
  calibrations: (schoolId: string) => `schools/${schoolId}/calibrations`,
  calibration: (schoolId: string, calibrationId: string) =>
    `schools/${schoolId}/calibrations/${calibrationId}`,
} as const;

const share = z.number().min(0).max(1).nullable();
const pupilCount = z.number().int().min(0).max(1_000_000);

/** What a threshold set reached on the file: a `CalibrationPoint` plus the file's size. */
export const calibrationFiguresSchema = z.strictObject({
  pupils: pupilCount,
  failures: pupilCount,
  flaggedShare: share,
  sensitivity: share,
  specificity: share,
  redPrecision: share,
  greenFailureRate: share,
});
export type CalibrationFigures = z.infer<typeof calibrationFiguresSchema>;

/** Input of the `saveThresholds` callable. */
export const saveThresholdsInputSchema = z.strictObject({
  schoolId: idSchema,
  thresholds: riskThresholdsSchema,
  figures: calibrationFiguresSchema,
  /** Rows of the file that were scored (the skipped ones are not counted). */
  fileRows: z.number().int().min(1).max(1_000_000),
});
export type SaveThresholdsInput = z.infer<typeof saveThresholdsInputSchema>;

/** A saved calibration, as `saveThresholds` writes it and the page reads it. */
export const calibrationSchema = z.strictObject({
  thresholds: riskThresholdsSchema,
  /** Null when the stored thresholds could not be read (they are replaced all the same). */
  previousThresholds: riskThresholdsSchema.nullable(),
  figures: calibrationFiguresSchema,
  fileRows: z.number().int().min(1).max(1_000_000),
  byUid: idSchema,
  byName: text(200),
  at: z.date(),
  engineVersion: text(20),
});
export type Calibration = z.infer<typeof calibrationSchema>;
