import { z } from 'zod';
import { idSchema, text } from './common';

/**
 * `districts/{districtId}`: an Ambito territoriale (Lombardy has 35). Its name is what the
 * school pickers show; its anonymised aggregates live below it (`paths.districtStats`).
 */
export const districtSchema = z.strictObject({
  name: text(200),
  /** The Region whose monitoring it reports to; documents without it belong to Lombardy. */
  regionId: idSchema.optional(),
});

/** The programme is Lombardy's: an Ambito that names no Region reports to it. */
export const DEFAULT_REGION_ID = 'lombardia';

export function regionOfDistrict(district: Pick<District, 'regionId'>): string {
  return district.regionId ?? DEFAULT_REGION_ID;
}
export type District = z.infer<typeof districtSchema>;
