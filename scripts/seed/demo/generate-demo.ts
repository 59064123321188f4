/** Entry point of the demo generator: pupils, their records, schools, classes, accounts. */
import { schoolYearOf } from '../../../functions/src/domain/common';
import { ACCOUNT_SPECS, demoAccounts } from './accounts';
import { copy, schoolStart, startYearOf, utc } from './calendar';
import { apportion, planClasses, type SchoolId, STAFF } from './classes';
import { DEFAULT_AS_OF, DEFAULT_PUPILS, DEFAULT_SEED } from './config';
import type { Ctx, Draft, Profile } from './draft';
import { familyMeetings } from './family-meetings';
import { interventions } from './interventions';
import { l2Records } from './l2-records';
import { peerEducationInterventions, peerSessions } from './peer-sessions';
import { hashSeed, Rng } from './prng';
import { pupilDocument } from './pupil-document';
import { makeDraft } from './pupils';
import { demoClasses, demoDistricts, demoSchools } from './schools';
import { termRecords } from './term-records';
import { tutoring } from './tutoring';
import type { DemoData, GenerateOptions } from './types';

export function generateDemo(options: GenerateOptions = {}): DemoData {
  const total = Math.max(1, Math.floor(options.pupils ?? DEFAULT_PUPILS));
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const asOfIn = options.asOf ?? new Date(DEFAULT_AS_OF);
  const asOf = utc(asOfIn.getUTCFullYear(), asOfIn.getUTCMonth() + 1, asOfIn.getUTCDate());
  const schoolYear = schoolYearOf(asOf);
  const startYear = startYearOf(schoolYear);
  const ctx: Ctx = { asOf, schoolYear, startYear, termStart: schoolStart(startYear) };
  if (ctx.termStart > asOf) ctx.termStart = utc(startYear, 9, 1);
  const main = new Rng(hashSeed(seed, 'main'));

  // Classes and how many pupils each holds.
  const plans = planClasses(total);
  const counts = apportion(
    total,
    plans.map((c) => c.weight),
  );

  // Exact risk mix, shuffled.
  const nRed = Math.round(total * 0.13);
  const nAmber = Math.round(total * 0.27);
  const profiles: Profile[] = main.shuffle([
    ...Array.from({ length: nRed }, (): Profile => 'red'),
    ...Array.from({ length: nAmber }, (): Profile => 'amber'),
    ...Array.from({ length: total - nRed - nAmber }, (): Profile => 'green'),
  ]);

  const pad = Math.max(4, String(total).length);
  const perSchool: Record<SchoolId, number> = { 'ic-manzoni': 0, 'iis-volta': 0 };
  const drafts: Draft[] = [];
  let global = 0;
  plans.forEach((cls, ci) => {
    const n = counts[ci] ?? 0;
    for (let k = 0; k < n; k++) {
      perSchool[cls.schoolId] += 1;
      const index = perSchool[cls.schoolId];
      const id = `${STAFF[cls.schoolId].shortId}-${String(index).padStart(pad, '0')}`;
      const rng = new Rng(hashSeed(seed, 'pupil', global));
      const profile = profiles[global] ?? 'green';
      drafts.push(makeDraft(rng, ctx, cls, profile, index, id));
      global++;
    }
  });

  // Records.
  const accountName = new Map(ACCOUNT_SPECS.map((a) => [a.uid, a.displayName]));
  const assessorName = (uid: string) => accountName.get(uid) ?? 'Docente L2';
  for (const d of drafts) {
    const rng = new Rng(hashSeed(seed, 'records', d.cls.schoolId, d.id));
    l2Records(rng, d, ctx, assessorName);
    termRecords(rng, d, ctx);
    familyMeetings(rng, d, ctx);
    tutoring(rng, d, ctx);
    interventions(rng, d, ctx);
  }
  const pairs = peerSessions(new Rng(hashSeed(seed, 'peer')), drafts, ctx);
  peerEducationInterventions(pairs, asOf);

  return {
    meta: { seed, asOf: copy(asOf), schoolYear },
    districts: demoDistricts(),
    schools: demoSchools(schoolYear),
    classes: demoClasses(plans, schoolYear),
    pupils: drafts.map(pupilDocument),
    records: drafts.flatMap((d) => d.records),
    accounts: demoAccounts(drafts, plans),
  };
}
