import { describe, expect, it } from 'vitest';
import { paths } from '@domain';
import { DEMO_PASSWORD, DEMO_UIDS, generateDemo } from '../../scripts/seed/generate';
import riskIt from '../../web/src/features/risk/locales/it.json';
import { adminDb, waitFor } from '../support/admin';
import { browserForFile, openPage, signIn } from './browser';

// "Da rivedere": the class coordinator opens the queue from the menu, dismisses a flag with a
// reason from the list, without opening the pupil, and the item leaves the queue.

const demo = generateDemo();
const SCHOOL = 'ic-manzoni';
const CLASS_2B = '2b-sec1';
const coordinator = demo.accounts.find((a) => a.uid === DEMO_UIDS.coordinator);
const pupils2B = demo.pupils.filter((p) => p.schoolId === SCHOOL && p.data.classId === CLASS_2B);
const fullName = (p: (typeof demo.pupils)[number]) => `${p.data.lastName} ${p.data.firstName}`;
const flagTitle = (code: string) => (riskIt.flags as Record<string, string>)[code] ?? code;

/** A 2B pupil with a flag waiting for review, once the functions have assessed the seed. */
async function pendingFlag(): Promise<{ pupil: (typeof pupils2B)[number]; code: string }> {
  for (const pupil of pupils2B) {
    const snapshot = await waitFor(
      () => adminDb.doc(paths.riskCurrent(SCHOOL, pupil.id)).get(),
      (s) => s.exists,
      90_000,
    );
    const pending = (snapshot.get('pendingReview') as string[] | undefined) ?? [];
    const [code] = pending;
    if (code) return { pupil, code };
  }
  throw new Error('no 2B pupil with a flag waiting for review');
}

const browser = browserForFile();

describe('review queue', () => {
  it('the coordinator dismisses a flag from "Da rivedere" and it leaves the queue', async () => {
    if (!coordinator) throw new Error('the demo has no coordinator account');
    const { pupil, code } = await pendingFlag();

    const { page, errors } = await openPage(browser());
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') {
        warnings.push(`${message.type()}: ${message.text()}`);
      }
    });
    await signIn(page, coordinator.email, DEMO_PASSWORD);

    // The menu entry carries the number of flags waiting (loaded on its own after sign-in).
    const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
    const entry = nav.getByRole('link', { name: /^Da rivedere, \d+ in attesa$/ });
    await entry.waitFor({ timeout: 30_000 });
    // With nothing left the entry reads just "Da rivedere".
    const countIn = async () => {
      const text = await nav.getByRole('link', { name: /^Da rivedere/ }).innerText();
      return Number(/(\d+) in attesa/.exec(text)?.[1] ?? 0);
    };
    await entry.click();
    await page.getByRole('heading', { level: 1, name: 'Da rivedere' }).waitFor();

    const item = page.getByRole('article', {
      name: `${fullName(pupil)} (2B) – ${flagTitle(code)}`,
    });
    await item.waitFor({ timeout: 30_000 });
    const before = await page.getByRole('main').getByRole('article').count();

    await item
      .getByLabel(/^Motivo della decisione/)
      .fill('Già discusso in consiglio di classe: situazione seguita con la famiglia');
    await item.getByRole('button', { name: 'Respingi la segnalazione' }).click();

    await item.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.getByRole('main').getByRole('article').count()).toBe(before - 1);
    expect(page.url()).toMatch(/\/da-rivedere$/);

    const review = await waitFor(
      () => adminDb.doc(paths.riskCurrent(SCHOOL, pupil.id)).get(),
      (s) => s.get(`reviews.${code}.decision`) === 'dismissed',
    );
    expect(review.get(`reviews.${code}.byUid`)).toBe(DEMO_UIDS.coordinator);
    // The menu's count refetches on its own: wait for it rather than read it once.
    await expect.poll(countIn, { timeout: 30_000 }).toBe(before - 1);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
