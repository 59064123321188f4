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

  it('lists links to the pupils and marks one read when opened', async () => {
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
    const link = within(list).getByRole('link', {
      name: 'Rossi Amina1 (2B): livello da Giallo a Rosso (non letta)',
    });
    expect(link).toHaveAttribute('href', '/alunni/p1');
    await user.click(link);
    expect(onMarkRead).toHaveBeenCalledWith(['n1']);
    expect(bell).toHaveAttribute('aria-expanded', 'false');

    await user.click(bell);
    await user.click(screen.getByRole('button', { name: 'Segna tutte come lette' }));
    expect(onMarkRead).toHaveBeenLastCalledWith(['n1', 'n2']);
    await user.keyboard('{Escape}');
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    expect(bell).toHaveFocus();
  });
});

describe('NotificationsBell', () => {
  it('is not shown to roles that receive no risk alerts', () => {
    const { container } = renderWithProviders(<NotificationsBell uid="t" role="teacher" />);
    expect(container).toBeEmptyDOMElement();
  });
});
