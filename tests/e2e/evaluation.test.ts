import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CalibrationPoint,
  calibrationPaths,
  compareThresholds,
  evaluateFlags,
  parseEvaluationCsv,
  paths,
  prepareRows,
  thresholdCandidates,
} from '@domain';
import { adminDb, waitFor } from '../support/admin';
import { DEMO_PASSWORD, DEMO_UIDS, generateDemo } from '../../scripts/seed/generate';
import { browserForFile, openPage, signIn } from './browser';

// "Show the same figures in the app": the head scores the repo's synthetic past year in the
// browser and reads the figures `npm run risk:evaluate` prints for the same file and settings.

const CSV = 'tests/fixtures/risk-evaluation/synthetic-2025-26.csv';
const demo = generateDemo();
const head = demo.accounts.find((a) => a.uid === DEMO_UIDS.head);
if (!head) throw new Error('the demo has no head account');
const school = demo.schools.find((s) => s.id === head.schoolId);
if (!school) throw new Error("the demo has no head's school");

const percent = new Intl.NumberFormat('it-IT', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const asPercent = (ratio: number | null) => (ratio === null ? '—' : percent.format(ratio));

const browser = browserForFile();

describe('flag evaluation in the app', () => {
  it("shows the command line's figures for the synthetic year, with the school's settings", async () => {
    const parsed = parseEvaluationCsv(readFileSync(CSV, 'utf8'));
    expect(parsed.missingColumns).toEqual([]);
    const { settings } = school.data;
    const expected = evaluateFlags(parsed.rows, {
      naiMonths: settings.naiMonths,
      thresholds: settings.thresholds,
      termSystem: settings.termSystem,
    });

    const { page, errors } = await openPage(browser());
    await signIn(page, head.email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Verifica segnalazioni', exact: true }).click();
    await page
      .getByLabel('File CSV con le fotografie e gli esiti dello scorso anno')
      .setInputFiles(CSV);

    for (const [group, figures] of [
      ['Tutti gli alunni', expected.all],
      ['Alunni neo-arrivati (NAI)', expected.newlyArrived],
    ] as const) {
      const table = page.getByRole('table', { name: `Segnalazioni ed esiti – ${group}` });
      await table.waitFor({ timeout: 30_000 });
      for (const [band, rowName] of [
        ['red', /^Rosso \d/],
        ['redOrAmber', /^Rosso \+ Giallo /],
      ] as const) {
        const cells = await table
          .getByRole('row', { name: rowName })
          .getByRole('cell')
          .allInnerTexts();
        const b = figures[band];
        // Columns after the band: flagged, flagged who failed, sensitivity, specificity, precision.
        expect(cells.map((c) => c.trim())).toEqual([
          b.flagged.toLocaleString('it-IT'),
          b.truePositives.toLocaleString('it-IT'),
          asPercent(b.sensitivity),
          asPercent(b.specificity),
          asPercent(b.precision),
        ]);
      }
    }
    expect(errors).toEqual([]);
  });

  it('the head compares the single rules, picks a threshold set and saves it', async () => {
    const { rows } = parseEvaluationCsv(readFileSync(CSV, 'utf8'));
    const { settings } = school.data;
    const options = { naiMonths: settings.naiMonths, termSystem: settings.termSystem };
    const expected = evaluateFlags(rows, { ...options, thresholds: settings.thresholds });
    const points = compareThresholds(
      prepareRows(rows),
      thresholdCandidates(settings.thresholds),
      options,
    );
    // The page lists the current set first, then from the fewest pupils flagged (stable sort).
    const share = (p: CalibrationPoint) => p.flaggedShare ?? -1;
    const ordered = [...points].sort((a, b) =>
      a.id === 'current' ? -1 : b.id === 'current' ? 1 : share(a) - share(b),
    );
    const base = settings.thresholds;
    const index = ordered.findIndex(
      (p) =>
        p.thresholds.meanMarkAmber === base.meanMarkAmber - 0.25 &&
        p.thresholds.meanMarkRed === base.meanMarkRed &&
        p.thresholds.absenceRedProjectedPct === base.absenceRedProjectedPct,
    );
    const chosen = ordered[index];
    if (!chosen) throw new Error('no candidate a quarter mark below the current amber bar');

    const { page, errors } = await openPage(browser());
    await signIn(page, head.email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Verifica segnalazioni', exact: true }).click();
    await page
      .getByLabel('File CSV con le fotografie e gli esiti dello scorso anno')
      .setInputFiles(CSV);

    const baselines = page.getByRole('table', {
      name: 'Motore e regole singole sullo stesso file – Tutti gli alunni',
    });
    await baselines.waitFor({ timeout: 30_000 });
    const rule = expected.all.baselines.meanMarkBelow6;
    const cells = await baselines
      .getByRole('row', { name: /^Media sotto 6 / })
      .getByRole('cell')
      .allInnerTexts();
    expect(cells.map((c) => c.trim())).toEqual([
      asPercent(rule.flaggedShare),
      asPercent(rule.sensitivity),
      asPercent(rule.falseAlarmRate),
      asPercent(rule.specificity),
      asPercent(rule.precision),
    ]);

    const radio = page.getByRole('radio', { name: `Alternativa ${index}`, exact: true });
    await radio.waitFor({ timeout: 120_000 });
    // The design kit draws the radio in its label, which takes the click, as a person's would.
    await page.locator('label', { hasText: new RegExp(`^Alternativa ${index}$`) }).click();
    await expect.poll(() => radio.isChecked(), { timeout: 30_000 }).toBe(true);
    await page.getByRole('button', { name: 'Salva come soglie della scuola' }).click();
    await page
      .getByText('Soglie salvate: il rischio degli alunni della scuola viene ricalcolato.')
      .waitFor({ timeout: 30_000 });

    const last = page.getByRole('region', { name: 'Ultima taratura salvata' });
    await last.getByText(`Quota segnalati:${asPercent(chosen.flaggedShare)}`).waitFor();
    await expect(last.innerText()).resolves.toContain(`Salvata da:`);
    const saved = await adminDb
      .collection(calibrationPaths.calibrations(school.id))
      .orderBy('at', 'desc')
      .limit(1)
      .get();
    expect(saved.docs[0]?.get('thresholds')).toEqual(chosen.thresholds);
    expect(saved.docs[0]?.get('figures.sensitivity')).toBe(chosen.sensitivity);
    expect(errors).toEqual([]);
  }, 240_000);
});

// Later suites meet the demo as seeded: the school's thresholds go back (and it is recomputed).
afterAll(async () => {
  const ref = adminDb.doc(paths.school(school.id));
  await ref.update({ 'settings.thresholds': school.data.settings.thresholds });
  await waitFor(
    async () => (await ref.get()).get('settings.thresholds'),
    (t) => JSON.stringify(t) === JSON.stringify(school.data.settings.thresholds),
  );
});
