import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '@domain';
import { staffMember } from '@/testing/staff-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import type { StaffManager, StaffMember } from '../lib/types';
import { StaffList } from './staff-list';

const head: StaffManager = { role: 'head', uid: 'u-head', schoolId: 'school-1' };

const member = staffMember;

const staff = [
  member('u-head', 'Francesca Rinaldi', 'head'),
  member('u-teacher', 'Laura Bianchi', 'teacher'),
  member('u-old', 'Piero Neri', null),
];

function renderList() {
  const onChangeRole = vi.fn((_m: StaffMember, _r: Role) => Promise.resolve());
  const onRevoke = vi.fn((_m: StaffMember) => Promise.resolve());
  renderWithProviders(
    <StaffList manager={head} staff={staff} onChangeRole={onChangeRole} onRevoke={onRevoke} />,
  );
  return { onChangeRole, onRevoke };
}

describe('StaffList', () => {
  it('asks for confirmation before revoking, and revokes only on confirm', async () => {
    const user = userEvent.setup();
    const { onRevoke } = renderList();

    await user.click(screen.getByRole('button', { name: "Revoca l'accesso di Laura Bianchi" }));
    const dialog = screen.getByRole('alertdialog', { name: "Revocare l'accesso?" });
    expect(dialog).toHaveTextContent('Laura Bianchi non potrà più vedere');
    expect(onRevoke).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Annulla' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onRevoke).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: "Revoca l'accesso di Laura Bianchi" }));
    await user.click(screen.getByRole('button', { name: 'Revoca accesso' }));
    expect(onRevoke).toHaveBeenCalledWith(staff[1]);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Accesso di Laura Bianchi revocato.',
    );
  });

  it('gives no actions on the head themselves and offers a role back to a revoked colleague', async () => {
    const user = userEvent.setup();
    const { onChangeRole } = renderList();
    const own = screen.getByRole('row', { name: /Francesca Rinaldi/ });
    expect(within(own).queryByRole('button')).not.toBeInTheDocument();

    const revoked = screen.getByRole('row', { name: /Piero Neri/ });
    expect(within(revoked).getByText('Revocato')).toBeInTheDocument();
    const select = within(revoked).getByLabelText('Nuovo ruolo di Piero Neri');
    expect(within(select).queryByRole('option', { name: 'Dirigente scolastico' })).toBeNull();
    await user.selectOptions(select, 'educator');
    await user.click(within(revoked).getByRole('button', { name: 'Applica' }));
    expect(onChangeRole).toHaveBeenCalledWith(staff[2], 'educator');
  });

  it('marks an expired invitation and sends it again on request', async () => {
    const user = userEvent.setup();
    const now = new Date(2026, 10, 20);
    const invited: StaffMember[] = [
      { ...member('u-late', 'Anna Verdi', 'educator'), inviteExpiresAt: new Date(2026, 10, 1) },
      { ...member('u-new', 'Marco Gialli', 'mediator'), inviteExpiresAt: new Date(2026, 10, 25) },
    ];
    const onResendInvitation = vi.fn((_m: StaffMember) => Promise.resolve());
    renderWithProviders(
      <StaffList
        manager={head}
        staff={invited}
        now={now}
        onChangeRole={vi.fn(() => Promise.resolve())}
        onRevoke={vi.fn(() => Promise.resolve())}
        onResendInvitation={onResendInvitation}
      />,
    );
    const late = screen.getByRole('row', { name: /Anna Verdi/ });
    expect(within(late).getByText('Invito scaduto')).toBeInTheDocument();
    const pending = screen.getByRole('row', { name: /Marco Gialli/ });
    expect(pending).toHaveTextContent('Invito in attesa, valido fino al 25/11/2026');
    expect(within(pending).queryByRole('button', { name: /Invia di nuovo/ })).toBeNull();

    await user.click(
      within(late).getByRole('button', { name: "Invia di nuovo l'invito a Anna Verdi" }),
    );
    expect(onResendInvitation).toHaveBeenCalledWith(invited[0]);
    expect(
      await screen.findByText('Invito inviato di nuovo a u-late@scuola.it.'),
    ).toBeInTheDocument();
  });
});
