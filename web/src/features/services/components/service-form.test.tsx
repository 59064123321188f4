import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { serviceSchema, type Service } from '@domain';
import { renderWithProviders } from '@/testing/test-utils';
import { ServiceForm } from './service-form';

const organizations = [{ id: 'org-comune', name: 'Comune di Milano – Servizi sociali' }];
const now = new Date('2026-11-20T09:00:00Z');

function renderForm() {
  const onSave = vi.fn(async (_id: string, _service: Service) => {});
  renderWithProviders(
    <ServiceForm
      editing={null}
      organizations={organizations}
      onSave={onSave}
      onCancel={vi.fn()}
      now={() => now}
    />,
  );
  return { onSave, user: userEvent.setup() };
}

describe('ServiceForm', () => {
  it('refuses a service without name or category and with hours upside down, in Italian', async () => {
    const { onSave, user } = renderForm();
    await user.type(screen.getByLabelText(/Identificativo/), 'sportello-prova');
    await user.type(screen.getByLabelText(/^Orari/), 'MO 12:00-09:00');
    await user.type(screen.getByLabelText(/Sito web/), 'www.comune');
    await user.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Correggi i campi segnalati.')).toBeInTheDocument();
    expect(screen.getByText('Campo obbligatorio')).toBeInTheDocument();
    expect(screen.getByText('Indicare almeno una categoria')).toBeInTheDocument();
    expect(screen.getByText('L’orario di chiusura deve seguire l’apertura')).toBeInTheDocument();
    expect(screen.getByText(/Indirizzo web non valido/)).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a valid service that the domain schema accepts, with a translation', async () => {
    const { onSave, user } = renderForm();
    await user.type(screen.getByLabelText(/Identificativo/), 'sportello-prova');
    await user.type(screen.getByLabelText(/^Nome del servizio \*?$/), 'Sportello di prova');
    await user.click(screen.getByLabelText('Salute'));
    await user.type(screen.getByLabelText(/^Orari/), 'mo 09:00-12:00');
    await user.selectOptions(screen.getByLabelText('Lingua della traduzione'), 'ar');
    await user.type(screen.getByLabelText('Nome del servizio (ar)'), 'مكتب');
    await user.click(screen.getByRole('button', { name: 'Salva' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const [id, service] = onSave.mock.calls[0]!;
    expect(id).toBe('sportello-prova');
    expect(serviceSchema.parse(service)).toEqual(service);
    expect(service).toMatchObject({
      organizationId: 'org-comune',
      categories: ['salute'],
      schedule: ['MO 09:00-12:00'],
      translations: { name: { ar: 'مكتب' } },
      lastCheckedAt: now,
    });
  });
});
