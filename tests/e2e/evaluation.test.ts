import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateFlags, parseEvaluationCsv } from '@domain';
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
});
