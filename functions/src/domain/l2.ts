import { z } from 'zod';

/** CEFR (QCER) levels in order, with the half-steps seen in schools. */
export const CEFR_LEVELS = ['PreA1', 'A1', 'A2', 'A2+', 'B1', 'B1+', 'B2', 'C1', 'C2'] as const;
export const cefrLevelSchema = z.enum(CEFR_LEVELS, { error: 'validation.invalidChoice' });
export type CefrLevel = z.infer<typeof cefrLevelSchema>;

export const L2_SKILLS = ['ascolto', 'lettura', 'parlato', 'interazione', 'scrittura'] as const;
export type L2Skill = (typeof L2_SKILLS)[number];

/** Rank of a level for comparisons: PreA1 = 0. */
export function cefrRank(level: CefrLevel): number {
  return CEFR_LEVELS.indexOf(level);
}

/** Label as schools write it: "Pre-A1". */
export function cefrLabel(level: CefrLevel): string {
  return level === 'PreA1' ? 'Pre-A1' : level;
}
