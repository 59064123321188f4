import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translateValidationMessage } from '@domain';
import { inLanguageEnvironment, type LanguageEnvironment } from '@/testing/browser-language';
import { renderWithProviders } from '@/testing/test-utils';
import type { SaveStatus } from '../lib/save-outcome';
import { FamilyMeetingForm } from './family-meeting-form';

// The issue: an en-US browser showed the native date input as mm/dd/yyyy, and an impossible
// day typed there was saved as another day. The date field is now the same in every browser:
// each case runs with the browser in it-IT and in en-US, and with the interface in Italian
// and in English.

const ENVIRONMENTS: LanguageEnvironment[] = [
  { browser: 'it-IT', ui: 'it' },
  { browser: 'en-US', ui: 'it' },
  { browser: 'en-US', ui: 'en' },
];

function renderForm() {
  const onSave = vi.fn((): Promise<SaveStatus> => Promise.resolve('saved'));
  renderWithProviders(
    <FamilyMeetingForm
      initial={null}
      homeLanguages={['ar']}
      onSave={onSave}
      onSaved={() => undefined}
      onCancel={() => undefined}
    />,
  );
  return { onSave };
}

describe.each(ENVIRONMENTS)('record dates, browser $browser, interface $ui', ({ browser, ui }) => {
  const label = () => new RegExp(`^${i18n.t('fields.date', { ns: 'records' })}`);
  const save = () => i18n.t('form.save', { ns: 'records' });
  const message = (key: string) => translateValidationMessage(key, ui);

  inLanguageEnvironment({ browser, ui });

  it('is a text field showing today as gg/mm/aaaa, whatever the browser', () => {
    renderForm();
    const date = screen.getByLabelText(label());
    expect(date).toHaveAttribute('type', 'text');
    expect(date).toHaveAttribute('placeholder', ui === 'it' ? 'gg/mm/aaaa' : 'dd/mm/yyyy');
    const now = new Date();
    const today = [now.getDate(), now.getMonth() + 1]
      .map((n) => String(n).padStart(2, '0'))
      .concat(String(now.getFullYear()))
      .join('/');
    expect(date).toHaveValue(today);
  });

  it.each([
    ['31/02/2024', 'validation.impossibleDate'],
    ['29/02/2025', 'validation.impossibleDate'],
    ['29/02/1900', 'validation.impossibleDate'],
    ['31/04/2025', 'validation.impossibleDate'],
    ['12/13/2025', 'validation.impossibleDate'],
    ['02/31/2025', 'validation.impossibleDate'],
    ['2025/02/28', 'validation.invalidDate'],
    ['1/1/25', 'validation.invalidDate'],
    ['', 'validation.required'],
  ])('refuses "%s" with its message and saves nothing', async (typed, key) => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    const date = screen.getByLabelText(label());
    await user.clear(date);
    if (typed !== '') await user.type(date, typed);
    await user.click(screen.getByRole('button', { name: save() }));

    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(expect.stringContaining(message(key)));
    expect(date).toHaveValue(typed);
    expect(onSave).not.toHaveBeenCalled();
  });

  it.each(['29/02/2024', '29/02/2000', '28/02/2025', '5.3.2026', '2024-02-29'])(
    'accepts "%s"',
    async (typed) => {
      const user = userEvent.setup();
      renderForm();
      const date = screen.getByLabelText(label());
      await user.clear(date);
      await user.type(date, typed);
      await user.click(screen.getByRole('button', { name: save() }));

      // Other fields are still missing, so the form shows errors: but not on the date.
      expect(await screen.findAllByRole('alert')).not.toHaveLength(0);
      expect(date).not.toHaveAttribute('aria-invalid');
    },
  );
});

describe('record dates, saving (browser en-US, interface in Italian)', () => {
  beforeEach(() => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
  });
  afterEach(() => vi.restoreAllMocks());

  it('saves 29/02/2024 as that day, and rewrites a short day in full on leaving the field', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    const date = screen.getByLabelText(/^Data/);
    await user.clear(date);
    await user.type(date, '5.3.2024');
    await user.tab();
    expect(date).toHaveValue('05/03/2024');

    await user.clear(date);
    await user.type(date, '29/02/2024');
    await user.click(screen.getByLabelText('Padre'));
    await user.click(screen.getByLabelText(/Non si è svolto/));
    await user.type(screen.getByLabelText('Azioni concordate'), 'Nuovo invito');
    await user.type(screen.getByLabelText('Scadenza delle azioni'), '31/02/2027');
    await user.click(screen.getByRole('button', { name: 'Salva' }));
    expect(screen.getByLabelText('Scadenza delle azioni')).toHaveAccessibleDescription(
      /Questo giorno non esiste nel calendario/,
    );
    expect(onSave).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Scadenza delle azioni'));
    await user.type(screen.getByLabelText('Scadenza delle azioni'), '15/01/2027');
    await user.click(screen.getByRole('button', { name: 'Salva' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        date: new Date('2024-02-29T00:00:00Z'),
        followUpDue: new Date('2027-01-15T00:00:00Z'),
      }),
    );
  });
});
