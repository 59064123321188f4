import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { updateReferralStatus } from '../api/referral-actions';
import { StatusActions } from './status-actions';

// Each side is offered only the moves `canTransition` allows; rejecting needs a reason and
// completing the family's outcome before the callable is called.
vi.mock('../api/referral-actions', () => ({ updateReferralStatus: vi.fn() }));

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(updateReferralStatus).mockResolvedValue({ status: 'completed' });
});

describe('StatusActions', () => {
  it('offers the receiver accept and reject, the sender only cancel', () => {
    const { unmount } = renderWithProviders(
      <StatusActions referralId="r1" status="requested" actor="receiver" />,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Accetta', 'Rifiuta']);
    unmount();
    renderWithProviders(<StatusActions referralId="r1" status="requested" actor="sender" />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Annulla l’invio']);
  });

  it('offers nothing on a closed referral', () => {
    renderWithProviders(<StatusActions referralId="r1" status="completed" actor="receiver" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/Nessun passaggio possibile/)).toBeInTheDocument();
  });

  it('asks a reason to reject and an outcome to complete', async () => {
    renderWithProviders(<StatusActions referralId="r1" status="in-progress" actor="receiver" />);
    await userEvent.click(screen.getByRole('button', { name: 'Concludi' }));
    await userEvent.click(screen.getByRole('button', { name: 'Conferma: Concludi' }));
    expect(screen.getByText('Per concludere indica l’esito per la famiglia.')).toBeInTheDocument();
    expect(updateReferralStatus).not.toHaveBeenCalled();
    await userEvent.selectOptions(screen.getByLabelText(/^Esito per la famiglia/), 'gotHelp');
    await userEvent.click(screen.getByRole('button', { name: 'Conferma: Concludi' }));
    expect(updateReferralStatus).toHaveBeenCalledWith({
      referralId: 'r1',
      status: 'completed',
      reason: '',
      outcome: 'gotHelp',
    });
  });
});
