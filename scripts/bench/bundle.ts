// bench:bundle — gzip size of the JavaScript the browser needs before the first page (the
// entry and its static imports) and of its stylesheet, the dashboard route's extra chunks (the
// route itself, then its data part loaded once the heading is painted, then the charts' code
// loaded when a chart nears the viewport), and all JS. Builds into
// bench-results/dist so that the e2e layer's dist/ is never touched.
//   tsx scripts/bench/bundle.ts
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, RESULTS_DIR, report } from './report';

const TARGET_KB = 180;
const OUT = join(RESULTS_DIR, 'dist');

type ManifestChunk = {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
};

const build = spawnSync(
  join(ROOT, 'node_modules', '.bin', 'vite'),
  ['build', '--outDir', OUT, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
  { cwd: ROOT, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const manifest = JSON.parse(readFileSync(join(OUT, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;
const gzipKb = (file: string) => gzipSync(readFileSync(join(OUT, file))).length / 1024;

/** A chunk's file and every file it imports statically (what loads with it). */
function closure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
if (!entry) throw new Error('no entry in the Vite manifest');
const initial = closure(entry);
const routeKey = (name: string) =>
  Object.keys(manifest).find((k) => k.endsWith(`app/routes/${name}.tsx`));
const extra = (name: string) => {
  const key = routeKey(name);
  return key ? [...closure(key)].filter((f) => !initial.has(f)) : [];
};
/** The route with the parts it imports on mount (its dynamic imports), beyond the first page. */
const withParts = (name: string) => {
  const key = routeKey(name);
  const files = new Set(extra(name));
  for (const part of (key && manifest[key]?.dynamicImports) || []) {
    for (const f of closure(part)) if (!initial.has(f)) files.add(f);
  }
  return [...files];
};
/** What a chart adds once drawn: the recharts module and what it imports, beyond `before`. */
const chartsBeyond = (before: string[]) => {
  const key = Object.keys(manifest).find((k) =>
    k.endsWith('dashboard/components/series-chart.tsx'),
  );
  return key ? [...closure(key)].filter((f) => !initial.has(f) && !before.includes(f)) : [];
};
const sum = (files: Iterable<string>) => [...files].reduce((kb, f) => kb + gzipKb(f), 0);
const allJs = readdirSync(join(OUT, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);

const initialKb = sum(initial);
const dashboardData = withParts('dashboard');
const round = (n: number) => Math.round(n * 10) / 10;
report(
  'bundle',
  [
    { name: 'initial-js-gzip', value: round(initialKb), unit: 'KB' },
    { name: 'initial-js-target', value: TARGET_KB, unit: 'KB' },
    { name: 'initial-js-within-target', value: initialKb <= TARGET_KB ? 'yes' : 'no', unit: '' },
    {
      name: 'initial-css-gzip',
      value: round(sum(entry ? (manifest[entry]?.css ?? []) : [])),
      unit: 'KB',
    },
    { name: 'dashboard-route-extra-js-gzip', value: round(sum(extra('dashboard'))), unit: 'KB' },
    { name: 'dashboard-data-extra-js-gzip', value: round(sum(dashboardData)), unit: 'KB' },
    {
      name: 'dashboard-charts-extra-js-gzip',
      value: round(sum(chartsBeyond(dashboardData))),
      unit: 'KB',
    },
    { name: 'district-route-extra-js-gzip', value: round(sum(extra('district'))), unit: 'KB' },
    { name: 'total-js-gzip', value: round(sum(allJs)), unit: 'KB' },
    { name: 'js-files', value: allJs.length, unit: 'files' },
  ],
  {
    initial: [...initial],
    dashboard: extra('dashboard'),
    dashboardData,
    dashboardCharts: chartsBeyond(dashboardData),
    district: extra('district'),
  },
);
