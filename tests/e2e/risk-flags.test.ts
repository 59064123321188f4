import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paths } from '@domain';
import { DEMO_PASSWORD, DEMO_UIDS, generateDemo } from '../../scripts/seed/generate';
import { adminDb, waitFor } from '../support/admin';
import { browserForFile, openPage, signIn } from './browser';

// Flags on the pupil page, live: a term record saved by a teacher raises the failing-subjects
// flag on the open page without a reload; the class coordinator dismisses a flag with a reason.

const demo = generateDemo();
const SCHOOL = 'ic-manzoni';
const CLASS_2B = '2b-sec1';
const account = (uid: string) => {
  const found = demo.accounts.find((a) => a.uid === uid);
  if (!found) throw new Error(`the demo has no account ${uid}`);
  return found;
};
const teacher = account(DEMO_UIDS.teacher);
const coordinator = account(DEMO_UIDS.coordinator);
const pupils2B = demo.pupils.filter((p) => p.schoolId === SCHOOL && p.data.classId === CLASS_2B);
const fullName = (p: (typeof demo.pupils)[number]) => `${p.data.lastName} ${p.data.firstName}`;

type StoredFlag = { code: string };

/** The functions recompute every seeded pupil at start: wait for this pupil's assessment. */
async function currentFlags(pupilId: string): Promise<StoredFlag[]> {
  const snapshot = await waitFor(
    () => adminDb.doc(paths.riskCurrent(SCHOOL, pupilId)).get(),
    (s) => s.exists,
    90_000,
  );
  if (!snapshot.exists) throw new Error(`no risk/current for ${pupilId}`);
  return (snapshot.get('flags') as StoredFlag[] | undefined) ?? [];
}

type DemoPupil = (typeof pupils2B)[number];

async function showPupil(page: Page, email: string, pupil: DemoPupil) {
  await signIn(page, email, DEMO_PASSWORD);
  // Each role lands on its own page (app/landing.ts); the pupil page is reached by URL.
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
  await page.goto(`/alunni/${pupil.id}`);
  await page.getByRole('heading', { level: 1, name: fullName(pupil) }).waitFor({ timeout: 20_000 });
  await page
    .getByRole('heading', { level: 2, name: 'Segnalazioni di rischio' })
    .waitFor({ timeout: 20_000 });
}

const browser = browserForFile();

describe('risk flags on the pupil page', () => {
  it('a term record saved by the teacher raises the failing-subjects flag without a reload', async () => {
    // Every seeded pupil has a first-term record of this school year: a second-term record is
    // the latest one, so its marks are those the engine reads.
    let pupil: DemoPupil | undefined;
    for (const candidate of pupils2B) {
      const flags = await currentFlags(candidate.id);
      if (!flags.some((f) => f.code === 'failingSubjects')) {
        pupil = candidate;
        break;
      }
    }
    if (!pupil) throw new Error('no 2B pupil without a failingSubjects flag');

    const { page, errors } = await openPage(browser());
    await showPupil(page, teacher.email, pupil);
    const panel = page.getByRole('region', { name: 'Segnalazioni di rischio' });
    await panel
      .getByRole('heading', { level: 3, name: 'Segnalazioni', exact: true })
      .waitFor({ timeout: 20_000 });
    expect(await panel.getByRole('article', { name: 'Insufficienze' }).count()).toBe(0);
    // A marker that a reload would wipe: the page must stay the same document.
    await page.evaluate(() => {
      (window as Window & { e2eMarker?: string }).e2eMarker = 'still-here';
    });

    await page.getByRole('button', { name: 'Aggiungi voti e assenze' }).click();
    const form = page.locator('form').filter({ hasText: 'Voti per materia' });
    await form.getByLabel(/^Periodo/).selectOption({ label: '2° periodo' });
    await form.getByLabel(/^Ore di lezione svolte finora/).fill('700');
    await form.getByLabel(/^Ore di assenza/).fill('0');
    await form.getByLabel(/^Monte ore annuale personalizzato/).fill('990');
    await form.getByLabel(/^Italiano/).fill('4');
    await form.getByLabel(/^Matematica/).fill('4');
    await form.getByLabel(/^Scienze/).fill('5');
    await form.getByRole('button', { name: 'Salva' }).click();

    const flag = panel.getByRole('article', { name: 'Insufficienze' });
    await flag.waitFor({ timeout: 60_000 });
    expect(await flag.innerText()).toContain(
      'Insufficienze in 3 materie (italiano, matematica, scienze)',
    );
    expect(await page.evaluate(() => (window as Window & { e2eMarker?: string }).e2eMarker)).toBe(
      'still-here',
    );
    expect(errors).toEqual([]);
  });

  it('the class coordinator dismisses a flag with a reason and sees it dismissed', async () => {
    let pupil: DemoPupil | undefined;
    let code = '';
    for (const candidate of pupils2B) {
      const flags = await currentFlags(candidate.id);
      const first = flags[0];
      if (first && first.code !== 'failingSubjects') {
        pupil = candidate;
        code = first.code;
        break;
      }
    }
    if (!pupil) throw new Error('no 2B pupil with a flag');

    const reviewed = pupil;
    const { page, errors } = await openPage(browser());
    await showPupil(page, coordinator.email, reviewed);
    // The bell is a lazily loaded part of the layout: wait for it instead of counting it.
    await page
      .getByRole('button', { name: /^Notifiche, (nessuna|\d+) non lett[ae]$/ })
      .waitFor({ timeout: 20_000 });
    const panel = page.getByRole('region', { name: 'Segnalazioni di rischio' });
    const flag = panel.getByRole('article').first();
    await flag.waitFor({ timeout: 20_000 });

    // Without a reason nothing is sent.
    await flag.getByRole('button', { name: 'Respingi la segnalazione' }).click();
    await flag.getByText('Campo obbligatorio').waitFor();

    await flag
      .getByLabel(/^Motivo della decisione/)
      .fill('Situazione già nota al consiglio di classe, seguita con la famiglia');
    await flag.getByRole('button', { name: 'Respingi la segnalazione' }).click();
    await flag.getByText(/^Respinta da Paolo Galli il \d{2}\/\d{2}\/\d{4}/).waitFor({
      timeout: 30_000,
    });
    expect(await flag.innerText()).toContain('Situazione già nota al consiglio di classe');

    const review = await waitFor(
      () => adminDb.doc(paths.riskCurrent(SCHOOL, reviewed.id)).get(),
      (s) => s.get(`reviews.${code}.decision`) === 'dismissed',
    );
    expect(review.get(`reviews.${code}.byUid`)).toBe(DEMO_UIDS.coordinator);
    expect(errors).toEqual([]);
  });
});
