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
    await page.goto('/agenda');
    // The caseload reads each pupil's risk, last L2 test and last session: right after the
    // seed, with the triggers still busy, the emulator can take a while.
    await page
      .getByRole('heading', { name: 'Alunni seguiti, per bisogno' })
      .or(page.getByText("Impossibile caricare l'agenda."))
      .waitFor({ timeout: 60_000 });
    expect(await page.getByText("Impossibile caricare l'agenda.").count()).toBe(0);
    expect(await page.locator('section table tbody tr').count()).toBe(mine.length);

    const form = page.getByRole('form', { name: 'Pianifica un incontro' });
    await form.getByLabel('Data (primo incontro)').fill(monday);
    await form.getByLabel('Ora di inizio').fill('14:30');
    await form.getByLabel('Durata (minuti)').fill('60');
    await form.getByLabel('Materia o attività').fill(SUBJECT);
    // Bootstrap Italia draws labels over checkboxes and radios: click them, as a user does.
    await form.getByText(fullName(first), { exact: true }).click();
    await form.getByText(fullName(second), { exact: true }).click();
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
