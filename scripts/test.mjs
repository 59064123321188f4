#!/usr/bin/env node
// `npm test`: every layer, in order. Static checks and the layers that need no emulator run
// first; the emulator layers run inside one `firebase emulators:exec` (real Auth, Firestore and
// Functions emulators). Prints a count per layer and a closing "N passed, N failed" line.
//   node scripts/test.mjs               all layers
//   node scripts/test.mjs unit rules    only these layers (static, unit, web, rules, functions, e2e)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EMULATORS, ROOT, exitCode, firebase } from './emulators.mjs';
import { RESULTS_DIR as RESULTS, vitestArgs } from './test-config.mjs';

const ALL = ['static', 'unit', 'web', 'rules', 'functions', 'e2e'];
const EMULATOR_LAYERS = ['rules', 'functions', 'e2e'];
const requested = process.argv.slice(2).filter((a) => ALL.includes(a));
const layers = requested.length > 0 ? requested : ALL;

function run(command, args, env = {}) {
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return exitCode(child);
}

const npx = (args, env) => run(join(ROOT, 'node_modules', '.bin', args[0]), args.slice(1), env);

const started = Date.now();
const failures = [];
const staticResults = [];
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

if (layers.includes('static')) {
  for (const [name, args] of [
    ['typecheck (web, tests)', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
    ['typecheck (functions)', ['tsc', '-p', 'functions/tsconfig.json', '--noEmit']],
    ['lint', ['eslint', '.', '--max-warnings', '0']],
    ['format', ['prettier', '--check', '.', '--log-level', 'warn']],
  ]) {
    console.log(`\n▶ ${name}`);
    const code = await npx(args);
    staticResults.push({ name, ok: code === 0 });
    if (code !== 0) failures.push(name);
  }
}

for (const layer of ['unit', 'web'].filter((l) => layers.includes(l))) {
  console.log(`\n▶ ${layer} tests`);
  if ((await npx(['vitest', ...vitestArgs(layer)])) !== 0) failures.push(layer);
}

const emulatorLayers = EMULATOR_LAYERS.filter((l) => layers.includes(l));
if (emulatorLayers.length > 0) {
  console.log('\n▶ build functions');
  if ((await run('npm', ['run', 'build:functions', '--silent'])) !== 0) failures.push('build');
  if (emulatorLayers.includes('e2e')) {
    console.log('\n▶ build web');
    if ((await npx(['vite', 'build', '--logLevel', 'warn'])) !== 0) failures.push('build:web');
  }
  console.log(`\n▶ emulator layers: ${emulatorLayers.join(', ')}`);
  const inner = `node scripts/test-emulator-layers.mjs ${emulatorLayers.join(' ')}`;
  const child = firebase(['emulators:exec', '--only', EMULATORS, inner]);
  if ((await exitCode(child)) !== 0) failures.push('emulator layers');
}

// ---- summary ------------------------------------------------------------------------------
let passed = 0;
let failed = 0;
console.log('\nSummary');
for (const s of staticResults) console.log(`  ${s.name.padEnd(24)} ${s.ok ? 'ok' : 'FAILED'}`);
for (const layer of layers.filter((l) => l !== 'static')) {
  const file = join(RESULTS, `${layer}.json`);
  if (!existsSync(file)) {
    console.log(`  ${layer.padEnd(24)} no report (did not run)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(
    `  ${layer.padEnd(24)} ${report.numPassedTests} passed, ${report.numFailedTests} failed` +
      (skipped ? `, ${skipped} skipped` : ''),
  );
  if (report.numTotalTests === 0) failures.push(`${layer} (no tests)`);
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`  total time               ${seconds} s`);
if (failures.length > 0) console.log(`  failed steps: ${failures.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 || failed > 0 ? 1 : 0);
