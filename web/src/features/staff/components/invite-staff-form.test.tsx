import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InviteStaffInput } from '@domain';
import { i18n } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';
import type { InviteStaffResult } from '../api/invite-staff';
import type { StaffManager } from '../lib/types';
import { InviteStaffForm } from './invite-staff-form';

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
    expect(screen.queryByLabelText(/Codice della scuola/)).not.toBeInTheDocument();
  });

  it('lets the admin name a head of a school they choose', async () => {
    const user = userEvent.setup();
    const { onInvite } = renderForm(admin);
    await user.type(screen.getByLabelText(/Email/), 'preside@scuola.it');
    await user.type(screen.getByLabelText(/Nome e cognome/), 'Anna Verdi');
    await user.selectOptions(screen.getByLabelText(/Ruolo/), 'head');
    await user.clear(screen.getByLabelText(/Codice della scuola/));
    await user.type(screen.getByLabelText(/Codice della scuola/), 'iis-volta');
    await user.click(screen.getByRole('button', { name: 'Invia invito' }));
    expect(onInvite).toHaveBeenCalledWith({
      email: 'preside@scuola.it',
      displayName: 'Anna Verdi',
      role: 'head',
      schoolId: 'iis-volta',
      districtId: null,
    });
  });

  it("invites into the head's school and says where the invitation went, never a link", async () => {
    const user = userEvent.setup();
    const { onInvite } = renderForm();
    await user.type(screen.getByLabelText(/Email/), 'mario.rossi@scuola.it');
    await user.type(screen.getByLabelText(/Nome e cognome/), 'Mario Rossi');
    await user.selectOptions(screen.getByLabelText(/Ruolo/), 'l2teacher');
    await user.click(screen.getByRole('button', { name: 'Invia invito' }));

    expect(onInvite).toHaveBeenCalledWith({
      email: 'mario.rossi@scuola.it',
      displayName: 'Mario Rossi',
      role: 'l2teacher',
      schoolId: 'school-1',
      districtId: null,
    });
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
