// bench:lighthouse — Lighthouse performance and accessibility scores (0-100) plus LCP, TBT and
// CLS of the production build, for the sign-in page (/accedi), the teacher's pupil list (/alunni,
// their landing page) and the head's risk dashboard (/cruscotto), each with Lighthouse's mobile
// default (simulated slow 4G, 4x CPU slowdown) and its desktop preset. Runs inside `firebase emulators:exec`; the demo is seeded with the
// triggers paused and its risk and aggregates computed once (scripts/seed/seed-demo.ts), so no
// trigger keeps the CPU busy while Lighthouse measures. It uses the emulator ports and the
// preview port 4173: not while `npm start` or `npm test` runs.
// Each page and form factor is measured BENCH_LIGHTHOUSE_RUNS times (default 3); the run with
// the median performance score is reported, and its full report kept in
// bench-results/lighthouse-reports/<page>-<form factor>.json (what shifted, what blocked).
// BENCH_LIGHTHOUSE_PAGES=dashboard,pupils measures only those pages, BENCH_LIGHTHOUSE_FORM_FACTORS=mobile
// only that form factor. Builds into bench-results/,
// never touches dist/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import lighthouse, { type Config, type Flags, type Result, desktopConfig } from 'lighthouse';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { preview } from 'vite';
import { DEMO_PASSWORD, DEMO_UIDS, generateDemo } from '../seed/generate';
import { CHROMIUM_ARGS, requireChromium } from '../chromium';
import { seedDemo } from '../seed/seed-demo';
import { type Figure, ROOT, RESULTS_DIR, report, round } from './report';

const PREVIEW_URL = 'http://127.0.0.1:4173';
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
const OUT = join(RESULTS_DIR, 'lighthouse-dist');
const REPORTS = join(RESULTS_DIR, 'lighthouse-reports');
const projectId = process.env.GCLOUD_PROJECT ?? 'demo-percorsi';

// Lighthouse's CPU-idle poll (wait-for-condition.js, checkForQuiet) evaluates in the page from
// a bare setTimeout; when the tab navigates or closes meanwhile its rejection is unhandled and
// would end the process ("Inspected target navigated or closed", "Session closed"), though the
// audit itself finishes normally (GoogleChrome/lighthouse PR #16154, not merged). Only
// rejections raised from that poll are ignored.
process.on('unhandledRejection', (reason) => {
  if (reason instanceof Error && reason.stack?.includes('checkForQuiet')) {
    progress(`ignored Lighthouse CPU-idle poll rejection: ${reason.message}`);
    return;
  }
  console.error(reason);
  process.exit(1);
});

if (!process.env.FIRESTORE_EMULATOR_HOST || !process.env.FIREBASE_AUTH_EMULATOR_HOST) {
  throw new Error('the emulators are not running: use `npm run bench:lighthouse`');
}
const CHROMIUM = requireChromium();

// 1. The production build, served as `vite preview` serves it.
const build = spawnSync(
  join(ROOT, 'node_modules', '.bin', 'vite'),
  ['build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'],
  { cwd: ROOT, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
progress('built; seeding the demo');

// 2. The demo, then every pupil's risk and every aggregate (what the triggers would write).
const demo = generateDemo();
const app = initializeApp({ projectId });
await seedDemo(demo, { firestore: getFirestore(app), auth: getAuth(app) });
progress('demo seeded, risk and stats computed');

const server = await preview({
  configFile: join(ROOT, 'vite.config.ts'),
  build: { outDir: OUT },
  logLevel: 'warn',
});
const served = server.resolvedUrls?.local[0] ?? '';
if (!served.startsWith(PREVIEW_URL)) throw new Error(`preview at ${served}, not ${PREVIEW_URL}`);

type FormFactor = 'mobile' | 'desktop';
const FORM_FACTORS = (['mobile', 'desktop'] as const).filter(
  (f) =>
    !process.env.BENCH_LIGHTHOUSE_FORM_FACTORS ||
    process.env.BENCH_LIGHTHOUSE_FORM_FACTORS.includes(f),
);
const CONFIGS: Record<FormFactor, Config> = {
  mobile: { extends: 'lighthouse:default' },
  desktop: desktopConfig,
};

/** A measured page: signed out, or as the demo account whose landing page it is. */
interface PageToMeasure {
  name: string;
  path: string;
  account?: keyof typeof DEMO_UIDS;
  /** What the signed-in page shows once its data is there (the warm-up waits for it). */
  ready?: (page: Page) => Promise<void>;
}

const PAGES: PageToMeasure[] = [
  { name: 'signin', path: '/accedi' },
  {
    name: 'pupils',
    path: '/alunni',
    account: 'teacher',
    ready: (page) => page.getByRole('table').first().waitFor({ timeout: 30_000 }),
  },
  {
    name: 'dashboard',
    path: '/cruscotto',
    account: 'head',
    ready: (page) =>
      page.getByRole('table', { name: 'Distribuzione del rischio' }).waitFor({ timeout: 30_000 }),
  },
];
const only = process.env.BENCH_LIGHTHOUSE_PAGES?.split(',').filter(Boolean);
const selected = PAGES.filter((p) => !only || only.includes(p.name));

interface Measure {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  finalUrl: string;
  runWarnings: string[];
  failedA11yAudits: string[];
}

const figures: Figure[] = [];
const details: Record<string, unknown> = { runs: RUNS, chromium: '', lighthouse: '' };
mkdirSync(REPORTS, { recursive: true });

let failed = false;
try {
  details.chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
  // 3. Per page, one Chromium with a fresh profile that Playwright drives (sign-in) and
  // Lighthouse audits through the same DevTools port. A persistent context is Chromium's
  // default profile, so the tabs Lighthouse opens share the signed-in IndexedDB.
  for (const target of selected) {
    await withBrowser(async (context, port) => {
      if (target.account) await signIn(context, target);
      for (const formFactor of FORM_FACTORS) {
        await measurePage(context, port, target, formFactor);
      }
    });
  }
} catch (error) {
  // Keep the figures already measured and say what stopped the rest.
  failed = true;
  details.error = error instanceof Error ? error.message : String(error);
  console.error(error);
} finally {
  await server.close();
}

report('lighthouse', figures, details);
process.exit(failed ? 1 : 0);

async function withBrowser(
  work: (context: BrowserContext, port: number) => Promise<void>,
): Promise<void> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'percorsi-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'it-IT',
    args: [`--remote-debugging-port=${port}`, ...CHROMIUM_ARGS],
  });
  try {
    await work(context, port);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

function progress(message: string): void {
  console.error(`[bench:lighthouse] ${message}`);
}

/**
 * Runs Lighthouse RUNS times on one page and keeps the run with the median performance score.
 * Signed-in pages keep their storage (Lighthouse would otherwise sign the user out) but start
 * with an empty HTTP cache, like the sign-in page: both are cold loads of the bundle.
 */
async function measurePage(
  context: BrowserContext,
  port: number,
  target: PageToMeasure,
  formFactor: FormFactor,
): Promise<void> {
  const { path } = target;
  const signedIn = target.account !== undefined;
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    disableStorageReset: signedIn,
  };
  const runs: Measure[] = [];
  const reports: string[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    if (signedIn) await clearHttpCache(context);
    const result = await lighthouse(`${PREVIEW_URL}${path}`, flags, CONFIGS[formFactor]);
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const measure = measureOf(result.lhr);
    if (new URL(measure.finalUrl).pathname !== path) {
      throw new Error(`Lighthouse ended on ${measure.finalUrl}, not ${path} (signed out?)`);
    }
    details.lighthouse = result.lhr.lighthouseVersion;
    runs.push(measure);
    reports.push(typeof result.report === 'string' ? result.report : (result.report[0] ?? ''));
    progress(
      `${path} ${formFactor} run ${i + 1}/${RUNS}: performance ${measure.performance}, ` +
        `accessibility ${measure.accessibility}`,
    );
  }
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? sorted[0];
  if (!median) throw new Error('no Lighthouse run');
  const name = `${target.name}-${formFactor}`;
  writeFileSync(join(REPORTS, `${name}.json`), reports[runs.indexOf(median)] ?? '');
  figures.push(
    { name: `${name}-performance`, value: median.performance, unit: 'score' },
    { name: `${name}-accessibility`, value: median.accessibility, unit: 'score' },
    { name: `${name}-lcp`, value: median.lcpMs, unit: 'ms' },
    { name: `${name}-tbt`, value: median.tbtMs, unit: 'ms' },
    { name: `${name}-cls`, value: median.cls, unit: '' },
  );
  details[name] = { median, runs };
}

function measureOf(lhr: Result): Measure {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const a11yRefs = lhr.categories.accessibility?.auditRefs ?? [];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cls: round(numeric('cumulative-layout-shift'), 3),
    finalUrl: lhr.finalDisplayedUrl,
    runWarnings: lhr.runWarnings.map(String),
    failedA11yAudits: a11yRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
      .map((ref) => ref.id),
  };
}

/** The page's account signs in through the form, waits for its page, then leaves the app. */
async function signIn(browser: BrowserContext, target: PageToMeasure): Promise<void> {
  const account = demo.accounts.find((a) => target.account && a.uid === DEMO_UIDS[target.account]);
  if (!account) throw new Error(`the demo has no ${target.account ?? ''} account`);
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${PREVIEW_URL}/accedi`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.waitForURL(`**${target.path}`, { timeout: 30_000 });
  await target.ready?.(page);
  progress(`signed in as ${account.email}`);
  await page.goto('about:blank');
}

async function clearHttpCache(browser: BrowserContext): Promise<void> {
  const page = browser.pages()[0] ?? (await browser.newPage());
  const session = await browser.newCDPSession(page);
  await session.send('Network.clearBrowserCache');
  await session.detach();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port')),
      );
    });
  });
}
