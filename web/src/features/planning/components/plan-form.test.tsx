import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { occurrenceDate, occurrenceKey } from '@domain';
import { renderWithProviders } from '@/testing/test-utils';
import type { CaseloadEntry } from '../lib/caseload';
import { caseloadEntry } from '../testing/caseload-fixtures';
import { PlanForm, type PlanPrefill } from './plan-form';

const mutate = vi.fn();
vi.mock('../api/plans', () => ({
  useCreatePlan: () => ({ mutate, reset: vi.fn(), isPending: false, isError: false }),
}));

const caseload: CaseloadEntry[] = [
  caseloadEntry('p1', 'El Idrissi Amina', { risk: { level: 'red', score: 70 }, l2Level: 'A1' }),
  caseloadEntry('p2', 'Ferrari Nicolò', { classId: '3a-sm', l2Level: 'B1' }),
  caseloadEntry('p3', 'Nicoletti Sara', { risk: { level: 'green', score: 5 }, l2Level: 'A1' }),
  caseloadEntry('p4', 'Yılmaz Elif', { classId: '3a-sm', risk: { level: 'amber', score: 30 } }),
];
const classNames = new Map([
  ['2b-sm', '2B'],
  ['3a-sm', '3A'],
]);

function renderForm({
  cuesReady = true,
  prefill = null,
}: { cuesReady?: boolean; prefill?: PlanPrefill | null } = {}) {
  renderWithProviders(
    <PlanForm
      schoolId="s"
      uid="edu"
      caseload={caseload}
      classNames={classNames}
      cuesReady={cuesReady}
      prefill={prefill}
      onClearPrefill={vi.fn()}
    />,
  );
  const form = screen.getByRole('form', { name: 'Pianifica un incontro' });
  const results = within(form).getByRole('list', { name: 'Alunni trovati' });
  const names = () =>
    within(results)
      .queryAllByRole('checkbox')
      .map((c) => c.closest('li')?.querySelector('label')?.textContent);
  return { form, names, search: within(form).getByLabelText('Cerca per nome') };
}

const chips = () => screen.queryByRole('list', { name: 'Alunni scelti' });

beforeEach(() => {
  mutate.mockClear();
});

describe('PlanForm, pupil picker', () => {
  it('filters by part of the name, whatever the accents and case, with a live count', async () => {
    const user = userEvent.setup();
    const { search, names } = renderForm();
    expect(screen.getByRole('status')).toHaveTextContent('4 alunni trovati');

    await user.type(search, 'NICOLO');
    expect(names()).toEqual(['Ferrari Nicolò']);
    expect(screen.getByRole('status')).toHaveTextContent('1 alunno trovato');

    await user.clear(search);
    await user.type(search, 'nicol');
    expect(names()).toEqual(['Ferrari Nicolò', 'Nicoletti Sara']);
    await user.type(search, 'x');
    expect(names()).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('0 alunni trovati');
  });

  it('filters by class, L2 level and risk, which wait for the cues', async () => {
    const user = userEvent.setup();
    const { form, names } = renderForm();
    await user.selectOptions(within(form).getByLabelText('Classe'), '3A');
    expect(names()).toEqual(['Ferrari Nicolò', 'Yılmaz Elif']);
    await user.selectOptions(within(form).getByLabelText('Livello L2'), 'Non valutato');
    expect(names()).toEqual(['Yılmaz Elif']);
    await user.selectOptions(within(form).getByLabelText('Livello L2'), 'Tutti');
    await user.selectOptions(within(form).getByLabelText('Rischio'), 'Giallo');
    expect(names()).toEqual(['Yılmaz Elif']);
    await user.selectOptions(within(form).getByLabelText('Classe'), 'Tutte');
    await user.selectOptions(within(form).getByLabelText('Rischio'), 'Rosso');
    expect(names()).toEqual(['El Idrissi Amina']);
    expect(screen.getByText('2B · L2 A1 · rischio: Rosso')).toBeInTheDocument();
  });

  it('keeps the L2 and risk filters off until the cues are read', () => {
    const { form } = renderForm({ cuesReady: false });
    expect(within(form).getByLabelText('Livello L2')).toBeDisabled();
    expect(within(form).getByLabelText('Rischio')).toBeDisabled();
    expect(within(form).getByLabelText('Classe')).toBeEnabled();
  });

  it('picks with the keyboard: Enter takes the first found, arrows and Space tick in the list', async () => {
    const user = userEvent.setup();
    const { search, form } = renderForm();
    await user.click(search);
    await user.keyboard('amina{Enter}');
    // Enter picked, did not submit, and left the search box ready for the next name.
    expect(mutate).not.toHaveBeenCalled();
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    expect(within(chips() ?? form).getByText('El Idrissi Amina')).toBeInTheDocument();

    await user.keyboard('nicol{ArrowDown}');
    const nicolo = within(form).getByLabelText('Ferrari Nicolò');
    expect(nicolo).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const sara = within(form).getByLabelText('Nicoletti Sara');
    expect(sara).toHaveFocus();
    await user.keyboard(' ');
    expect(sara).toBeChecked();
    expect(nicolo).not.toBeChecked();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(search).toHaveFocus();
    await user.keyboard('{ArrowDown}{Escape}');
    expect(search).toHaveFocus();

    const chosen = chips();
    if (!chosen) throw new Error('no chips');
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['El Idrissi Amina×', 'Nicoletti Sara×']);
  });

  it('shows the picked pupils as chips whose button removes them', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    expect(chips()).toBeNull();
    expect(screen.getByText('Nessun alunno scelto: cercalo per nome qui sotto.')).toBeVisible();
    await user.click(within(form).getByLabelText('Yılmaz Elif'));
    await user.click(within(form).getByLabelText('Ferrari Nicolò'));
    const chosen = chips();
    if (!chosen) throw new Error('no chips');
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(2);

    await user.click(within(chosen).getByRole('button', { name: 'Togli Yılmaz Elif' }));
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(1);
    expect(within(form).getByLabelText('Yılmaz Elif')).not.toBeChecked();
    expect(within(form).getByLabelText('Cerca per nome')).toHaveFocus();
  });
});

describe('PlanForm, planning', () => {
  it('plans a weekly small-group session for the picked pupils', async () => {
    const user = userEvent.setup();
    const { form, search } = renderForm();
    const monday = '2030-01-07';
    await user.clear(within(form).getByLabelText('Data (primo incontro)'));
    await user.type(within(form).getByLabelText('Data (primo incontro)'), '07/01/2030');
    await user.type(within(form).getByLabelText('Materia o attività'), 'Matematica');
    await user.type(search, 'elif{Enter}');
    await user.type(search, 'amina{Enter}');
    await user.click(within(form).getByLabelText('Ogni settimana'));
    await user.type(within(form).getByLabelText('Fino al'), '4/2/2030');
    await user.click(within(form).getByRole('button', { name: 'Pianifica' }));

    expect(mutate).toHaveBeenCalledOnce();
    expect(mutate.mock.calls[0]?.[0]).toEqual({
      date: occurrenceDate(monday),
      startTime: '14:30',
      minutes: 60,
      subject: 'Matematica',
      format: 'smallGroup',
      pupilIds: ['p4', 'p1'],
      educatorUid: 'edu',
      recurrence: { kind: 'weekly', until: occurrenceDate('2030-02-04') },
      peerPair: null,
    });
  });

  it('takes an accepted peer pair: both pupils, the subject and the pair', async () => {
    const user = userEvent.setup();
    const { form } = renderForm({
      prefill: {
        pupilIds: ['p2', 'p1'],
        subject: 'Peer education',
        peerPair: { tutorPupilId: 'p2', tuteePupilId: 'p1' },
      },
    });
    expect(
      within(form).getByText('Coppia peer education: Ferrari Nicolò (tutor) con El Idrissi Amina'),
    ).toBeVisible();
    expect(within(form).getByLabelText('Materia o attività')).toHaveValue('Peer education');
    expect(within(form).getByRole('button', { name: 'Togli Ferrari Nicolò' })).toBeVisible();
    expect(within(form).getByLabelText('El Idrissi Amina')).toBeChecked();
    await user.click(within(form).getByRole('button', { name: 'Pianifica' }));
    expect(mutate.mock.calls[0]?.[0]).toMatchObject({
      pupilIds: ['p2', 'p1'],
      format: 'smallGroup',
      peerPair: { tutorPupilId: 'p2', tuteePupilId: 'p1' },
    });
  });

  it('says what is missing, next to each field, and plans nothing', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    // Today as gg/mm/aaaa, whatever the browser's locale.
    const [y, m, d] = occurrenceKey(new Date()).split('-');
    expect(within(form).getByLabelText('Data (primo incontro)')).toHaveValue(`${d}/${m}/${y}`);
    await user.click(within(form).getByRole('button', { name: 'Pianifica' }));

    expect(await within(form).findByLabelText('Materia o attività')).toHaveAccessibleDescription(
      'Campo obbligatorio',
    );
    expect(within(form).getByLabelText('Materia o attività')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(
      within(form).getByRole('group', { name: 'Alunni (da 1 a 6)' }),
    ).toHaveAccessibleDescription('Indicarne almeno uno');
    expect(mutate).not.toHaveBeenCalled();
  });

  it('refuses a day the calendar does not have, with the Italian message', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    const date = within(form).getByLabelText('Data (primo incontro)');
    await user.clear(date);
    await user.type(date, '29/02/2031');
    await user.click(within(form).getByRole('button', { name: 'Pianifica' }));

    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/Questo giorno non esiste nel calendario/);
    expect(mutate).not.toHaveBeenCalled();
  });
});
