import { describe, expect, it } from 'vitest';
import { STATS_DOC_IDS, paths } from '@domain';
import { DEMO_PASSWORD, DEMO_UIDS, generateDemo } from '../../scripts/seed/generate';
import { adminDb, waitFor } from '../support/admin';
import { browserForFile, openPage, signIn } from './browser';

// The dashboards as a head and an Ambito coordinator meet them, on the seeded demo.

const demo = generateDemo();
const account = (uid: string) => {
  const found = demo.accounts.find((a) => a.uid === uid);
  if (!found) throw new Error(`the demo has no ${uid} account`);
  return found;
};
const head = account(DEMO_UIDS.head);
const district = account(DEMO_UIDS.district);
const SCHOOL = head.schoolId ?? '';

/**
 * The school's pupils as stored now: other e2e files change the demo (the orientation test
 * transfers a pupil to the other school, the import test adds some), in whatever order they run.
 */
async function schoolPupilCount(): Promise<number> {
  return (await adminDb.collection(paths.pupils(SCHOOL)).count().get()).data().count;
}

type Levels = { green: number; amber: number; red: number };

/** Reviewed-level counts straight from the pupils' risk documents (the source of truth). */
async function levelsFromRisk(): Promise<Levels & { pupils: number }> {
  const docs = await adminDb.collectionGroup('risk').where('schoolId', '==', SCHOOL).get();
  const levels = { green: 0, amber: 0, red: 0, pupils: docs.size };
  for (const d of docs.docs) levels[d.get('reviewedLevel') as keyof Levels] += 1;
  return levels;
}

/**
 * The seed's writes fire the functions; wait until the school's stats document counts every
 * pupil and agrees with the risk documents, at two reads in a row.
 */
async function settledSchoolLevels(): Promise<Levels> {
  const ref = adminDb.doc(`${paths.schoolStats(SCHOOL)}/${STATS_DOC_IDS.school}`);
  let last = '';
  let streak = 0;
  await waitFor(
    async () => {
      const [stats, risk, schoolPupils] = await Promise.all([
        ref.get(),
        levelsFromRisk(),
        schoolPupilCount(),
      ]);
      const stored = stats.get('stats.byReviewedLevel') as Levels | undefined;
      const key = JSON.stringify(stored);
      const agrees =
        risk.pupils === schoolPupils &&
        stats.get('stats.pupils') === schoolPupils &&
        stored?.red === risk.red &&
        stored.amber === risk.amber &&
        stored.green === risk.green;
      streak = agrees && key === last ? streak + 1 : agrees ? 1 : 0;
      last = key;
      if (streak < 2) await new Promise((r) => setTimeout(r, 1000));
      return streak;
    },
    (s) => s >= 2,
    100_000,
  );
  return (await ref.get()).get('stats.byReviewedLevel') as Levels;
}

const browser = browserForFile();

describe('head dashboard', () => {
  it('shows the seeded distribution and drills down to a class and a pupil', async () => {
    const levels = await settledSchoolLevels();
    expect(levels.red + levels.amber + levels.green).toBe(await schoolPupilCount());

    const { page, errors } = await openPage(browser());
    await signIn(page, head.email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Cruscotto', exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Cruscotto del rischio di dispersione' })
      .waitFor({ timeout: 20_000 });

    const distribution = page.getByRole('table', { name: 'Distribuzione del rischio' });
    for (const [level, label] of [
      ['red', 'Rosso'],
      ['amber', 'Giallo'],
      ['green', 'Verde'],
    ] as const) {
      const cells = distribution.getByRole('row', { name: new RegExp(label) }).getByRole('cell');
      // Columns: engine level, reviewed level.
      // The table may show before the school's stats arrive: wait for the settled count.
      await expect
        .poll(() => cells.nth(1).innerText(), { timeout: 20_000 })
        .toBe(String(levels[level]));
    }

    // A class bar (the chart is drawn when it scrolls into view) leads to that class: one of
    // the addresses the table alternative links to.
    const byClassSection = page.getByRole('region', { name: 'Rischio per classe' });
    const classHrefs = await byClassSection
      .getByRole('table', { name: 'Rischio per classe' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(classHrefs.length).toBeGreaterThan(0);
    for (const href of classHrefs) expect(href).toMatch(/^\/classi\/.+/);
    await byClassSection.scrollIntoViewIfNeeded();
    const bar = byClassSection.locator('.recharts-bar-rectangle path').filter({ visible: true });
    await bar.first().waitFor({ timeout: 20_000 });
    await bar.first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/classi/'), { timeout: 20_000 });
    expect(classHrefs).toContain(new URL(page.url()).pathname);

    await page.goBack();
    const toAct = page.getByRole('table', { name: 'Alunni su cui intervenire' });
    await toAct.waitFor({ timeout: 20_000 });
    const pupilLink = toAct.getByRole('link', { name: /\S+ \S+/ }).first();
    const pupilName = (await pupilLink.innerText()).trim();
    await pupilLink.click();
    await page.waitForURL('**/alunni/**');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 20_000 })
      .toBe(pupilName);
    expect(errors).toEqual([]);
  });
});

describe('Ambito dashboard', () => {
  it('shows the schools side by side and never a pupil', async () => {
    await settledSchoolLevels();
    const { page, errors } = await openPage(browser());
    await signIn(page, district.email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Ambito', exact: true }).click();
    const table = page.getByRole('table', { name: 'Scuole a confronto' });
    await table.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => table.locator('tbody tr').count(), { timeout: 20_000 })
      .toBe(demo.schools.length);
    for (const school of demo.schools) {
      expect(await table.getByRole('row', { name: new RegExp(school.data.name) }).count()).toBe(1);
    }
    // No drill-down below the school: no link inside the dashboard's tables.
    expect(await page.locator('main table a').count()).toBe(0);

    const pupil = demo.pupils[0];
    if (!pupil) throw new Error('no pupil in the demo');
    await page.goto(`/alunni/${pupil.id}`);
    await page
      .getByText("Non hai accesso a questo alunno o l'alunno non esiste.")
      .waitFor({ timeout: 15_000 });
    expect(await page.getByText(pupil.data.lastName).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
