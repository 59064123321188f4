#!/usr/bin/env node
// Starts the official Firebase Emulator Suite (Auth, Firestore, Functions) the same way on a
// machine without internet and on a laptop with it.
//
// Offline, firebase-tools cannot download the Firestore emulator JAR, so we point it at the
// official JAR already on the machine (Debian package google-cloud-cli-firestore-emulator, or
// FIRESTORE_EMULATOR_JAR). That JAR has no Main-Class, and firebase-tools starts it with
// `java -jar`, so we generate a manifest-only wrapper JAR whose Class-Path is the real one.
// Online with no local JAR, nothing is set and firebase-tools downloads its own, as usual.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32 } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PROJECT_ID = process.env.FIREBASE_PROJECT_ID ?? 'demo-percorsi';
export const EMULATORS = 'auth,firestore,functions';
export const PORTS = { auth: 9099, firestore: 8080, functions: 5001, hub: 4400 };

const SYSTEM_FIRESTORE_JAR =
  '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';
const FIRESTORE_MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';
const MIN_JAVA = 11;

/** Java major version on PATH, or null when `java` is missing. */
function javaMajorVersion() {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (out.error) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${out.stderr}${out.stdout}`);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

/** Exits with one clear line when Java is missing or too old for the emulators. */
export function requireJava() {
  const major = javaMajorVersion();
  if (major === null) {
    console.error(
      'Java non trovato / Java not found: the Firestore emulator needs Java 17 (e.g. `apt-get install openjdk-17-jre-headless`, or https://adoptium.net).',
    );
    process.exit(1);
  }
  if (major < MIN_JAVA) {
    console.error(
      `Java ${major} è troppo vecchio / Java ${major} is too old: the Firebase emulators need Java 17 or newer (firebase-tools 13 runs on 17).`,
    );
    process.exit(1);
  }
}

/** Manifest lines may hold 72 bytes; longer values continue on lines that start with a space. */
function manifestLine(name, value) {
  const line = `${name}: ${value}`;
  const parts = [line.slice(0, 72)];
  for (let i = 72; i < line.length; i += 71) parts.push(` ${line.slice(i, i + 71)}`);
  return parts.join('\r\n');
}

/** A zip holding only META-INF/MANIFEST.MF (stored, not compressed). */
function manifestOnlyJar(manifest) {
  const name = Buffer.from('META-INF/MANIFEST.MF');
  const body = Buffer.from(manifest);
  const crc = crc32(body);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(body.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(body.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + body.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, body, central, name, end]);
}

/**
 * Environment for firebase-tools: FIRESTORE_EMULATOR_BINARY_PATH set to a wrapper around the
 * local official JAR when there is one; left alone when the caller already set it.
 */
export function emulatorEnv(baseEnv = process.env) {
  const env = { ...baseEnv };
  if (env.FIRESTORE_EMULATOR_BINARY_PATH) return env;
  const jar = env.FIRESTORE_EMULATOR_JAR ?? SYSTEM_FIRESTORE_JAR;
  if (!existsSync(jar)) {
    if (env.FIRESTORE_EMULATOR_JAR) {
      console.error(`FIRESTORE_EMULATOR_JAR points to a missing file: ${jar}`);
      process.exit(1);
    }
    return env; // online laptop: firebase-tools downloads its own emulator
  }
  const manifest = [
    'Manifest-Version: 1.0',
    manifestLine('Main-Class', FIRESTORE_MAIN_CLASS),
    manifestLine('Class-Path', pathToFileURL(resolve(jar)).href),
    '',
    '',
  ].join('\r\n');
  const wrapper = join(ROOT, '.cache', 'firestore-emulator-wrapper.jar');
  mkdirSync(dirname(wrapper), { recursive: true });
  writeFileSync(wrapper, manifestOnlyJar(manifest));
  env.FIRESTORE_EMULATOR_BINARY_PATH = wrapper;
  return env;
}

/** Spawns the project's firebase-tools with the emulator environment. */
export function firebase(args, options = {}) {
  requireJava();
  const bin = join(ROOT, 'node_modules', '.bin', 'firebase');
  return spawn(bin, [...args, '--project', PROJECT_ID], {
    cwd: ROOT,
    stdio: 'inherit',
    ...options,
    env: emulatorEnv({ ...process.env, ...options.env }),
  });
}

/** Resolves with the exit code of a child process. */
export function exitCode(child) {
  return new Promise((resolveCode) =>
    child.on('exit', (code, signal) => resolveCode(code ?? (signal ? 1 : 0))),
  );
}

// CLI: `node scripts/emulators.mjs start [firebase args]` or `... exec "<command>"`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [mode = 'start', ...rest] = process.argv.slice(2);
  const args =
    mode === 'exec'
      ? ['emulators:exec', '--only', EMULATORS, ...rest]
      : ['emulators:start', '--only', EMULATORS, ...rest];
  const child = firebase(args);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  process.exit(await exitCode(child));
}
