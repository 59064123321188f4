import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InviteStaffInput } from '@domain';
import { i18n } from '@/lib/i18n';
import { schoolFixture } from '@/testing/staff-fixtures';
import { optionTexts } from '@/testing/select-options';
import { renderWithProviders } from '@/testing/test-utils';
import type { DistrictOption, SchoolOption } from '../api/get-school-directory';
import type { InviteStaffResult } from '../api/invite-staff';
import type { StaffManager } from '../lib/types';
import { InviteStaffForm } from './invite-staff-form';
import { invitation, loadedQuery } from './test-utils';

const school = (id: string, name: string, code: string, city: string): SchoolOption => ({
  id,
  ...schoolFixture({ name, code, city }),
});
const schools = [
  school('school-1', 'IC Manzoni', 'MIIC8AB00X', 'Monza'),
  school('iis-volta', 'IIS Volta', 'MIIS01200T', 'Monza'),
];
const districts: DistrictOption[] = [
  { id: 'ambito-21', name: 'Ambito 21 – Monza' },
  { id: 'ambito-22', name: 'Ambito 22 – Vimercate' },
];
const useAllSchools = vi.fn((_enabled: boolean) => loadedQuery({ items: schools, unreadable: 0 }));
const useDistricts = vi.fn((_enabled: boolean) => loadedQuery(districts));
vi.mock('../api/get-school-directory', () => ({
  useAllSchools: (enabled: boolean) => useAllSchools(enabled),
  useDistricts: (enabled: boolean) => useDistricts(enabled),
}));

const head: StaffManager = { role: 'head', uid: 'u-head', schoolId: 'school-1' };
const admin: StaffManager = { role: 'admin', uid: 'u-admin' };

function renderForm(manager: StaffManager = head) {
  const onInvite = vi.fn((_input: InviteStaffInput): Promise<InviteStaffResult> =>
    Promise.resolve({
      uid: 'u-new',
      email: 'mario.rossi@scuola.it',
      inviteExpiresAt: new Date(2026, 10, 27),
    }),
  );
  renderWithProviders(
    <InviteStaffForm manager={manager} schoolId="school-1" onInvite={onInvite} />,
  );
  return { onInvite };
}

afterEach(async () => {
  await i18n.changeLanguage('it');
});

describe('InviteStaffForm', () => {
  it('refuses a malformed email in Italian and calls nothing', async () => {
    const user = userEvent.setup();
    const { onInvite } = renderForm();

    await user.type(screen.getByLabelText(/Email/), 'mario.rossi@');
    await user.type(screen.getByLabelText(/Nome e cognome/), 'Mario Rossi');
    await user.selectOptions(screen.getByLabelText(/Ruolo/), 'teacher');
    await user.click(screen.getByRole('button', { name: 'Invia invito' }));

    const email = screen.getByLabelText(/Email/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Indirizzo email non valido');
    expect(screen.getByText('Correggi i campi segnalati.')).toBeInTheDocument();
    expect(onInvite).not.toHaveBeenCalled();
  });

  it('offers a head only the roles of their school, never head or admin', () => {
    renderForm();
    const options = within(screen.getByLabelText(/Ruolo/))
      .getAllByRole('option')
      .map((o) => o.getAttribute('value'));
    expect(options).toEqual([
      '',
      'teacher',
      'l2teacher',
      'educator',
      'mediator',
      'coordinator',
      'referent',
    ]);
    expect(screen.queryByRole('combobox', { name: /Scuola/ })).not.toBeInTheDocument();
    // A head never reads the other schools.
    expect(useAllSchools).toHaveBeenLastCalledWith(false);
  });

  it('lets the admin name a head of a school they pick from the list', async () => {
    const user = userEvent.setup();
    const { onInvite } = renderForm(admin);
    await user.type(screen.getByLabelText(/Email/), 'preside@scuola.it');
    await user.type(screen.getByLabelText(/Nome e cognome/), 'Anna Verdi');
    await user.selectOptions(screen.getByLabelText(/Ruolo/), 'head');
    const picker = screen.getByRole('combobox', { name: /^Scuola/ });
    expect(optionTexts(picker)).toEqual([
      'Scegli una scuola',
      'IC Manzoni – Monza (MIIC8AB00X)',
      'IIS Volta – Monza (MIIS01200T)',
    ]);
    // The school whose staff the admin is looking at comes preselected.
    expect(picker).toHaveValue('school-1');
    await user.selectOptions(picker, 'IIS Volta – Monza (MIIS01200T)');
    await user.click(screen.getByRole('button', { name: 'Invia invito' }));
    expect(onInvite).toHaveBeenCalledWith(
      invitation('preside@scuola.it', 'Anna Verdi', 'head', { schoolId: 'iis-volta' }),
    );
  });

  it('lets the admin invite an Ambito coordinator into an Ambito picked from the list', async () => {
    const user = userEvent.setup();
    const { onInvite } = renderForm(admin);
    await user.type(screen.getByLabelText(/Email/), 'ambito21@scuola.it');
    await user.type(screen.getByLabelText(/Nome e cognome/), 'Paolo Neri');
    await user.selectOptions(screen.getByLabelText(/Ruolo/), 'district');
    expect(screen.queryByRole('combobox', { name: /^Scuola/ })).toBeNull();
    const picker = screen.getByRole('combobox', { name: /Ambito territoriale/ });
    expect(optionTexts(picker)).toEqual([
      'Scegli un Ambito',
      'Ambito 21 – Monza',
      'Ambito 22 – Vimercate',
    ]);

    await user.click(screen.getByRole('button', { name: 'Invia invito' }));
    expect(picker).toHaveAttribute('aria-invalid', 'true');
    expect(onInvite).not.toHaveBeenCalled();

    await user.selectOptions(picker, 'Ambito 22 – Vimercate');
    await user.click(screen.getByRole('button', { name: 'Invia invito' }));
    expect(onInvite).toHaveBeenCalledWith(
      invitation('ambito21@scuola.it', 'Paolo Neri', 'district', { districtId: 'ambito-22' }),
    );
  });

  it("invites into the head's school and says where the invitation went, never a link", async () => {
    const user = userEvent.setup();
    const { onInvite } = renderForm();
    await user.type(screen.getByLabelText(/Email/), 'mario.rossi@scuola.it');
    await user.type(screen.getByLabelText(/Nome e cognome/), 'Mario Rossi');
    await user.selectOptions(screen.getByLabelText(/Ruolo/), 'l2teacher');
    await user.click(screen.getByRole('button', { name: 'Invia invito' }));

    expect(onInvite).toHaveBeenCalledWith(
      invitation('mario.rossi@scuola.it', 'Mario Rossi', 'l2teacher', { schoolId: 'school-1' }),
    );
    const done = await screen.findByRole('status');
    expect(within(done).getByText('Invito inviato a mario.rossi@scuola.it')).toBeInTheDocument();
    expect(done).toHaveTextContent('27/11/2026');
    expect(done.textContent).not.toMatch(/oobCode|https?:/);
    expect(screen.queryByRole('textbox', { name: /link/i })).toBeNull();
  });

  it("shows the callable's refusal in the interface language", async () => {
    const user = userEvent.setup();
    const refusal = Object.assign(
      new Error(
        'Esiste già un account con questa email: cambia il suo ruolo dall’elenco del personale.',
      ),
      {
        code: 'functions/failed-precondition',
        details: { en: 'An account with this email exists: change its role from the staff list.' },
      },
    );
    const { onInvite } = renderForm();
    onInvite.mockRejectedValue(refusal);
    await i18n.changeLanguage('en');

    await user.type(screen.getByLabelText(/Email/), 'laura@scuola.it');
    await user.type(screen.getByLabelText(/Full name/), 'Laura Bianchi');
    await user.selectOptions(screen.getByLabelText(/Role/), 'teacher');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'An account with this email exists: change its role from the staff list.',
    );
  });
});
