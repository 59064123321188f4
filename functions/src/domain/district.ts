import { z } from 'zod';
import { text } from './common';

/**
 * `districts/{districtId}`: an Ambito territoriale (Lombardy has 35). Its name is what the
 * school pickers show; its anonymised aggregates live below it (`paths.districtStats`).
 */
export const districtSchema = z.strictObject({
  name: text(200),
});
export type District = z.infer<typeof districtSchema>;
