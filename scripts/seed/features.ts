/**
 * Demo documents of the features built after the core seed (services directory, referrals,
 * orientation, programme monitoring): each feature generates its own from the core demo in
 * `scripts/seed/<feature>.ts` and is listed here once. They are written after the pupils and
 * their records, with the background triggers still paused (see seed-demo.ts): a feature whose
 * figures a trigger would compute computes them in `seedDemo` itself.
 */
import type { DocumentData } from 'firebase-admin/firestore';
import type { DemoData } from './generate';
import { serviceDocuments } from './services';
import { monitoringDocuments } from './monitoring';
import { orientationDocuments } from './orientation';
import { referralDocuments } from './referrals';

/** One document to write: its full path and its data (domain values, Dates included). */
export interface SeedDocument {
  path: string;
  data: DocumentData;
}

/** Every feature's generator, deterministic in the core demo (same input, same documents). */
const FEATURE_GENERATORS: readonly ((demo: DemoData) => SeedDocument[])[] = [
  serviceDocuments,
  monitoringDocuments,
  orientationDocuments,
  referralDocuments,
];

export function featureDocuments(demo: DemoData): SeedDocument[] {
  return FEATURE_GENERATORS.flatMap((generate) => generate(demo));
}
