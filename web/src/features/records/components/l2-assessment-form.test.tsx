import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { SaveStatus } from '../lib/save-outcome';
import { L2AssessmentForm } from './l2-assessment-form';

describe('L2AssessmentForm', () => {
  it('requires the tool, every skill level and a past date', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn((): Promise<SaveStatus> => Promise.resolve('saved'));
    renderWithProviders(
      <L2AssessmentForm
        initial={null}
        assessorName="Marco Ferri"
        onSave={onSave}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
    );
    const date = screen.getByLabelText(/^Data/);
    await user.clear(date);
    await user.type(date, '01/01/2099');
    await user.selectOptions(screen.getByLabelText(/^Ascolto/), 'A2');
    await user.click(screen.getByRole('button', { name: 'Salva' }));

    expect(date).toHaveAccessibleDescription(/La data non può essere nel futuro/);
    expect(screen.getByLabelText(/^Strumento/)).toHaveAccessibleDescription('Scelta non valida');
    expect(screen.getByLabelText(/^Lettura/)).toHaveAccessibleDescription('Scelta non valida');
    expect(screen.getByLabelText(/^Ascolto/)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText(/^Valutatore/)).toHaveValue('Marco Ferri');
    expect(onSave).not.toHaveBeenCalled();
  });
});
