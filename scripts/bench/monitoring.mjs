#!/usr/bin/env node
// bench:monitoring — starts the Auth and Firestore emulators (no Functions: the script computes
// the aggregates with the functions' own code) and runs the measurement. Under the lock:
//   flock /tmp/percorsi-emulators.lock node scripts/bench/monitoring.mjs
import { join } from 'node:path';
import { ROOT, exitCode, firebase } from '../emulators.mjs';

const args = process.argv.slice(2).join(' ');
const inner = `${join(ROOT, 'node_modules', '.bin', 'tsx')} scripts/bench/monitoring.ts ${args}`;
process.exit(await exitCode(firebase(['emulators:exec', '--only', 'auth,firestore', inner])));
