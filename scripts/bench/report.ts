import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Shared by every `bench:<name>` script.

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS_DIR = join(ROOT, 'bench-results');

export interface Figure {
  name: string;
  value: number | string;
  unit: string;
}

/** Prints `<figure>: <value> <unit>` lines and writes bench-results/<bench>.json. */
export function report(
  bench: string,
  figures: Figure[],
  details: Record<string, unknown> = {},
): void {
  for (const f of figures) console.log(`${f.name}: ${f.value}${f.unit ? ` ${f.unit}` : ''}`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    join(RESULTS_DIR, `${bench}.json`),
    `${JSON.stringify({ bench, at: new Date().toISOString(), figures, ...details }, null, 2)}\n`,
  );
}

/** The q-quantile (0..1) of the values, nearest-rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export const round = (v: number, digits = 1) => Number(v.toFixed(digits));
