import { describe, expect, it } from 'vitest';
import { paths } from '@domain';
import { formatItalianDate } from '../../web/src/lib/dates';
import { DEMO_PASSWORD, DEMO_UIDS, generateDemo } from '../../scripts/seed/generate';
import { referralDocuments } from '../../scripts/seed/referrals';
import { adminDb, waitFor } from '../support/admin';
import { browserForFile, openPage, signIn } from './browser';

// A joint case: the referent sends a referral with the family's consent from a family meeting;
// the social service's operator signs in, lands on "Invii ricevuti", accepts it and completes it
// with the family's outcome; the referent sees the outcome on the pupil page.

const demo = generateDemo();
const SCHOOL = 'ic-manzoni';
const SERVICE_ID = 'svc-servizio-sociale-famiglie';
const account = (uid: string) => {
  const found = demo.accounts.find((a) => a.uid === uid);
  if (!found) throw new Error(`no demo account ${uid}`);
  return found;
};
const referent = account(DEMO_UIDS.referent);
const operator = account(DEMO_UIDS.operatorSocial);

// A pupil with a family meeting and no seeded referral.
const referred = new Set(
  referralDocuments(demo).map((d) => (d.data as { pupilId?: string }).pupilId),
);
// The pupil page offers "Invia ai servizi" from the latest meetings that have a follow-up.
const meetings = demo.records
  .flatMap((r) => (r.kind === 'familyMeetings' ? [r] : []))
  .filter((r) => r.schoolId === SCHOOL && !referred.has(r.pupilId));
const latestWithFollowUp = meetings
  .filter((m) => m.data.followUp.trim())
  .filter(
    (m) =>
      !meetings.some(
        (o) => o.pupilId === m.pupilId && o.data.followUp.trim() && o.data.date > m.data.date,
      ),
  );
const meeting = latestWithFollowUp.sort((a, b) => a.pupilId.localeCompare(b.pupilId))[0];
const pupil = demo.pupils.find((p) => p.schoolId === SCHOOL && p.id === meeting?.pupilId);

const browser = browserForFile();

describe('referrals', () => {
  it('referent sends with consent, the operator accepts and completes, the referent sees the outcome', async () => {
    if (!pupil || !meeting) throw new Error('the demo has no pupil with a family meeting');
    const pupilName = `${pupil.data.lastName} ${pupil.data.firstName}`;

    // The referent, from the pupil page.
    const school = await openPage(browser());
    await signIn(school.page, referent.email, DEMO_PASSWORD);
    await school.page.goto(`/alunni/${pupil.id}`);
    // From the family meeting's follow-up: the form opens with that meeting chosen.
    await school.page
      .locator(`a[href="/alunni/${pupil.id}/invia-ai-servizi?familyMeetingId=${meeting.id}"]`)
      .click();
    await school.page.getByRole('heading', { level: 1, name: 'Invia ai servizi' }).waitFor();
    const form = school.page.getByRole('form', { name: 'Invia ai servizi' });
    // Consent first: the rest of the form stays disabled until it is recorded.
    await expect(form.getByLabel(/^Motivo dell’invio/).isDisabled()).resolves.toBe(true);
    await form.locator('label[for="referral-consent-given"]').click();
    await form.getByLabel(/^Nome di chi ha dato il consenso/).fill('Madre dell’alunno');
    await form.getByLabel(/^Lingua del colloquio/).fill(pupil.data.homeLanguages[0] ?? 'it');
    await form.locator('label[for="referral-consent-mediatorPresent"]').click();
    await form.getByLabel('Nome del mediatore').fill('Mediatrice del progetto');
    await form.getByLabel(/^Servizio dell’Ambito/).selectOption(SERVICE_ID);
    // Capacity and eligibility show before sending.
    await form.getByTestId('referral-service-card').getByText('Accetta invii').waitFor();
    await form.getByLabel(/^Motivo dell’invio/).fill('La famiglia chiede aiuto per la mensa.');
    await form
      .getByLabel(/^Cosa si chiede al servizio/)
      .fill('Un colloquio con la famiglia per un contributo.');
    await form
      .getByLabel(/^Risposta entro/)
      .fill(formatItalianDate(new Date(Date.now() + 14 * 86_400_000)));
    await form
      .locator(`#referral-familyMeetingId option[value="${meeting.id}"]`)
      .waitFor({ state: 'attached' });
    await expect(
      form.getByLabel('Colloquio con la famiglia da cui nasce l’invio').inputValue(),
    ).resolves.toBe(meeting.id);
    await form.locator('label[for="referral-shared-name"]').click();
    await form.locator('label[for="referral-shared-schoolClass"]').click();
    await form.getByRole('button', { name: 'Invia al servizio' }).click();
    await school.page.waitForURL(/\/alunni\/[^/]+\/invii\/[^/]+$/, { timeout: 30_000 });
    const referralId = decodeURIComponent(school.page.url().split('/').at(-1) ?? '');
    const stored = await adminDb.doc(paths.referral(referralId)).get();
    expect(stored.get('familyMeetingId')).toBe(meeting.id);
    expect(stored.get('sharedFields')).toEqual(['name', 'schoolClass']);

    // The operator of the social service.
    const service = await openPage(browser());
    await signIn(service.page, operator.email, DEMO_PASSWORD);
    await service.page.waitForURL(/\/servizi\/invii$/);
    await service.page.getByRole('heading', { level: 1, name: 'Invii ricevuti' }).waitFor();
    await service.page.locator(`a[href="/servizi/invii/${referralId}"]`).click();
    const shared = service.page.getByTestId('referral-shared');
    await shared.getByText(pupilName).waitFor({ timeout: 30_000 });
    // Only what was ticked.
    expect(await shared.locator('dt').allInnerTexts()).toEqual(['Nome e cognome', 'Classe']);
    const status = service.page.getByTestId('referral-status');

    await service.page.getByRole('button', { name: 'Accetta', exact: true }).click();
    await service.page.getByLabel(/^Motivo/).fill('Presa in carico dall’assistente sociale');
    await service.page.getByRole('button', { name: 'Conferma: Accetta' }).click();
    await status.getByText('Accettato').waitFor({ timeout: 30_000 });

    await service.page.getByRole('button', { name: 'Concludi', exact: true }).click();
    await service.page.getByLabel(/^Esito per la famiglia/).selectOption('gotHelp');
    await service.page.getByRole('button', { name: 'Conferma: Concludi' }).click();
    await status.getByText('Concluso').waitFor({ timeout: 30_000 });
    expect(service.errors).toEqual([]);

    const done = await waitFor(
      () => adminDb.doc(paths.referral(referralId)).get(),
      (s) => s.get('status') === 'completed',
    );
    expect(done.get('outcome')).toBe('gotHelp');
    expect((done.get('history') as { status: string }[]).map((h) => h.status)).toEqual([
      'requested',
      'accepted',
      'completed',
    ]);

    // Back at school: the pupil page shows the outcome.
    await school.page.goto(`/alunni/${pupil.id}`);
    const table = school.page.getByRole('table', { name: /Invii di questo alunno/ });
    const row = table.getByRole('row').filter({ hasText: 'Concluso' });
    await row.getByText('Ha ricevuto aiuto').waitFor({ timeout: 30_000 });
    expect(school.errors).toEqual([]);
  });
});
