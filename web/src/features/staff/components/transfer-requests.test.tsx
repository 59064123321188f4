import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RespondToTransferInput } from '@domain';
import { optionTexts } from '@/testing/select-options';
import { renderWithProviders } from '@/testing/test-utils';
import type { TransferRequestRecord } from '../api/get-transfer-requests';
import type { ClassRecord } from '../lib/types';
import { loadedQuery } from './test-utils';
import { TransferRequests } from './transfer-requests';

const request = (
  id: string,
  pupilName: string,
  overrides: Partial<TransferRequestRecord> = {},
): TransferRequestRecord => ({
  id,
  fromSchoolId: 'ic-manzoni',
  toSchoolId: 'iis-volta',
  pupilId: `p-${id}`,
  pupilName,
  fromSchoolName: 'IC Manzoni',
  toSchoolName: 'IIS Volta',
  toClassId: null,
  requestedBy: 'u-manzoni-head',
  requestedAt: new Date(2026, 9, 1),
  status: 'requested',
  decidedBy: null,
  decidedAt: null,
  copiedAt: null,
  completedAt: null,
  ...overrides,
});

const incoming = [
  request('r1', 'El Idrissi Amina'),
  request('r2', 'Popescu Ioana', { toClassId: '1b' }),
];
const classes = [
  { id: '1a', name: '1A' },
  { id: '1b', name: '1B' },
] as ClassRecord[];

const respond = vi.fn((_input: RespondToTransferInput) =>
  Promise.resolve({ requestId: 'r1', status: 'completed' }),
);
vi.mock('../api/get-transfer-requests', () => ({
  useTransferRequests: () => loadedQuery({ incoming, outgoing: [] }),
  useRespondToTransfer: () => ({ mutateAsync: respond, isPending: false }),
}));
vi.mock('../api/get-school-classes', () => ({
  useSchoolClasses: () => ({ isPending: false, isError: false, data: classes }),
}));

describe('TransferRequests', () => {
  it('accepts a request only into a class of the receiving school, chosen from its list', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TransferRequests schoolId="iis-volta" />);
    const picker = screen.getByRole('combobox', {
      name: 'Classe in cui inserire El Idrissi Amina',
    });
    expect(optionTexts(picker)).toEqual(['Scegli la classe', '1A', '1B']);

    const accept = screen.getByRole('button', {
      name: 'Accetta il trasferimento di El Idrissi Amina',
    });
    await user.click(accept);
    expect(respond).not.toHaveBeenCalled();
    expect(picker).toHaveAttribute('aria-invalid', 'true');
    expect(picker).toHaveAccessibleDescription("Scegli la classe in cui inserire l'alunno.");

    await user.selectOptions(picker, '1A');
    await user.click(accept);
    expect(respond).toHaveBeenCalledWith({ requestId: 'r1', accept: true, toClassId: '1a' });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'El Idrissi Amina è stato trasferito nella tua scuola.',
    );
  });

  it('preselects the class the sender proposed, and rejects without one', async () => {
    const user = userEvent.setup();
    respond.mockClear();
    renderWithProviders(<TransferRequests schoolId="iis-volta" />);
    expect(
      screen.getByRole('combobox', { name: 'Classe in cui inserire Popescu Ioana' }),
    ).toHaveValue('1b');
    await user.click(
      screen.getByRole('button', { name: 'Rifiuta il trasferimento di El Idrissi Amina' }),
    );
    expect(respond).toHaveBeenCalledWith({ requestId: 'r1', accept: false });
  });
});
