import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ROLES, paths, type Role } from '@domain';
import { DEMO_DISTRICT_ID, DEMO_PASSWORD, generateDemo } from '../../scripts/seed/generate';
import { adminAuth, adminDb, waitFor } from '../support/admin';
import { browserForFile, openPage, signIn } from './browser';

// Each role's day starts on its own page: every demo role signs in and lands there, with no
// console warning or error and no failed request on the way. Then the admin opens a school and
// appoints its head, and a class coordinator prints a pupil's sheet.

const demo = generateDemo();
const browser = browserForFile();

/** Where each role lands, and the page's h1 that says it arrived. */
const LANDING: Record<Role, { path: string; heading: string }> = {
  teacher: { path: '/alunni', heading: 'I miei alunni' },
  l2teacher: { path: '/alunni', heading: 'I miei alunni' },
  educator: { path: '/alunni', heading: 'I miei alunni' },
  mediator: { path: '/alunni', heading: 'I miei alunni' },
  coordinator: { path: '/da-rivedere', heading: 'Da rivedere' },
  referent: { path: '/da-rivedere', heading: 'Da rivedere' },
  head: { path: '/cruscotto', heading: 'Cruscotto del rischio di dispersione' },
  district: { path: '/ambito', heading: "Cruscotto dell'Ambito" },
  operator: { path: '/servizi/invii', heading: 'Invii ricevuti' },
  region: { path: '/regione', heading: 'Monitoraggio regionale' },
  admin: { path: '/scuole', heading: 'Scuole' },
};

/** Console warnings and errors, failed requests and HTTP errors of one page. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('requestfailed', (request) => {
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

function accountOf(role: Role) {
  const account = demo.accounts.find((a) => a.role === role);
  if (!account) throw new Error(`the demo has no ${role} account`);
  return account;
}

describe('landing page per role', () => {
  it.each(ROLES)('a %s lands on their page, with nothing failing', async (role) => {
    const { page, errors } = await openPage(browser());
    const problems = watchProblems(page);
    await signIn(page, accountOf(role).email, DEMO_PASSWORD);
    const landing = LANDING[role];
    await page.waitForURL((url) => url.pathname === landing.path, { timeout: 30_000 });
    await page
      .getByRole('heading', { level: 1, name: landing.heading })
      .waitFor({ timeout: 30_000 });
    // "/" (the brand link) leads to the same page.
    await page.getByRole('link', { name: /^Percorsi/ }).click();
    await page.waitForURL((url) => url.pathname === landing.path, { timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: landing.heading }).waitFor();
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the admin opens a school', () => {
  const suffix = Date.now().toString(36).toUpperCase().slice(-7).padStart(7, '0');
  const code = `MIE${suffix}`;
  const name = `IC E2E ${suffix}`;
  const headEmail = `dirigente.${suffix.toLowerCase()}@example.it`;

  afterAll(async () => {
    const schools = await adminDb.collection(paths.schools()).where('code', '==', code).get();
    for (const school of schools.docs) await adminDb.recursiveDelete(school.ref);
    const user = await adminAuth.getUserByEmail(headEmail).catch(() => null);
    if (user) {
      await adminDb.doc(paths.user(user.uid)).delete();
      await adminAuth.deleteUser(user.uid);
    }
  });

  it('creates it with its Ambito picked from the list, then appoints its head', async () => {
    const { page, errors } = await openPage(browser());
    const problems = watchProblems(page);
    await signIn(page, accountOf('admin').email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Scuole' }).waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: 'Scuole del programma' }).waitFor();

    await page.getByRole('button', { name: 'Nuova scuola' }).click();
    await page.getByLabel(/Nome della scuola/).fill(name);
    await page.getByLabel(/Codice meccanografico/).fill('MI12');
    await page.getByLabel(/Tipo di scuola/).selectOption('IC');
    await page.getByLabel(/Comune/).fill('Milano');
    const ambito = page.getByLabel(/Ambito territoriale/);
    await expect.poll(() => ambito.isEnabled()).toBe(true);
    await ambito.selectOption(DEMO_DISTRICT_ID);
    await page.getByRole('button', { name: 'Salva la scuola' }).click();
    await page
      .getByText('Codice meccanografico non valido (10 caratteri, es. MIIC8AB00X)')
      .waitFor();

    await page.getByLabel(/Codice meccanografico/).fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Salva la scuola' }).click();
    await page.getByText(`Scuola «${name}» creata. Ora nomina il suo dirigente.`).waitFor({
      timeout: 30_000,
    });
    await page.getByRole('row', { name: new RegExp(name) }).waitFor();

    await page.getByRole('heading', { name: `Nomina il dirigente di ${name}` }).waitFor();
    await page.getByLabel(/Nome e cognome/).fill('Carla Neri');
    await page.getByLabel(/Email istituzionale/).fill(headEmail);
    await page.getByRole('button', { name: "Invia l'invito" }).click();
    await page
      .getByText(`Invito inviato a ${headEmail}: sarà dirigente di ${name}`)
      .waitFor({ timeout: 30_000 });

    const schools = await adminDb.collection(paths.schools()).where('code', '==', code).get();
    expect(schools.docs).toHaveLength(1);
    const school = schools.docs[0]!;
    expect(school.get('districtId')).toBe(DEMO_DISTRICT_ID);
    expect(school.get('settings.naiMonths')).toBe(24);
    const user = await adminAuth.getUserByEmail(headEmail);
    expect(user.customClaims).toMatchObject({ role: 'head', schoolId: school.id });
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the pupil sheet', () => {
  it('a class coordinator opens it from the pupil page and prints it on one page', async () => {
    const coordinator = accountOf('coordinator');
    const classId = demo.classes.find(
      (c) => c.schoolId === coordinator.schoolId && c.data.coordinatorUid === coordinator.uid,
    )?.id;
    const pupil = demo.pupils.find(
      (p) => p.schoolId === coordinator.schoolId && p.data.classId === classId,
    );
    if (!pupil || !coordinator.schoolId) throw new Error('the demo coordinator has no pupil');
    // Assessed by the seed; the sheet shows its flags.
    await waitFor(
      () => adminDb.doc(paths.riskCurrent(coordinator.schoolId!, pupil.id)).get(),
      (s) => s.exists,
      60_000,
    );
    const exportsBefore = await adminDb
      .collection(paths.auditLog())
      .where('pupilId', '==', pupil.id)
      .where('action', '==', 'pupilExported')
      .get();

    const { page, errors } = await openPage(browser());
    const problems = watchProblems(page);
    await signIn(page, coordinator.email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Da rivedere' }).waitFor({ timeout: 30_000 });
    // Within the app (a full page load would abort Firestore's open channel, a failed request).
    await page
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: 'I miei alunni' })
      .click();
    await page
      .getByRole('link', { name: `${pupil.data.lastName} ${pupil.data.firstName}`, exact: true })
      .first()
      .click({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Scheda alunno' }).click({ timeout: 30_000 });
    await page.waitForURL((url) => url.pathname === `/alunni/${pupil.id}/scheda`);
    const title = `Scheda alunno: ${pupil.data.lastName} ${pupil.data.firstName}`;
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });

    await page.evaluate(() => {
      const w = window as Window & { printCalls?: number };
      w.printCalls = 0;
      w.print = () => {
        w.printCalls = (w.printCalls ?? 0) + 1;
      };
    });
    await page.getByRole('button', { name: 'Stampa' }).click();
    expect(await page.evaluate(() => (window as Window & { printCalls?: number }).printCalls)).toBe(
      1,
    );

    await page.emulateMedia({ media: 'print' });
    for (const heading of [
      'Profilo',
      'Italiano L2 per abilità',
      'Voti e assenze per periodo',
      'Livello e segnalazioni',
      'Interventi',
      'Cose da fare',
    ]) {
      expect(await page.getByRole('heading', { level: 2, name: heading }).isVisible()).toBe(true);
    }
    // On paper only the sheet: no header, menu, footer or buttons.
    expect(await page.locator('.it-header-wrapper').isVisible()).toBe(false);
    expect(await page.locator('.it-footer').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Stampa' }).isVisible()).toBe(false);
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    const sheetHeight = await page
      .locator('.pupil-sheet')
      .evaluate((el) => Math.round(el.getBoundingClientRect().height));
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), `sheet ${sheetHeight}px tall`).toHaveLength(1);

    // A sheet for the class council, not a GDPR export: nothing logged as one.
    const exportsAfter = await adminDb
      .collection(paths.auditLog())
      .where('pupilId', '==', pupil.id)
      .where('action', '==', 'pupilExported')
      .get();
    expect(exportsAfter.size).toBe(exportsBefore.size);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
