import { describe, expect, it } from 'vitest';
import { DEMO_DISTRICT_ID } from '../../scripts/seed/generate';
import { browserForFile, openPage } from './browser';

// The public family page of the demo Ambito, signed out: a demo service in Arabic, right to
// left, and the printable handout with its QR code (print media, then a real PDF).

const browser = browserForFile();

describe('family page', () => {
  it('shows the services in Arabic, right to left, signed out, and prints', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`/famiglie/${DEMO_DISTRICT_ID}?lang=ar`);
    const root = page.getByTestId('family-page');
    await root.waitFor();
    expect(await root.getAttribute('dir')).toBe('rtl');
    expect(await root.getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { level: 1, name: 'خدمات للعائلات' }).waitFor();
    // The Comune's social desk (translated into Arabic in the demo) and its documents.
    const service = page.locator('article[data-service-id="svc-servizio-sociale-famiglie"]');
    await service.getByRole('heading', { name: 'مكتب الخدمات الاجتماعية للعائلات' }).waitFor();
    await service.getByText('الوثائق المطلوبة').waitFor();
    expect(await service.getByText('وثيقة هوية').count()).toBe(1);
    // A service without an Arabic name falls back to Italian, marked and tagged lang="it".
    const untranslated = page.locator('article[data-service-id="svc-cag-via-padova"] h3');
    expect(await untranslated.getAttribute('lang')).toBe('it');
    expect(await untranslated.textContent()).toContain('(بالإيطالية)');
    // Only active services: the closed "Guardaroba solidale" is not listed.
    expect(await page.locator('[data-service-id="svc-guardaroba"]').count()).toBe(0);
    // Nothing of a pupil or a person is on the page, and nobody signed in.
    expect(await page.getByRole('link', { name: 'Esci' }).count()).toBe(0);

    // The handout: print media shows the compact one-page list and the QR code, not the tools.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'اطبع الورقة' }).isVisible()).toBe(false);
    expect(await service.isVisible()).toBe(false);
    const handout = page.getByTestId('family-handout');
    expect(await handout.isVisible()).toBe(true);
    const item = handout.locator('[data-service-id="svc-servizio-sociale-famiglie"]');
    expect(await item.isVisible()).toBe(true);
    expect(await item.textContent()).toContain('مكتب الخدمات الاجتماعية للعائلات');
    const qr = page.getByTestId('family-qr');
    expect(await qr.isVisible()).toBe(true);
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    // The handout fits one A4 sheet (the rest of each entry is on the page the QR code opens).
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    expect(errors).toEqual([]);
  });

  it('switches language from the picker (Italian by default)', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`/famiglie/${DEMO_DISTRICT_ID}`);
    await page.getByRole('heading', { level: 1, name: 'Servizi per le famiglie' }).waitFor();
    expect(await page.getByTestId('family-page').getAttribute('dir')).toBe('ltr');
    // Signed out, the page still names the Ambito (its document is public), not its id.
    await page.getByText('Ambito territoriale 1 – Milano Città').first().waitFor();
    await page.getByLabel('Lingua').selectOption('uk');
    await page.getByRole('heading', { level: 1, name: 'Послуги для сімей' }).waitFor();
    await page.waitForURL((url) => url.search === '?lang=uk');
    expect(errors).toEqual([]);
  });
});
