#!/usr/bin/env node
// bench:dashboard-reads — starts the Auth and Firestore emulators (no Functions: the script
// computes the aggregates with the same code as the admin command) and runs the measurement.
// The emulator ports are shared: run it under the lock,
//   flock /tmp/percorsi-emulators.lock node scripts/bench/dashboard-reads.mjs [--sizes 250,1000,5000]
import { join } from 'node:path';
import { ROOT, exitCode, firebase } from '../emulators.mjs';

const args = process.argv.slice(2).join(' ');
const inner = `${join(ROOT, 'node_modules', '.bin', 'tsx')} scripts/bench/dashboard-reads.ts ${args}`;
process.exit(await exitCode(firebase(['emulators:exec', '--only', 'auth,firestore', inner])));
