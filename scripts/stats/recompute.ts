// Rebuilds every dashboard aggregate from scratch in the running emulators.
//   tsx scripts/stats/recompute.ts [--risk]
// --risk first recomputes every pupil's risk/current (older documents carry no summary).
// Refuses to run against anything but the emulators, like the seed.
import { parseArgs } from 'node:util';
import { initializeApp } from 'firebase-admin/app';

const { values } = parseArgs({ options: { risk: { type: 'boolean', default: false } } });

if (!process.env.FIRESTORE_EMULATOR_HOST) {
  console.error('stats:recompute: FIRESTORE_EMULATOR_HOST must be set (emulators only).');
  process.exit(1);
}

// The functions' Admin app is "the first app", so it must exist before their modules load.
initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? 'demo-percorsi' });
const { recomputeAllStats } = await import('../../functions/src/stats/recompute-stats');

const started = Date.now();
const done = await recomputeAllStats({ risk: values.risk });
console.log(
  `✔ Statistiche ricalcolate / stats recomputed: ${done.schools} scuole, ${done.classes} classi, ` +
    `${done.districts} ambiti in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(0);
