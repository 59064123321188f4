import { afterAll, describe, expect, it } from 'vitest';
import { paths } from '@domain';
import { DEMO_PASSWORD, DEMO_UIDS, generateDemo } from '../../scripts/seed/generate';
import { adminAuth, adminDb, waitFor } from '../support/admin';
import { passwordResetCodes } from '../support/auth-emulator';
import { browserForFile, openPage, signIn } from './browser';

// Staff management and the audit log as the head of the demo school meets them. The demo
// accounts are shared with the other e2e files, so the test invites its own colleague and
// revokes that one only.

const demo = generateDemo();
const head = demo.accounts.find((a) => a.uid === DEMO_UIDS.head);
if (!head?.schoolId) throw new Error('the demo has no head account');
const SCHOOL = head.schoolId;
const pupil = demo.pupils.find((p) => p.schoolId === SCHOOL);
if (!pupil) throw new Error('the demo has no pupil in the head school');

const stamp = Date.now();
const colleague = { name: `Collega Prova ${stamp}`, email: `collega.${stamp}@example.it` };

const browser = browserForFile();
afterAll(async () => {
  const invited = await adminAuth.getUserByEmail(colleague.email).catch(() => null);
  if (invited) {
    await adminAuth.deleteUser(invited.uid);
    await adminDb.doc(paths.user(invited.uid)).delete();
  }
});

describe('head: staff and audit log', () => {
  it('invites a colleague, sees them in the list, and revokes them after confirming', async () => {
    const { page, errors } = await openPage(browser());
    await signIn(page, head.email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Personale', exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Personale della scuola' })
      .waitFor({ timeout: 20_000 });
    await page
      .getByRole('row', { name: /Laura Bianchi/ })
      .first()
      .waitFor({ timeout: 20_000 });

    const form = page.getByRole('form', { name: 'Invita un collega' });
    await form.getByLabel('Email').fill(colleague.email);
    await form.getByLabel('Nome e cognome').fill(colleague.name);
    await form.getByLabel('Ruolo').selectOption('educator');
    await form.getByRole('button', { name: 'Invia invito' }).click();

    await page
      .getByRole('heading', { name: `Invito inviato a ${colleague.email}` })
      .waitFor({ timeout: 30_000 });
    // The head never sees the link: the page has no link and no code.
    expect(await page.content()).not.toContain('oobCode');

    // The colleague's mailbox is the Auth emulator: the link's code, opened in the app's own
    // Italian password page.
    const [code] = await waitFor(
      () => passwordResetCodes(colleague.email),
      (codes) => codes.length > 0,
    );
    const invitee = await openPage(browser());
    await invitee.page.goto(`/imposta-password?mode=resetPassword&oobCode=${code}`);
    await invitee.page
      .getByRole('heading', { level: 1, name: 'Imposta la password' })
      .waitFor({ timeout: 20_000 });
    await invitee.page.getByText(`Scegli la password per l’account ${colleague.email}.`).waitFor();
    await invitee.page.getByLabel('Nuova password').fill('Collega-Prova-2026');
    await invitee.page.getByLabel('Ripeti la password').fill('Collega-Prova-2026');
    await invitee.page.getByRole('button', { name: 'Salva la password e accedi' }).click();
    await expect
      .poll(async () => (await adminAuth.getUserByEmail(colleague.email)).metadata.lastSignInTime, {
        timeout: 30_000,
      })
      .toBeTruthy();
    expect(invitee.errors).toEqual([]);

    const row = page.getByRole('row', { name: new RegExp(colleague.name) });
    await row.waitFor({ timeout: 20_000 });
    expect(await row.innerText()).toContain('Educatore');

    await row.getByRole('button', { name: `Revoca l'accesso di ${colleague.name}` }).click();
    const dialog = page.getByRole('alertdialog', { name: "Revocare l'accesso?" });
    await dialog.getByRole('button', { name: 'Revoca accesso' }).click();
    await page.getByText(`Accesso di ${colleague.name} revocato.`).waitFor({ timeout: 30_000 });
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain('Revocato');

    const invited = await adminAuth.getUserByEmail(colleague.email);
    const profile = await adminDb.doc(paths.user(invited.uid)).get();
    expect(profile.get('role')).toBeNull();

    // The audit log names the invitation in Italian, with the head and the colleague by name.
    await page.getByRole('link', { name: 'Registro accessi', exact: true }).click();
    await page.getByLabel('Azione', { exact: true }).selectOption({ label: 'Invito inviato' });
    await page.getByRole('button', { name: 'Filtra' }).click();
    const entry = page.getByRole('row', { name: new RegExp(`Account di ${colleague.name}`) });
    await entry.waitFor({ timeout: 20_000 });
    expect(await entry.innerText()).toContain(head.displayName);
    expect(await entry.innerText()).toContain('Invito inviato');
    expect(await entry.innerText()).not.toContain('users/');
    expect(errors).toEqual([]);
  });

  it('picks the receiving school of a transfer from the other schools of the Ambito', async () => {
    const { page, errors } = await openPage(browser());
    await signIn(page, head.email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
    await page.goto(`/alunni/${pupil.id}`);
    await page.getByRole('button', { name: 'Trasferisci' }).click({ timeout: 20_000 });
    const dialog = page.getByRole('alertdialog');
    const picker = dialog.getByRole('combobox', { name: /Scuola di destinazione/ });
    await picker.waitFor({ timeout: 20_000 });
    // The head's own school is not offered, and nothing is typed (the class is chosen by the
    // receiving head). The dialog is closed without sending: the demo pupil stays.
    expect(await picker.locator('option').allInnerTexts()).toEqual([
      'Scegli una scuola',
      'IIS Alessandro Volta – Milano (MIIS01200T)',
    ]);
    expect(await dialog.getByRole('textbox').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    expect(errors).toEqual([]);
  });

  it('exports a pupil to the print view and finds it in the audit log', async () => {
    const { page, errors } = await openPage(browser());
    await signIn(page, head.email, DEMO_PASSWORD);
    // The head lands on the dashboard; the pupil page is reached by URL.
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
    await page.goto(`/alunni/${pupil.id}`);
    await page.getByRole('button', { name: 'Esporta dati' }).click({ timeout: 20_000 });
    await page
      .getByRole('heading', { level: 1, name: "Dati personali dell'alunno – esportazione GDPR" })
      .waitFor({ timeout: 30_000 });
    expect(page.url()).toContain(`/alunni/${pupil.id}/stampa`);
    expect(await page.getByRole('article').innerText()).toContain(pupil.data.lastName);

    // The seed's writes fill the log through the triggers: more than one page of it.
    await waitFor(
      async () =>
        (
          await adminDb.collection(paths.auditLog()).where('schoolId', '==', SCHOOL).count().get()
        ).data().count,
      (n) => n > 30,
      60_000,
    );

    await page.getByRole('link', { name: 'Registro accessi', exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Registro accessi' })
      .waitFor({ timeout: 20_000 });
    const rows = page.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(25);
    await page.getByRole('button', { name: 'Carica altri' }).click();
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(25);

    await page.getByLabel('Utente').selectOption({ label: head.displayName });
    await page.getByRole('button', { name: 'Filtra' }).click();
    const exported = page.getByRole('row', { name: /Esportazione dati alunno/ }).first();
    await exported.waitFor({ timeout: 20_000 });
    expect(await exported.innerText()).toContain(head.displayName);
    const actors = await page
      .getByRole('table')
      .locator('tbody tr td:nth-child(2)')
      .allInnerTexts();
    expect(new Set(actors)).toEqual(new Set([head.displayName]));
    expect(errors).toEqual([]);
  });
});
