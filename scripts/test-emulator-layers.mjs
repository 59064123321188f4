#!/usr/bin/env node
// Runs inside `firebase emulators:exec` (which sets FIRESTORE_EMULATOR_HOST and
// FIREBASE_AUTH_EMULATOR_HOST): the emulator layers one after another, so they never race on
// the same emulator, then saves the rules coverage report.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, exitCode } from './emulators.mjs';
import { RESULTS_DIR, RULES_PROJECT_ID, vitestArgs } from './test-config.mjs';

const layers = process.argv.slice(2);
let status = 0;
for (const layer of layers) {
  console.log(`\n▶ ${layer} tests (emulators)`);
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'vitest'), vitestArgs(layer), {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if ((await exitCode(child)) !== 0) status = 1;
  if (layer === 'rules') await saveRuleCoverage();
}
process.exit(status);

async function saveRuleCoverage() {
  const host = process.env.FIRESTORE_EMULATOR_HOST ?? '127.0.0.1:8080';
  const base = `http://${host}/emulator/v1/projects/${RULES_PROJECT_ID}:ruleCoverage`;
  try {
    for (const [suffix, file] of [
      ['.html', 'rules-coverage.html'],
      ['', 'rules-coverage.json'],
    ]) {
      const response = await fetch(`${base}${suffix}`);
      writeFileSync(join(RESULTS_DIR, file), await response.text());
    }
    console.log('Rules coverage report: test-results/rules-coverage.html');
  } catch (error) {
    console.error(`Could not save the rules coverage report: ${error}`);
  }
}
