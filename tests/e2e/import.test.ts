import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '@domain';
import { DEMO_PASSWORD, DEMO_UIDS, generateDemo } from '../../scripts/seed/generate';
import { adminDb } from '../support/admin';
import { launchBrowser, openPage, signIn } from './browser';

// The referent imports the registro's pupil export (Windows-1252, ";"), then the term results
// (UTF-8, ","): only the valid rows go in, and importing the same files again changes nothing.

const demo = generateDemo();
const referent = demo.accounts.find((a) => a.uid === DEMO_UIDS.referent);
if (!referent?.schoolId) throw new Error('the demo has no referent');
const SCHOOL = referent.schoolId;
const FIXTURES = join(process.cwd(), 'tests/fixtures/csv');
/** The valid rows of pupils-windows-1252.csv (lines 2, 3, 4 and 10). */
const IMPORTED_CF = [
  'KHLFTM13D45Z330Q',
  'CLKMGU12S50Z243X',
  'PPSNDR13B15F205W',
  'SNCJSO12H10Z614Y',
];

let browser: Browser;
let page: Page;

async function pupilsByCf() {
  const snapshot = await adminDb
    .collection(paths.pupils(SCHOOL))
    .where('codiceFiscale', 'in', IMPORTED_CF)
    .get();
  return snapshot.docs;
}

async function termRecordsOf(pupilIds: string[]) {
  const all = await Promise.all(
    pupilIds.map((id) => adminDb.collection(paths.records(SCHOOL, id, 'termRecords')).get()),
  );
  return all.flatMap((s) => s.docs);
}

async function upload(
  kind: 'Anagrafica alunni' | 'Esiti di periodo (voti, assenze)',
  file: string,
) {
  // Bootstrap Italia draws the label over the radio: click the label, as a user does.
  await page.locator('label', { hasText: kind }).click();
  await page.getByLabel('File CSV').setInputFiles(join(FIXTURES, file));
}

async function importValid(count: number) {
  await page.getByRole('button', { name: `Importa solo le righe valide (${count})` }).click();
  await page.getByRole('heading', { name: 'Importazione completata' }).waitFor({ timeout: 30_000 });
  return (await page.getByTestId('import-summary').innerText()).split('\n').map((s) => s.trim());
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser));
  await signIn(page, referent.email, DEMO_PASSWORD);
});

afterAll(async () => {
  // Leave the demo as other e2e files expect it: the imported pupils and their records go.
  const docs = await pupilsByCf();
  for (const record of await termRecordsOf(docs.map((d) => d.id))) await record.ref.delete();
  for (const pupil of docs) await pupil.ref.delete();
  await browser?.close();
});

describe('CSV import (referent)', () => {
  it('previews the pupil file with errors per line and imports only the valid rows', async () => {
    expect(await pupilsByCf()).toHaveLength(0);
    const before = (await adminDb.collection(paths.pupils(SCHOOL)).count().get()).data().count;
    await page.goto('/importa');
    await upload('Anagrafica alunni', 'pupils-windows-1252.csv');
    await page.getByText('9 righe lette · codifica Windows-1252 · separatore «;»').waitFor();
    await page.getByText('4 righe valide, 5 righe con errori su 9.').waitFor({ timeout: 20_000 });
    const errorRow = (line: number) => page.locator(`tr[data-line="${line}"]`);
    expect(await errorRow(5).innerText()).toContain('Questo giorno non esiste nel calendario');
    expect(await errorRow(6).innerText()).toContain('Classe «9Z» non trovata');
    expect(await errorRow(7).innerText()).toContain('Alunno ripetuto nel file (righe 7, 8)');
    expect(await errorRow(9).innerText()).toContain('Codice fiscale non valido');

    const summary = await importValid(4);
    expect(summary).toEqual([
      'Creati: 4',
      'Aggiornati: 0',
      'Già presenti e invariati: 0',
      'Non riusciti: 0',
      'Righe con errori non importate: 5',
    ]);
    const docs = await pupilsByCf();
    expect(docs.map((d) => d.get('codiceFiscale')).sort()).toEqual([...IMPORTED_CF].sort());
    const celik = docs.find((d) => d.get('codiceFiscale') === 'CLKMGU12S50Z243X');
    expect(celik?.get('lastName')).toBe('Çelik');
    expect(celik?.get('classId')).toBe('1a-sec1');
    expect((await adminDb.collection(paths.pupils(SCHOOL)).count().get()).data().count).toBe(
      before + 4,
    );
  });

  it('importing the same pupil file again creates and changes nothing', async () => {
    const before = await pupilsByCf();
    const stamps = new Map(before.map((d) => [d.id, d.updateTime.toMillis()]));
    const count = (await adminDb.collection(paths.pupils(SCHOOL)).count().get()).data().count;
    await page.getByRole('button', { name: 'Importa un altro file' }).click();
    await upload('Anagrafica alunni', 'pupils-windows-1252.csv');
    await page.getByText('4 righe valide, 5 righe con errori su 9.').waitFor({ timeout: 20_000 });
    expect(await importValid(4)).toEqual([
      'Creati: 0',
      'Aggiornati: 0',
      'Già presenti e invariati: 4',
      'Non riusciti: 0',
      'Righe con errori non importate: 5',
    ]);
    const after = await pupilsByCf();
    expect(after).toHaveLength(4);
    expect(new Map(after.map((d) => [d.id, d.updateTime.toMillis()]))).toEqual(stamps);
    expect((await adminDb.collection(paths.pupils(SCHOOL)).count().get()).data().count).toBe(count);
  });

  it('imports term results at deterministic ids, and a second import writes nothing', async () => {
    const pupils = await pupilsByCf();
    const idOf = (cf: string) => pupils.find((d) => d.get('codiceFiscale') === cf)?.id ?? '';
    await page.getByRole('button', { name: 'Importa un altro file' }).click();
    await upload('Esiti di periodo (voti, assenze)', 'term-records-utf8.csv');
    await page.getByText('7 righe lette · codifica UTF-8 · separatore «,»').waitFor();
    await page.getByText('2 righe valide, 5 righe con errori su 7.').waitFor({ timeout: 20_000 });
    expect(await page.locator('tr[data-line="4"]').innerText()).toContain(
      'Il voto deve essere tra 1 e 10',
    );
    expect((await importValid(2))[0]).toBe('Creati: 2');

    const records = await termRecordsOf(pupils.map((d) => d.id));
    expect(records.map((r) => r.ref.path).sort()).toEqual(
      [
        `${paths.records(SCHOOL, idOf('CLKMGU12S50Z243X'), 'termRecords')}/2026-27-t1`,
        `${paths.records(SCHOOL, idOf('SNCJSO12H10Z614Y'), 'termRecords')}/2026-27-t2`,
      ].sort(),
    );
    const celik = records.find((r) => r.id === '2026-27-t1');
    expect(celik?.get('marks.italiano')).toEqual({ kind: 'numeric', value: 5.75, raw: '6-' });
    const stamps = records.map((r) => r.updateTime.toMillis());

    await page.getByRole('button', { name: 'Importa un altro file' }).click();
    await upload('Esiti di periodo (voti, assenze)', 'term-records-utf8.csv');
    await page.getByText('2 righe valide, 5 righe con errori su 7.').waitFor({ timeout: 20_000 });
    expect((await importValid(2)).slice(0, 3)).toEqual([
      'Creati: 0',
      'Aggiornati: 0',
      'Già presenti e invariati: 2',
    ]);
    const again = await termRecordsOf(pupils.map((d) => d.id));
    expect(again.map((r) => r.updateTime.toMillis())).toEqual(stamps);
  });
});
