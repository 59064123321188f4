import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { notificationsFixture, success } from '../testing/risk-fixtures';
import { NotificationsBell } from './notifications-bell';
import { NotificationsBellView } from './notifications-bell-view';

vi.mock('../api/get-notifications', () => ({ useNotifications: vi.fn() }));
vi.mock('../api/mark-notification-read', () => ({ useMarkNotificationsRead: vi.fn() }));

describe('NotificationsBellView', () => {
  it('carries the unread count in its accessible name', () => {
    const cases = [
      [3, 'Notifiche, 3 non lette'],
      [1, 'Notifiche, 1 non letta'],
      [0, 'Notifiche, nessuna non letta'],
    ] as const;
    for (const [unread, name] of cases) {
      const { unmount } = renderWithProviders(
        <NotificationsBellView
          state={success(notificationsFixture(unread))}
          language="it"
          onMarkRead={vi.fn()}
        />,
      );
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
      unmount();
    }
  });

  it('lists one entry per day with links to the pupils and marks it read when one is opened', async () => {
    const user = userEvent.setup();
    const onMarkRead = vi.fn();
    renderWithProviders(
      <NotificationsBellView
        state={success(notificationsFixture(2))}
        language="it"
        onMarkRead={onMarkRead}
      />,
    );
    const bell = screen.getByRole('button', { name: 'Notifiche, 2 non lette' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    await user.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('region', { name: 'Notifiche' });
    expect(within(list).getByText(/Livello alzato il 20\/11\/2026/)).toHaveTextContent(
      '(non letta)',
    );
    const link = within(list).getByRole('link', { name: 'Rossi Amina1 (2B): da Giallo a Rosso' });
    expect(link).toHaveAttribute('href', '/alunni/p1');
    await user.click(link);
    expect(onMarkRead).toHaveBeenCalledWith(['riskRaised-2026-11-20']);
    expect(bell).toHaveAttribute('aria-expanded', 'false');

    await user.click(bell);
    await user.click(screen.getByRole('button', { name: 'Segna tutte come lette' }));
    expect(onMarkRead).toHaveBeenLastCalledWith(['riskRaised-2026-11-20', 'riskRaised-2026-11-19']);
    await user.keyboard('{Escape}');
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    expect(bell).toHaveFocus();
  });

  it('counts the pupils of a day beyond those listed by name', async () => {
    const state = notificationsFixture(1);
    const [first] = state.recent;
    if (!first) throw new Error('fixture without notifications');
    renderWithProviders(
      <NotificationsBellView
        state={success({ ...state, recent: [{ ...first, total: 53 }] })}
        language="it"
        onMarkRead={vi.fn()}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Notifiche, 1 non letta' }));
    expect(screen.getByText('e altri 52 alunni')).toBeInTheDocument();
  });
});

describe('NotificationsBell', () => {
  it('is not shown to roles that receive no risk alerts', () => {
    const { container } = renderWithProviders(<NotificationsBell uid="t" role="teacher" />);
    expect(container).toBeEmptyDOMElement();
  });
});
