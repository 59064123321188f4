import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_UIDS, generateDemo } from '../../scripts/seed/generate';
import { browserForFile, openPage, signIn } from './browser';

// The first thin path, as a teacher walks it: sign in, see my pupils, open one.

const demo = generateDemo();
const teacher = demo.accounts.find((a) => a.uid === DEMO_UIDS.teacher);
if (!teacher) throw new Error('the demo has no teacher account');
const teacherClassIds = new Set(
  demo.classes
    .filter(
      (c) =>
        c.schoolId === teacher.schoolId &&
        (c.data.teacherUids.includes(teacher.uid) || c.data.coordinatorUid === teacher.uid),
    )
    .map((c) => c.id),
);
const fullName = (p: (typeof demo.pupils)[number]) => `${p.data.lastName} ${p.data.firstName}`;
const mine = demo.pupils.filter(
  (p) => p.schoolId === teacher.schoolId && teacherClassIds.has(p.data.classId),
);
const notMine = demo.pupils.filter((p) => !mine.includes(p));

const browser = browserForFile();

describe('teacher', () => {
  it('sees exactly the pupils of their own classes and opens one', async () => {
    expect(mine.length).toBeGreaterThan(10);
    const { page, errors } = await openPage(browser());
    await signIn(page, teacher.email, DEMO_PASSWORD);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'I miei alunni' }).count())
      .toBe(1);
    const table = page.getByRole('table');
    await expect
      .poll(() => table.locator('tbody tr').count(), { timeout: 20_000 })
      .toBe(mine.length);

    const shown = await table.locator('tbody tr th[scope=row] a').allInnerTexts();
    expect(new Set(shown.map((s) => s.trim()))).toEqual(new Set(mine.map(fullName)));
    const otherNames = new Set(notMine.map(fullName));
    const mineNames = new Set(mine.map(fullName));
    // Names may repeat across classes; none shown may belong only to another class.
    expect(shown.filter((s) => otherNames.has(s.trim()) && !mineNames.has(s.trim()))).toEqual([]);

    const first = mine[0];
    if (!first) throw new Error('no pupil');
    await page
      .getByRole('link', { name: fullName(first), exact: true })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 15_000 })
      .toBe(fullName(first));
    await expect.poll(() => page.getByText('Profilo e percorso').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('is told they have no access when opening a pupil of another class by URL', async () => {
    const other = notMine.find((p) => p.schoolId === teacher.schoolId);
    if (!other) throw new Error('the demo has no pupil outside the teacher classes');
    const { page } = await openPage(browser());
    await signIn(page, teacher.email, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'I miei alunni' }).waitFor();
    await page.goto(`/alunni/${other.id}`);
    await page
      .getByText("Non hai accesso a questo alunno o l'alunno non esiste.")
      .waitFor({ timeout: 15_000 });
    expect(await page.getByText(fullName(other)).count()).toBe(0);
  });
});

describe('sign-out on a shared computer', () => {
  it('returns to the sign-in page and leaves no pupil data in the browser', async () => {
    const pupil = mine[0];
    if (!pupil) throw new Error('no pupil');
    const { page, errors } = await openPage(browser());
    await signIn(page, teacher.email, DEMO_PASSWORD);
    const table = page.getByRole('table');
    await expect
      .poll(() => table.locator('tbody tr').count(), { timeout: 20_000 })
      .toBe(mine.length);
    // Firestore keeps its offline cache in IndexedDB under a name with the project id.
    const firestoreDatabases = () =>
      page.evaluate(async () =>
        (await indexedDB.databases())
          .map((d) => d.name ?? '')
          .filter((name) => name.startsWith('firestore/')),
      );
    expect(await firestoreDatabases()).not.toEqual([]);

    await page.getByRole('button', { name: 'Esci' }).click();
    await page.waitForURL('**/accedi', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Accedi' }).waitFor();
    await expect.poll(firestoreDatabases, { timeout: 10_000 }).toEqual([]);
    // Back on a pupil's address, the app asks to sign in again instead of showing the pupil.
    await page.goto(`/alunni/${pupil.id}`);
    await page.waitForURL('**/accedi**', { timeout: 20_000 });
    expect(await page.getByText(fullName(pupil)).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('sign-in and errors', () => {
  it('a wrong password shows a clear Italian error', async () => {
    const { page } = await openPage(browser());
    await signIn(page, teacher.email, 'password-sbagliata', { expectFailure: true });
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toContain('Email o password non corretti.');
    expect(page.url()).toContain('/accedi');
  });

  it('an unknown address shows a page, never a blank one', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto('/questa-pagina-non-esiste');
    await page.getByRole('heading', { name: 'Pagina non trovata' }).waitFor();
    expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  });
});
