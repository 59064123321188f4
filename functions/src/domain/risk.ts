import { z } from 'zod';
import { dateSchema } from './common';

export const RISK_LEVELS = ['green', 'amber', 'red'] as const;
export const riskLevelSchema = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof riskLevelSchema>;

export const riskFlagSchema = z.object({
  /** Stable code, e.g. "absences", "failingSubjects". */
  code: z.string(),
  level: z.enum(['amber', 'red']),
  evidence: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
  sentence: z.object({ it: z.string(), en: z.string() }),
});
export type RiskFlag = z.infer<typeof riskFlagSchema>;

export const protectiveSignalSchema = z.object({
  code: z.string(),
  sentence: z.object({ it: z.string(), en: z.string() }),
});
export type ProtectiveSignal = z.infer<typeof protectiveSignalSchema>;

/** `schools/{s}/pupils/{p}/risk/current`, written by functions only. */
export const riskAssessmentSchema = z.object({
  level: riskLevelSchema,
  score: z.number(),
  flags: z.array(riskFlagSchema),
  protective: z.array(protectiveSignalSchema),
  engineVersion: z.string(),
  computedAt: dateSchema,
  classId: z.string(),
});
export type RiskAssessment = z.infer<typeof riskAssessmentSchema>;
