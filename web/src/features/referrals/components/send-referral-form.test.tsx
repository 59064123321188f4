import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Service } from '@domain';
import { renderWithProviders } from '@/testing/test-utils';
import { useFamilyMeetings } from '../api/get-family-meetings';
import { type DirectoryEntry, useDirectory } from '../api/get-services';
import { sendReferral } from '../api/referral-actions';
import { SendReferralForm } from './send-referral-form';

// The form's own behaviour: consent first, nothing shared unless ticked, services that do not
// take referrals cannot be chosen, and what reaches the callable. The callable itself runs
// against the emulators in tests/functions/referrals.test.ts.
vi.mock('../api/get-services', () => ({ useDirectory: vi.fn() }));
vi.mock('../api/get-family-meetings', () => ({ useFamilyMeetings: vi.fn() }));
vi.mock('../api/referral-actions', () => ({ sendReferral: vi.fn() }));

const at = new Date('2026-11-01T00:00:00Z');
const service = (id: string, name: string, extra: Partial<Service> = {}): DirectoryEntry => ({
  id,
  organizationName: 'Comune di Milano',
  organizationId: 'org-social',
  name,
  description: '',
  eligibility: 'Famiglie residenti nel Municipio 2',
  howToApply: 'Su appuntamento',
  documentsNeeded: '',
  costDescription: '',
  scheduleNotes: '',
  categories: ['contrasto-poverta'],
  status: 'active',
  minimumAge: null,
  maximumAge: null,
  free: true,
  languages: ['it', 'ar'],
  interpretationAvailable: true,
  website: '',
  email: '',
  phone: '',
  locations: [],
  schedule: [],
  acceptingReferrals: true,
  capacityUpdatedAt: at,
  lastCheckedAt: at,
  translations: {},
  updatedAt: at,
  ...extra,
});

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(useDirectory).mockReturnValue({
    data: [
      service('svc-open', 'Segretariato sociale'),
      service('svc-full', 'Contributo affitto', { acceptingReferrals: false }),
    ],
    isPending: false,
  } as unknown as ReturnType<typeof useDirectory>);
  vi.mocked(useFamilyMeetings).mockReturnValue({
    data: [{ id: 'm1', date: at, followUp: 'Chiedere aiuto per la mensa' }],
  } as unknown as ReturnType<typeof useFamilyMeetings>);
  vi.mocked(sendReferral).mockResolvedValue({ referralId: 'r1' });
});

const renderForm = (onSent = vi.fn()) =>
  renderWithProviders(
    <SendReferralForm
      schoolId="s1"
      districtId="d1"
      pupilId="p1"
      familyMeetingId="m1"
      onSent={onSent}
    />,
  );

describe('SendReferralForm', () => {
  it('keeps everything disabled until the family’s consent is recorded, nothing pre-ticked', async () => {
    renderForm();
    expect(screen.getByLabelText(/^Motivo dell’invio/)).toBeDisabled();
    for (const box of screen.getAllByRole('checkbox').slice(1)) expect(box).not.toBeChecked();
    await userEvent.click(screen.getByLabelText(/La famiglia ha dato il consenso/));
    expect(screen.getByLabelText(/^Motivo dell’invio/)).toBeEnabled();
    expect(
      screen.getByRole('option', { name: /Contributo affitto.*Non accetta invii/ }),
    ).toBeDisabled();
  });

  it('shows capacity and eligibility, then sends only the ticked fields', async () => {
    const onSent = vi.fn();
    renderForm(onSent);
    await userEvent.click(screen.getByLabelText(/La famiglia ha dato il consenso/));
    await userEvent.type(screen.getByLabelText(/^Nome di chi ha dato il consenso/), 'Fatima');
    await userEvent.clear(screen.getByLabelText(/^Lingua del colloquio/));
    await userEvent.type(screen.getByLabelText(/^Lingua del colloquio/), 'ar');
    await userEvent.selectOptions(screen.getByLabelText(/^Servizio dell’Ambito/), 'svc-open');
    expect(screen.getByText('Famiglie residenti nel Municipio 2')).toBeInTheDocument();
    expect(screen.getByText('Accetta invii')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Motivo dell’invio/), 'Spese della mensa');
    await userEvent.type(screen.getByLabelText(/^Cosa si chiede/), 'Un colloquio');
    const due = new Date(Date.now() + 10 * 86_400_000);
    const dd = String(due.getUTCDate()).padStart(2, '0');
    const mm = String(due.getUTCMonth() + 1).padStart(2, '0');
    await userEvent.type(
      screen.getByLabelText(/^Risposta entro/),
      `${dd}/${mm}/${due.getUTCFullYear()}`,
    );
    await userEvent.click(screen.getByLabelText('Nome e cognome'));
    await userEvent.click(screen.getByRole('button', { name: 'Invia al servizio' }));
    expect(sendReferral).toHaveBeenCalledTimes(1);
    const input = vi.mocked(sendReferral).mock.calls[0]?.[0];
    expect(input).toMatchObject({
      serviceId: 'svc-open',
      sharedFields: ['name'],
      familyMeetingId: 'm1',
      consent: { givenBy: 'mother', givenByName: 'Fatima', language: 'ar' },
    });
    expect(onSent).toHaveBeenCalledWith('r1');
  });

  it('refuses a past reply date with the domain’s message, without calling the function', async () => {
    renderForm();
    await userEvent.click(screen.getByLabelText(/La famiglia ha dato il consenso/));
    await userEvent.type(screen.getByLabelText(/^Nome di chi ha dato il consenso/), 'Fatima');
    await userEvent.selectOptions(screen.getByLabelText(/^Servizio dell’Ambito/), 'svc-open');
    await userEvent.type(screen.getByLabelText(/^Motivo dell’invio/), 'Spese');
    await userEvent.type(screen.getByLabelText(/^Cosa si chiede/), 'Colloquio');
    await userEvent.type(screen.getByLabelText(/^Risposta entro/), '01/01/2020');
    await userEvent.click(screen.getByRole('button', { name: 'Invia al servizio' }));
    expect(
      screen.getByText('La scadenza per la risposta deve essere nel futuro'),
    ).toBeInTheDocument();
    expect(sendReferral).not.toHaveBeenCalled();
  });
});
