import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paths, termRecordId } from '@domain';
import {
  DEMO_PASSWORD,
  DEMO_TEACHER_CLASS_IDS,
  DEMO_UIDS,
  generateDemo,
} from '../../scripts/seed/generate';
import { adminDb, waitFor } from '../support/admin';
import { browserForFile, openPage, signIn } from './browser';

// Issue 4: each role that logs data logs one record on a pupil page; the record is on the page
// after a reload (so it reached Firestore, not only the page's memory), and one save made
// offline reaches Firestore once the connection is back.

const demo = generateDemo();
const SCHOOL = 'ic-manzoni';
const run = Date.now().toString(36);

function account(uid: string) {
  const found = demo.accounts.find((a) => a.uid === uid);
  if (!found) throw new Error(`the demo has no account ${uid}`);
  return found;
}

function assignedPupil(uid: string, index = 0) {
  const pupils = demo.pupils.filter(
    (p) => p.schoolId === SCHOOL && p.data.assignedUids.includes(uid),
  );
  const pupil = pupils[index];
  if (!pupil) throw new Error(`no pupil assigned to ${uid}`);
  return pupil;
}

// A pupil of the teacher's 3C: the risk-flag tests use 2B pupils, and the failing mark logged
// here raises a flag.
const teacherPupil = demo.pupils.find(
  (p) => p.schoolId === SCHOOL && p.data.classId === DEMO_TEACHER_CLASS_IDS[1],
);

const browser = browserForFile();

async function openPupil(uid: string, pupilId: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser());
  const { page } = opened;
  await signIn(page, account(uid).email, DEMO_PASSWORD);
  // Each role lands on its own page (app/landing.ts); the pupil page is reached by URL.
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
  await page.goto(`/alunni/${pupilId}`);
  await page.getByRole('heading', { name: "Percorso dell'alunno" }).waitFor({ timeout: 20_000 });
  // The timeline has loaded once its count shows.
  await page
    .getByText(/\d+ registrazion[ei]$/)
    .first()
    .waitFor({ timeout: 20_000 });
  return opened;
}

async function saveAndReload(page: Page, expected: string): Promise<void> {
  await page.getByRole('button', { name: 'Salva' }).click();
  await page.getByText('Salvato.', { exact: true }).waitFor({ timeout: 15_000 });
  await page.reload();
  await page.getByText(expected).first().waitFor({ timeout: 20_000 });
}

describe('logging records on the pupil page', () => {
  it('an L2 teacher records an assessment', async () => {
    const pupil = assignedPupil(DEMO_UIDS.l2teacher);
    const { page, errors } = await openPupil(DEMO_UIDS.l2teacher, pupil.id);
    // An L2 teacher has no marks to log.
    expect(await page.getByRole('button', { name: 'Aggiungi voti e assenze' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Aggiungi valutazione L2' }).click();
    // Within the form: the chart's legend names the same skills.
    const form = page.getByRole('form', { name: /^Nuova registrazione/ });
    await form.getByLabel('Strumento').selectOption('schoolTest');
    for (const [skill, level] of [
      ['Ascolto', 'A2'],
      ['Lettura', 'A1'],
      ['Parlato', 'A2+'],
      ['Interazione', 'A2'],
      ['Scrittura', 'A1'],
    ] as const) {
      // Labels end with a required-field star, hidden from screen readers only.
      await form.getByLabel(new RegExp(`^${skill}`)).selectOption(level);
    }
    const assessor = `Valutatrice E2E ${run}`;
    await form.getByLabel('Valutatore').fill(assessor);
    await saveAndReload(page, `Valutatore: ${assessor}`);
    expect(errors).toEqual([]);
  });

  it('an educator records a tutoring session', async () => {
    const pupil = assignedPupil(DEMO_UIDS.educator);
    const { page, errors } = await openPupil(DEMO_UIDS.educator, pupil.id);
    expect(await page.getByRole('button', { name: 'Aggiungi voti e assenze' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Aggiungi valutazione L2' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Aggiungi sessione di tutoraggio' }).click();
    const subject = `Metodo di studio ${run}`;
    await page.getByLabel('Materia o attività').fill(subject);
    await page.getByLabel('Durata (minuti)').fill('45');
    await saveAndReload(page, `${subject} – 45 minuti, individuale`);
    expect(errors).toEqual([]);
  });

  it('a mediator records a family meeting', async () => {
    const pupil = assignedPupil(DEMO_UIDS.mediator);
    const { page, errors } = await openPupil(DEMO_UIDS.mediator, pupil.id);
    // Mediators log family meetings only.
    const addButtons = await page.getByRole('button', { name: /^Aggiungi / }).allInnerTexts();
    expect(addButtons).toEqual(['Aggiungi colloquio con la famiglia']);

    await page.getByRole('button', { name: 'Aggiungi colloquio con la famiglia' }).click();
    // Bootstrap Italia draws checkboxes on their labels: users click the label.
    await page.getByText('Madre', { exact: true }).click();
    await page.getByText('Serviva il mediatore', { exact: true }).click();
    await page.getByText('Il mediatore era presente', { exact: true }).click();
    expect(await page.getByLabel('Madre').isChecked()).toBe(true);
    await page.getByLabel('Esito').selectOption('positive');
    const followUp = `Rivedere il piano con la famiglia ${run}`;
    await page.getByLabel('Azioni concordate').fill(followUp);
    await saveAndReload(page, `Azioni: ${followUp}`);
    expect(errors).toEqual([]);
  });

  it('a teacher records the marks of a term with no record yet, raw marks kept', async () => {
    if (!teacherPupil) throw new Error('the demo teacher has no pupil');
    const { page, errors } = await openPupil(DEMO_UIDS.teacher, teacherPupil.id);

    await page.getByRole('button', { name: 'Aggiungi voti e assenze' }).click();
    const form = page.locator('form').filter({ hasText: 'Voti per materia' });
    // The demo has first-term records only: the second term gets a new record at its id.
    await form.getByLabel('Anno scolastico').fill(demo.meta.schoolYear);
    await form.getByLabel(/^Periodo/).selectOption({ label: '2° periodo' });
    expect(await form.getByText(/c'è già una registrazione/).count()).toBe(0);
    const lessons = 300 + (Date.now() % 97);
    await form.getByLabel('Ore di lezione svolte finora').fill(String(lessons));
    await form.getByLabel('Ore di assenza').fill('17');
    await form.getByLabel('Monte ore annuale personalizzato').fill('990');
    await form.getByLabel('Italiano', { exact: true }).fill('5½');
    await form.getByLabel('Matematica', { exact: true }).fill('7+');
    await saveAndReload(page, `17 ore di assenza su ${lessons}`);

    const stored = await adminDb
      .doc(
        `schools/${SCHOOL}/pupils/${teacherPupil.id}/termRecords/${termRecordId(demo.meta.schoolYear, 2)}`,
      )
      .get();
    expect(stored.get('lessonHours')).toBe(lessons);
    expect(stored.get('marks')).toEqual({
      italiano: { kind: 'numeric', value: 5.5, raw: '5½' },
      matematica: { kind: 'numeric', value: 7.25, raw: '7+' },
    });
    expect(stored.get('createdBy')).toBe(DEMO_UIDS.teacher);
    expect(errors).toEqual([]);
  });

  it('a teacher saving marks for a term that has a record edits that record, and the risk follows', async () => {
    const year = demo.meta.schoolYear;
    const termId = termRecordId(year, 1);
    // A 3C pupil (the teacher wrote its records) whose level is not red yet.
    let pupil: (typeof demo.pupils)[number] | undefined;
    for (const candidate of demo.pupils.filter(
      (p) =>
        p.schoolId === SCHOOL &&
        p.data.classId === DEMO_TEACHER_CLASS_IDS[1] &&
        p.id !== teacherPupil?.id,
    )) {
      const risk = await waitFor(
        () => adminDb.doc(paths.riskCurrent(SCHOOL, candidate.id)).get(),
        (s) => s.exists,
        90_000,
      );
      const seeded = demo.records.some(
        (r) => r.pupilId === candidate.id && r.kind === 'termRecords' && r.id === termId,
      );
      if (seeded && risk.get('level') !== 'red' && risk.get('reviewedLevel') !== 'red') {
        pupil = candidate;
        break;
      }
    }
    if (!pupil) throw new Error('no 3C pupil with a first-term record and a level below red');
    const records = adminDb.collection(paths.records(SCHOOL, pupil.id, 'termRecords'));
    const before = await records.doc(termId).get();

    const { page, errors } = await openPupil(DEMO_UIDS.teacher, pupil.id);
    const panel = page.getByRole('region', { name: 'Segnalazioni di rischio' });
    const computedLevel = panel.locator('p').filter({ hasText: /^Livello calcolato/ });
    await computedLevel.waitFor({ timeout: 20_000 });
    expect(await computedLevel.innerText()).not.toContain('Rosso');

    await page.getByRole('button', { name: 'Aggiungi voti e assenze' }).click();
    const form = page.locator('form').filter({ hasText: 'Voti per materia' });
    await form.getByLabel('Anno scolastico').fill(year);
    await form.getByLabel(/^Periodo/).selectOption({ label: '1° periodo' });
    // The form offers the stored record: it says so and shows its values.
    await form
      .getByText(/^Per questo periodo c'è già una registrazione, salvata il \d{2}\/\d{2}\/\d{4}/)
      .waitFor();
    expect(await form.getAttribute('aria-label')).toBe('Modifica: Voti e assenze del periodo');
    expect(await form.getByLabel('Ore di lezione svolte finora').inputValue()).toBe(
      String(before.get('lessonHours')),
    );
    // Failing marks in every subject: red whatever else the record says.
    const marks = form.getByRole('group', { name: 'Voti per materia' });
    for (const input of await marks.getByRole('textbox').all()) await input.fill('4');
    await form.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('Salvato.', { exact: true }).waitFor({ timeout: 15_000 });

    // The page follows the values just saved: the level turns red without a reload.
    await computedLevel.getByText('Livello Rosso', { exact: true }).waitFor({
      state: 'attached',
      timeout: 60_000,
    });
    const stored = await records.get();
    const sameTerm = stored.docs.filter((d) => d.get('schoolYear') === year && d.get('term') === 1);
    expect(sameTerm.map((d) => d.id)).toEqual([termId]);
    expect(sameTerm[0]?.get('marks.italiano')).toEqual({ kind: 'numeric', value: 4, raw: '4' });
    expect(sameTerm[0]?.get('lessonHours')).toBe(before.get('lessonHours'));
    expect(sameTerm[0]?.get('createdAt')).toEqual(before.get('createdAt'));
    expect(errors).toEqual([]);
  });

  it('a session logged offline is kept on the device and reaches Firestore when back online', async () => {
    const pupil = assignedPupil(DEMO_UIDS.educator, 1);
    const { page, errors } = await openPupil(DEMO_UIDS.educator, pupil.id);

    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Aggiungi sessione di tutoraggio' }).click();
    const subject = `Sessione offline ${run}`;
    await page.getByLabel('Materia o attività').fill(subject);
    await page.getByLabel('Durata (minuti)').fill('30');
    await page.getByRole('button', { name: 'Salva' }).click();
    await page
      .getByText('Salvato sul dispositivo: verrà sincronizzato appena torna la connessione.')
      .waitFor({ timeout: 15_000 });
    await page.getByText(`${subject} – 30 minuti, individuale`).waitFor({ timeout: 20_000 });
    await page.getByText('In attesa di sincronizzazione').first().waitFor();

    const sessions = adminDb.collection(`schools/${SCHOOL}/pupils/${pupil.id}/tutoringSessions`);
    const offline = await sessions.where('subject', '==', subject).get();
    expect(offline.size).toBe(0);

    await page.context().setOffline(false);
    const synced = await waitFor(
      () => sessions.where('subject', '==', subject).get(),
      (snapshot) => snapshot.size === 1,
      30_000,
    );
    expect(synced.size).toBe(1);
    expect(synced.docs[0]?.data()).toMatchObject({
      minutes: 30,
      createdBy: DEMO_UIDS.educator,
      educatorUid: DEMO_UIDS.educator,
      schoolId: SCHOOL,
      pupilId: pupil.id,
    });
    expect(errors).toEqual([]);
  });
});

describe('class view', () => {
  it('a teacher opens a class from "I miei alunni" and sorts it', async () => {
    const { page, errors } = await openPage(browser());
    await signIn(page, account(DEMO_UIDS.teacher).email, DEMO_PASSWORD);
    await page
      .getByRole('heading', { level: 1, name: 'I miei alunni' })
      .waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: /^Classe 2B/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Classe 2B' }).waitFor({ timeout: 20_000 });
    // The class as stored now: another e2e file transfers a pupil of 2B to the other school.
    const classPupils = await adminDb
      .collection(paths.pupils('ic-manzoni'))
      .where('classId', '==', '2b-sec1')
      .count()
      .get();
    await expect
      .poll(() => page.locator('tbody tr').count(), { timeout: 30_000 })
      .toBe(classPupils.data().count);

    await page.getByRole('button', { name: 'Assenze' }).click();
    expect(
      await page.getByRole('columnheader', { name: 'Assenze' }).getAttribute('aria-sort'),
    ).toBe('ascending');
    expect(errors).toEqual([]);
  });
});
