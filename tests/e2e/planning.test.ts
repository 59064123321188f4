import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { occurrenceKey, paths, weekStart } from '@domain';
import { DEMO_PASSWORD, DEMO_UIDS, generateDemo } from '../../scripts/seed/generate';
import { adminDb, waitFor } from '../support/admin';
import { launchBrowser, openPage, signIn } from './browser';

// An educator plans a weekly session for two of their pupils, records this week's occurrence
// as held with one pupil absent, and each pupil gets a tutoring record with that attendance.

const demo = generateDemo();
const educator = demo.accounts.find((a) => a.uid === DEMO_UIDS.educator);
if (!educator?.schoolId) throw new Error('the demo has no educator');
const SCHOOL = educator.schoolId;
const SUBJECT = 'Metodo di studio (prova e2e)';
const fullName = (p: (typeof demo.pupils)[number]) => `${p.data.lastName} ${p.data.firstName}`;
/** What a hurried user types: lower case, no accents (the picker ignores both). */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
const mine = demo.pupils.filter(
  (p) => p.schoolId === SCHOOL && p.data.assignedUids.includes(educator.uid),
);
// Two pupils whose names are unique in the caseload, so labels find exactly them.
const [first, second] = mine.filter(
  (p) => mine.filter((q) => fullName(q) === fullName(p)).length === 1,
);
if (!first || !second) throw new Error('the educator needs two assigned pupils');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  const plans = await adminDb
    .collection(paths.sessionPlans(SCHOOL))
    .where('subject', '==', SUBJECT)
    .get();
  for (const plan of plans.docs) {
    for (const pupil of [first, second]) {
      await adminDb
        .doc(`${paths.records(SCHOOL, pupil.id, 'tutoringSessions')}/${plan.id}-${monday}`)
        .delete();
    }
    await plan.ref.delete();
  }
  await browser?.close();
});

const monday = occurrenceKey(weekStart(new Date()));
const until = occurrenceKey(new Date(Date.parse(`${monday}T00:00:00Z`) + 56 * 86_400_000));

describe('educator agenda', () => {
  it('plans a weekly group session and records an occurrence with one pupil absent', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, educator.email, DEMO_PASSWORD);
    const navigated = Date.now();
    await page.goto('/agenda');
    // The week comes first: it waits only for the assigned pupils and the plans.
    await page
      .getByRole('heading', { name: /^Settimana dal/ })
      .or(page.getByText("Impossibile caricare l'agenda."))
      .waitFor({ timeout: 60_000 });
    console.log(`agenda: week visible ${Date.now() - navigated} ms after navigation`);
    expect(await page.getByText("Impossibile caricare l'agenda.").count()).toBe(0);

    // The caseload, on its own tab, reads each pupil's risk and last session when opened.
    await page.getByRole('tab', { name: 'Alunni seguiti' }).click();
    await page.getByRole('heading', { name: 'Alunni seguiti, per bisogno' }).waitFor();
    await expect
      .poll(() => page.locator('section table tbody tr').count(), { timeout: 20_000 })
      .toBe(mine.length);
    await page.getByRole('tab', { name: 'Settimana' }).click();

    const form = page.getByRole('form', { name: 'Pianifica un incontro' });
    await form.getByLabel('Data (primo incontro)').fill(monday);
    await form.getByLabel('Ora di inizio').fill('14:30');
    await form.getByLabel('Durata (minuti)').fill('60');
    await form.getByLabel('Materia o attività').fill(SUBJECT);
    // The educator finds each pupil by typing part of the name (lower case, no accents): the
    // first by the first name, ticked in the filtered list; the second by the whole name, taken
    // with Enter.
    const search = form.getByLabel('Cerca per nome');
    await search.fill(folded(first.data.firstName));
    await form
      .getByRole('status')
      .filter({ hasText: /alunn[oi] trovat[oi]/ })
      .waitFor();
    // Bootstrap Italia draws labels over checkboxes and radios: click them, as a user does.
    await form.getByText(fullName(first), { exact: true }).click();
    await search.fill(folded(fullName(second)));
    await form.getByRole('status').filter({ hasText: '1 alunno trovato' }).waitFor();
    await search.press('Enter');
    const chosen = form.getByRole('list', { name: 'Alunni scelti' });
    await chosen.getByText(fullName(second), { exact: true }).waitFor();
    expect(await chosen.getByRole('listitem').count()).toBe(2);
    await form.getByText('Ogni settimana', { exact: true }).click();
    expect(await form.getByLabel(fullName(first), { exact: true }).isChecked()).toBe(true);
    expect(await form.getByLabel(fullName(second), { exact: true }).isChecked()).toBe(true);
    await form.getByLabel('Fino al').fill(until);
    await form.getByRole('button', { name: 'Pianifica' }).click();
    await form.getByText('Incontro pianificato.').waitFor({ timeout: 20_000 });

    const plans = await waitFor(
      () => adminDb.collection(paths.sessionPlans(SCHOOL)).where('subject', '==', SUBJECT).get(),
      (s) => s.size === 1,
    );
    const plan = plans.docs[0];
    if (!plan) throw new Error('the plan was not stored');
    expect(plan.get('pupilIds')).toEqual([first.id, second.id]);
    expect(plan.get('format')).toBe('smallGroup');
    expect(plan.get('recurrence.kind')).toBe('weekly');

    const item = page.locator(`li[data-plan="${plan.id}"]`).first();
    await item.getByRole('button', { name: 'Registra esito' }).click();
    await item.getByText(`${fullName(second)} presente`, { exact: true }).click();
    await item.getByLabel(`Motivo dell'assenza di ${fullName(second)}`).fill('Visita medica');
    await item.getByRole('button', { name: 'Salva esito' }).click();
    await item.getByRole('form').waitFor({ state: 'detached', timeout: 20_000 });
    await item.getByText('Svolto', { exact: true }).waitFor({ timeout: 20_000 });

    const recordOf = (pupilId: string) =>
      adminDb.doc(`${paths.records(SCHOOL, pupilId, 'tutoringSessions')}/${plan.id}-${monday}`);
    const present = await waitFor(
      () => recordOf(first.id).get(),
      (s) => s.exists,
    );
    const absent = await recordOf(second.id).get();
    expect(present.data()).toMatchObject({
      attended: true,
      absenceReason: '',
      planId: plan.id,
      educatorUid: educator.uid,
      subject: SUBJECT,
      minutes: 60,
      format: 'smallGroup',
      createdBy: educator.uid,
    });
    expect(absent.data()).toMatchObject({
      attended: false,
      absenceReason: 'Visita medica',
      planId: plan.id,
    });
    const stored = await plan.ref.get();
    expect(stored.get(`outcomes`)).toEqual({
      [monday]: {
        status: 'held',
        reason: '',
        attendance: { [first.id]: true, [second.id]: false },
      },
    });
    expect(errors).toEqual([]);
  });
});
