import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_UIDS, generateDemo } from '../../scripts/seed/generate';
import { browserForFile, openPage, signIn } from './browser';

// WCAG 2.1 AA (Legge Stanca): axe-core on the main pages, no serious or critical violation.
// axe-core (a devDependency) is injected into each page from node_modules.
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const demo = generateDemo();
const emailOf = (uid: string) => demo.accounts.find((a) => a.uid === uid)?.email ?? '';

const browser = browserForFile();

describe('accessibility (axe-core)', () => {
  it('sign-in page', async () => {
    const { page } = await openPage(browser());
    await page.goto('/accedi');
    await page.getByRole('button', { name: 'Accedi' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('head: pupils list, dashboard and a pupil page', async () => {
    const { page } = await openPage(browser());
    await signIn(page, emailOf(DEMO_UIDS.head), DEMO_PASSWORD);
    // The head lands on the dashboard; the pupils list is one click away.
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
    await page.goto('/alunni');
    await page.getByRole('heading', { level: 1, name: 'I miei alunni' }).waitFor();
    await page.getByRole('table').waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/cruscotto');
    await page
      .getByRole('table', { name: 'Distribuzione del rischio' })
      .waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);

    const pupil = demo.pupils.find((p) => p.schoolId === 'ic-manzoni');
    await page.goto(`/alunni/${pupil?.id ?? ''}`);
    await page.getByText('Profilo e percorso').first().waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('district: Ambito dashboard', async () => {
    const { page } = await openPage(browser());
    await signIn(page, emailOf(DEMO_UIDS.district), DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto('/ambito');
    await page.getByRole('table', { name: 'Scuole a confronto' }).waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
