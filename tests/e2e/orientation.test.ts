import { afterAll, describe, expect, it } from 'vitest';
import { orientationDocId, paths, schoolYearOf, transferRequestId } from '@domain';
import { latestMeanMark, latestStudyLevel } from '../../functions/src/domain/orientation-stats';
import { DEMO_PASSWORD, DEMO_UIDS, generateDemo } from '../../scripts/seed/generate';
import { adminDb, waitFor } from '../support/admin';
import { browserForFile, openPage, signIn } from './browser';

// Orientation and transitions (issue 14), end to end on the seeded demo: the class coordinator
// records a needs analysis and a consiglio di orientamento (IeFP) for a pupil of their class
// with good marks and Italian; the head finds the pupil in the steering check; the head asks
// for the pupil's transfer to IIS Volta, whose head accepts it, and then reads the handover
// sheet and the end-of-first-term task.

const demo = generateDemo();
const SCHOOL = 'ic-manzoni';
const VOLTA = 'iis-volta';
const account = (uid: string) => {
  const found = demo.accounts.find((a) => a.uid === uid);
  if (!found) throw new Error(`the demo has no account ${uid}`);
  return found;
};
const coordinator = account(DEMO_UIDS.coordinator);
const head = account(DEMO_UIDS.head);
const voltaHead = account(DEMO_UIDS.voltaHead);
const schoolYear = schoolYearOf(new Date());

/**
 * A pupil born abroad in the coordinator's class (2B) with a mean of 7.5 or more and Italian
 * for study at B1 or above (or never needing the test), last in the list so that the other
 * tests' first picks stay at the school, and with no flag waiting for review.
 */
async function candidate() {
  const rows = demo.pupils
    .filter((p) => p.schoolId === SCHOOL && p.data.classId === '2b-sec1' && p.data.arrivalDate)
    .filter((p) => {
      const records = demo.records.filter((r) => r.schoolId === SCHOOL && r.pupilId === p.id);
      const mean = latestMeanMark(
        records.flatMap((r) => (r.kind === 'termRecords' ? [r.data] : [])),
      );
      const study = latestStudyLevel(
        records.flatMap((r) => (r.kind === 'l2Assessments' ? [r.data] : [])),
      );
      return (
        mean !== null &&
        mean >= 7.5 &&
        (study === null || ['B1', 'B1+', 'B2', 'C1', 'C2'].includes(study))
      );
    })
    .sort((a, b) => b.id.localeCompare(a.id));
  for (const p of rows) {
    const risk = await waitFor(
      () => adminDb.doc(paths.riskCurrent(SCHOOL, p.id)).get(),
      (s) => s.exists,
      90_000,
    );
    if (((risk.get('pendingReview') as string[] | undefined) ?? []).length === 0) return p;
  }
  throw new Error('no 2B pupil fits the steering check');
}

const browser = browserForFile();

/** The pupil this file moves to IIS Volta, put back where the seed had it afterwards. */
let moved: Awaited<ReturnType<typeof candidate>> | null = null;

/**
 * The other e2e files count the demo's pupils of IC Manzoni and of the coordinator's class: the
 * transferred pupil goes back, with the seeded records, and what the transfer wrote goes away.
 */
afterAll(async () => {
  const pupil = moved;
  if (!pupil) return;
  const requestId = transferRequestId(SCHOOL, pupil.id);
  await adminDb.recursiveDelete(adminDb.doc(paths.pupil(VOLTA, pupil.id)));
  await adminDb.recursiveDelete(adminDb.doc(paths.pupil(SCHOOL, pupil.id)));
  await adminDb.doc(paths.transition(requestId)).delete();
  await adminDb.doc(paths.transferRequest(requestId)).delete();
  await adminDb.doc(paths.pupil(SCHOOL, pupil.id)).set(pupil.data);
  const writer = adminDb.bulkWriter();
  for (const r of demo.records.filter((r) => r.schoolId === SCHOOL && r.pupilId === pupil.id)) {
    void writer.set(adminDb.doc(`${paths.records(SCHOOL, pupil.id, r.kind)}/${r.id}`), r.data);
  }
  await writer.close();
}, 120_000);

describe('orientation and transitions', () => {
  it('consiglio by the coordinator, steering check for the head, handover to IIS Volta', async () => {
    const pupil = await candidate();
    moved = pupil;
    const name = `${pupil.data.lastName} ${pupil.data.firstName}`;

    // 1. The coordinator records the needs analysis and the consiglio.
    const coord = await openPage(browser());
    await signIn(coord.page, coordinator.email, DEMO_PASSWORD);
    await coord.page.goto(`/alunni/${pupil.id}`);
    await coord.page
      .getByRole('link', { name: 'Orientamento e passaggi' })
      .click({ timeout: 30_000 });
    await coord.page
      .getByRole('heading', { level: 1, name: /Orientamento e passaggi/ })
      .waitFor({ timeout: 30_000 });
    const form = coord.page.getByRole('form', { name: 'Orientamento e passaggi' });
    await form.waitFor({ timeout: 30_000 });
    await form.getByLabel('Ore di moduli di orientamento frequentate quest’anno').fill('12');
    await form.getByRole('button', { name: 'Compila il bilancio di competenze' }).click();
    await form.getByLabel('Interessi', { exact: true }).fill('Informatica e robotica');
    await form
      .getByLabel('Aspettative della famiglia')
      .fill('La famiglia teme i costi di un percorso lungo');
    // Bootstrap Italia draws checkboxes on their labels: users click the label.
    await form.getByText('Colloquio svolto con il mediatore', { exact: true }).click();
    await form.getByText('Matematica', { exact: true }).click();
    expect(await form.getByLabel('Colloquio svolto con il mediatore').isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Compila il consiglio di orientamento' }).click();
    await form
      .getByLabel('Percorso consigliato')
      .selectOption({ label: 'Istruzione e formazione professionale (IeFP)' });
    await form.getByLabel('Indirizzo consigliato').fill('IeFP operatore meccanico');
    await form.getByRole('button', { name: 'Salva' }).click();
    await coord.page
      .getByRole('status')
      .filter({ hasText: 'Salvato.' })
      .waitFor({ timeout: 30_000 });
    const stored = await adminDb
      .doc(paths.orientationRecord(SCHOOL, pupil.id, orientationDocId(schoolYear)))
      .get();
    expect(stored.get('advice.recommendedTrack')).toBe('iefp');
    expect(stored.get('review.mediatorPresent')).toBe(true);
    expect(stored.get('updatedBy')).toBe(DEMO_UIDS.coordinator);
    expect(coord.errors).toEqual([]);

    // 2. The head finds the pupil in the steering check (the aggregate is a function's).
    await waitFor(
      async () =>
        (await adminDb.doc(`${paths.schoolStats(SCHOOL)}/orientation`).get()).get('steered') as
          { pupilId: string }[] | undefined,
      (steered) => steered?.some((s) => s.pupilId === pupil.id) ?? false,
      60_000,
    );
    const principal = await openPage(browser());
    await signIn(principal.page, head.email, DEMO_PASSWORD);
    await principal.page
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: 'Orientamento', exact: true })
      .click({ timeout: 30_000 });
    const steering = principal.page.getByRole('table', { name: 'Alunni da riesaminare' });
    await steering.waitFor({ timeout: 30_000 });
    const row = steering.getByRole('row', { name: new RegExp(name) });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toContain('Istruzione e formazione professionale (IeFP)');

    // 3. The head asks for the transfer to IIS Volta.
    await principal.page.goto(`/alunni/${pupil.id}`);
    await principal.page.getByRole('button', { name: 'Trasferisci' }).click({ timeout: 30_000 });
    const dialog = principal.page.getByRole('alertdialog');
    await dialog
      .getByRole('combobox', { name: /Scuola di destinazione/ })
      .selectOption({ label: 'IIS Alessandro Volta – Milano (MIIS01200T)' });
    await dialog.getByRole('button', { name: 'Invia la richiesta' }).click();
    const requestId = transferRequestId(SCHOOL, pupil.id);
    await waitFor(
      () => adminDb.doc(paths.transferRequest(requestId)).get(),
      (s) => s.get('status') === 'requested',
      30_000,
    );
    expect(principal.errors).toEqual([]);

    // 4. Volta's head accepts it into a first-year class.
    const volta = await openPage(browser());
    await signIn(volta.page, voltaHead.email, DEMO_PASSWORD);
    await volta.page.goto('/personale');
    await volta.page
      .getByLabel(`Classe in cui inserire ${pupil.data.lastName} ${pupil.data.firstName}`)
      .selectOption({ index: 1 }, { timeout: 30_000 });
    await volta.page.getByRole('button', { name: `Accetta il trasferimento di ${name}` }).click();
    await waitFor(
      () => adminDb.doc(paths.transition(requestId)).get(),
      (s) => s.exists,
      60_000,
    );
    expect((await adminDb.doc(paths.pupil(VOLTA, pupil.id)).get()).exists).toBe(true);

    // 5. Volta's head sees the follow-up task and the handover sheet.
    await volta.page
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: 'Orientamento', exact: true })
      .click();
    const incoming = volta.page.getByRole('region', {
      name: 'Alunni arrivati da altre scuole della rete',
    });
    const item = incoming.getByRole('listitem').filter({ hasText: name });
    await item.waitFor({ timeout: 30_000 });
    expect(await item.innerText()).toMatch(
      /Verifica di fine primo periodo: entro il \d\d\/\d\d\/\d{4}/,
    );
    await item
      .getByRole('form', { name: 'Ancora iscritto? Com’è andato il primo periodo?' })
      .waitFor();
    await item.getByRole('link', { name: 'Scheda di passaggio' }).click();
    const sheet = volta.page.getByRole('article', { name: `Scheda di passaggio – ${name}` });
    await sheet.waitFor({ timeout: 30_000 });
    const text = await sheet.innerText();
    expect(text).toContain('Istruzione e formazione professionale (IeFP)');
    expect(text).toContain('IeFP operatore meccanico');
    expect(text).toContain('Informatica e robotica');
    expect(volta.errors).toEqual([]);
  });
});
