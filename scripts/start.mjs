#!/usr/bin/env node
// `npm start`: builds the functions, starts the Auth, Firestore and Functions emulators (data
// kept in .emulator-data across restarts), seeds the demo when the emulators are empty, starts
// the web app, and prints the URL and the demo accounts. Ctrl-C stops all and saves the data.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EMULATORS, PORTS, PROJECT_ID, ROOT, exitCode, firebase } from './emulators.mjs';

const DATA_DIR = join(ROOT, '.emulator-data');
const LOG_FILE = join(ROOT, '.cache', 'emulators.log');
const WEB_URL = 'http://127.0.0.1:5173';
const started = Date.now();
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

const emulatorHosts = {
  FIRESTORE_EMULATOR_HOST: `127.0.0.1:${PORTS.firestore}`,
  FIREBASE_AUTH_EMULATOR_HOST: `127.0.0.1:${PORTS.auth}`,
  GCLOUD_PROJECT: PROJECT_ID,
  FIREBASE_EMULATOR_HUB: `127.0.0.1:${PORTS.hub}`,
};

console.log('▶ Compilo le Cloud Functions / building Cloud Functions…');
if (
  (await exitCode(
    spawn('npm', ['run', 'build:functions', '--silent'], { cwd: ROOT, stdio: 'inherit' }),
  )) !== 0
) {
  process.exit(1);
}

console.log(`▶ Avvio gli emulatori Firebase / starting the emulators (log: ${LOG_FILE})…`);
mkdirSync(join(ROOT, '.cache'), { recursive: true });
const log = createWriteStream(LOG_FILE);
const importArgs = existsSync(DATA_DIR) ? ['--import', DATA_DIR] : [];
const emulators = firebase(
  ['emulators:start', '--only', EMULATORS, ...importArgs, '--export-on-exit', DATA_DIR],
  { stdio: ['ignore', 'pipe', 'pipe'] },
);
emulators.stderr.pipe(log);
const ready = new Promise((resolveReady, rejectReady) => {
  let buffer = '';
  emulators.stdout.on('data', (chunk) => {
    log.write(chunk);
    buffer += chunk.toString();
    if (buffer.includes('All emulators ready')) resolveReady();
    if (/Error:/.test(buffer) && !buffer.includes('All emulators ready')) {
      rejectReady(new Error(buffer.slice(buffer.indexOf('Error:')).split('\n')[0]));
    }
  });
  emulators.on('exit', (code) => rejectReady(new Error(`emulators exited with code ${code}`)));
});
try {
  await ready;
} catch (error) {
  console.error(`Gli emulatori non sono partiti / the emulators did not start: ${error.message}`);
  console.error(`See ${LOG_FILE}`);
  process.exit(1);
}
console.log(`✔ Emulatori pronti / emulators ready (${elapsed()})`);

const seed = spawn(bin('tsx'), ['scripts/seed/cli.ts', '--if-empty'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, ...emulatorHosts },
});
if ((await exitCode(seed)) !== 0) {
  console.error('Seed non riuscito / seeding failed.');
  emulators.kill('SIGINT');
  process.exit(1);
}

const web = spawn(bin('vite'), ['--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
await waitForHttp(WEB_URL, 60_000);
console.log(`\n✔ Percorsi è pronto in ${elapsed()}: ${WEB_URL}`);
console.log('  Premi Ctrl-C per fermare (i dati restano in .emulator-data) / Ctrl-C to stop.\n');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('\n▶ Arresto e salvo i dati / stopping and exporting data…');
    web.kill('SIGTERM');
    emulators.kill('SIGINT');
    await exitCode(emulators);
    process.exit(0);
  });
}
await Promise.race([exitCode(web), exitCode(emulators)]);
if (!stopping) {
  console.error('Un processo si è fermato / a process stopped: see the log above and', LOG_FILE);
  web.kill('SIGTERM');
  emulators.kill('SIGINT');
  await exitCode(emulators);
  process.exit(1);
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
