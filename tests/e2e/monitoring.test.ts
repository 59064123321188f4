import { describe, expect, it } from 'vitest';
import { paths, quarterKeyOf } from '@domain';
import {
  DEMO_DISTRICT_ID,
  DEMO_PASSWORD,
  DEMO_UIDS,
  generateDemo,
} from '../../scripts/seed/generate';
import { DEMO_OTHER_AMBITI } from '../../scripts/seed/monitoring';
import { adminDb } from '../support/admin';
import { signedInClient } from '../support/client';
import { browserForFile, openPage, signIn } from './browser';

// Programme monitoring on the seeded demo: the Ambito coordinator freezes a quarter and downloads
// its figures; the Region sees the demo Ambito beside the others and never reaches a pupil.

const demo = generateDemo();
const account = (uid: string) => {
  const found = demo.accounts.find((a) => a.uid === uid);
  if (!found) throw new Error(`the demo has no ${uid} account`);
  return found;
};
const district = account(DEMO_UIDS.district);
const region = account(DEMO_UIDS.region);
const QUARTER = quarterKeyOf(demo.meta.asOf);
const demoAmbito = demo.districts[0]!;
const browser = browserForFile();

describe('Ambito coordinator', () => {
  it('freezes a quarter and downloads its CSV', async () => {
    const { page, errors } = await openPage(browser());
    await signIn(page, district.email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Monitoraggio', exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Monitoraggio del programma' })
      .waitFor({ timeout: 20_000 });
    await page.getByLabel('Periodo').selectOption(QUARTER);
    const table = page.getByRole('table', { name: /^Indicatori – / });
    await table.waitFor({ timeout: 20_000 });
    expect(await table.getByRole('row', { name: /Alunni raggiunti: italiano L2/ }).count()).toBe(1);

    const freeze = page.getByRole('button', { name: 'Congela il report del periodo' });
    if (await freeze.isVisible()) await freeze.click();
    await page
      .getByText(/Il report di questo periodo è già congelato/)
      .waitFor({ timeout: 30_000 });
    const report = await adminDb.doc(`${paths.districtReports(DEMO_DISTRICT_ID)}/${QUARTER}`).get();
    expect(report.get('frozenBy')).toBe(DEMO_UIDS.district);
    expect(report.get('scope')).toBe('district');
    await page.getByTestId(`report-${QUARTER}`).waitFor({ timeout: 20_000 });

    // The CSV as the browser is handed it: the file name of the link and the blob's text.
    await page.evaluate(() => {
      const w = window as unknown as { savedCsv?: { name: string; text: string } };
      const create = URL.createObjectURL.bind(URL);
      const blobs = new Map<string, Blob>();
      URL.createObjectURL = (blob: Blob) => {
        const url = create(blob);
        blobs.set(url, blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
        const blob = blobs.get(this.href);
        if (blob) void blob.text().then((text) => (w.savedCsv = { name: this.download, text }));
      };
    });
    await page
      .getByRole('button', { name: /^Esporta CSV/ })
      .first()
      .click();
    const saved = await page.waitForFunction(
      () => (window as unknown as { savedCsv?: { name: string; text: string } }).savedCsv,
      undefined,
      { timeout: 15_000 },
    );
    const { name, text: csv } = (await saved.jsonValue()) as { name: string; text: string };
    expect(name).toBe(`monitoraggio-${DEMO_DISTRICT_ID}-${QUARTER}.csv`);
    expect(csv).toContain('Alunni raggiunti: italiano L2');
    expect(csv).toContain('Famiglie raggiunte con un mediatore');
    expect(errors).toEqual([]);
  });
});

describe('Region', () => {
  it('sees the demo Ambito beside the others and cannot reach a pupil', async () => {
    const { page, errors } = await openPage(browser());
    await signIn(page, region.email, DEMO_PASSWORD);
    await page
      .getByRole('heading', { level: 1, name: 'Monitoraggio regionale' })
      .waitFor({ timeout: 20_000 });
    await page.getByLabel('Periodo').selectOption(QUARTER);
    const ambiti = page.getByRole('table', { name: /^Ambiti della Regione/ });
    await ambiti.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => ambiti.locator('tbody tr').count(), { timeout: 20_000 })
      .toBe(1 + DEMO_OTHER_AMBITI.length);
    for (const name of [demoAmbito.name, ...DEMO_OTHER_AMBITI.map((a) => a.name)]) {
      expect(await ambiti.getByRole('row', { name: new RegExp(name) }).count()).toBe(1);
    }

    // Drill-down: the demo Ambito's schools, aggregates only, and nothing to open below them.
    await ambiti.getByRole('button', { name: `Apri ${demoAmbito.name}` }).click();
    const schools = page.getByRole('table', { name: /^Scuole dell'Ambito/ });
    await schools.waitFor({ timeout: 20_000 });
    for (const school of demo.schools) {
      expect(await schools.getByRole('row', { name: new RegExp(school.data.name) }).count()).toBe(
        1,
      );
    }
    expect(await schools.locator('tbody a, tbody button').count()).toBe(0);

    // A pupil's page shows no pupil data, and the rules deny the read itself.
    const pupil = demo.pupils[0]!;
    await page.goto(`/alunni/${pupil.id}`);
    await page
      .getByText("Non hai accesso a questo alunno o l'alunno non esiste.")
      .waitFor({ timeout: 15_000 });
    expect(await page.getByText(pupil.data.lastName).count()).toBe(0);
    const client = await signedInClient(region.email, DEMO_PASSWORD);
    try {
      const { doc, getDoc } = await import('firebase/firestore');
      await expect(
        getDoc(doc(client.db, paths.pupil(pupil.schoolId, pupil.id))),
      ).rejects.toMatchObject({ code: 'permission-denied' });
    } finally {
      await client.close();
    }
    expect(errors).toEqual([]);
  });
});
