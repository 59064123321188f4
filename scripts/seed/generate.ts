/**
 * Deterministic demo data set: one Ambito, two Milan schools, ~12 classes, ~250 pupils with a
 * migrant background and their logged records. Pure (no Firebase, no clock, no Math.random):
 * the same options always give the same output, byte for byte.
 *
 * The risk mix is built in: every pupil gets a latent profile (about 60% green, 27% amber,
 * 13% red) and the records are shaped so that the indicators of DOMAIN.md ("Early-warning
 * indicators") fire accordingly. Nationality never drives the profile.
 *
 * The generator lives in `./demo/` as small modules (calendar, countries and names, classes,
 * pupils, one module per record kind, accounts); this file is its public API. Domain modules
 * are imported file by file there: under `tsx` an ES module cannot take named imports through
 * the CommonJS barrel `functions/src/domain/index.ts` (its `export *` is not detected).
 */
export { codiceFiscale } from './demo/codice-fiscale';
export {
  DEFAULT_AS_OF,
  DEFAULT_PUPILS,
  DEFAULT_SEED,
  DEMO_DISTRICT_ID,
  DEMO_EMAIL_DOMAIN,
  DEMO_ORGANIZATION_IDS,
  DEMO_PASSWORD,
  DEMO_REGION_ID,
  DEMO_TEACHER_CLASS_IDS,
  DEMO_UIDS,
  PUPILS_PER_CLASS,
} from './demo/config';
export { generateDemo } from './demo/generate-demo';
export { mulberry32 } from './demo/prng';
export type { DemoAccount, DemoData, DemoRecord, GenerateOptions } from './demo/types';
