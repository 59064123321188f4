import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { translateValidationMessage } from '@domain';
import { inLanguageEnvironment, type LanguageEnvironment } from '@/testing/browser-language';
import { renderWithProviders } from '@/testing/test-utils';
import { ControlledDateField } from './controlled-date-field';

// The filters and the orientation form keep their dates in component state: the same
// gg/mm/aaaa field as the forms, in an it-IT and an en-US browser.

const ENVIRONMENTS: LanguageEnvironment[] = [
  { browser: 'it-IT', ui: 'it' },
  { browser: 'en-US', ui: 'en' },
];

function Harness({
  initial,
  onChange,
}: {
  initial: Date | null;
  onChange: (d: Date | null) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <ControlledDateField
        id="day"
        label="Giorno"
        value={value}
        onChange={(d) => {
          setValue(d);
          onChange(d);
        }}
      />
      <button type="button" onClick={() => setValue(new Date(Date.UTC(2026, 0, 7)))}>
        reset
      </button>
    </>
  );
}

describe.each(ENVIRONMENTS)('controlled date field, browser $browser', ({ browser, ui }) => {
  inLanguageEnvironment({ browser, ui });

  const setup = (initial: Date | null = null) => {
    const onChange = vi.fn();
    renderWithProviders(<Harness initial={initial} onChange={onChange} />);
    return { onChange, field: screen.getByLabelText('Giorno') };
  };

  it('shows the day as gg/mm/aaaa in a text field', () => {
    const { field } = setup(new Date(Date.UTC(2026, 2, 5)));
    expect(field).toHaveAttribute('type', 'text');
    expect(field).toHaveValue('05/03/2026');
  });

  it('refuses 31/02 with a message and keeps the last valid day', async () => {
    const { field, onChange } = setup(new Date(Date.UTC(2026, 2, 5)));
    await userEvent.clear(field);
    await userEvent.type(field, '31/02/2026');
    fireEvent.blur(field);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText(translateValidationMessage('validation.impossibleDate', ui)),
    ).toBeVisible();
    expect(onChange).not.toHaveBeenCalledWith(expect.any(Date));
  });

  it('accepts 29/02 only in a leap year', async () => {
    const { field, onChange } = setup();
    await userEvent.type(field, '29/02/2025');
    fireEvent.blur(field);
    expect(
      screen.getByText(translateValidationMessage('validation.impossibleDate', ui)),
    ).toBeVisible();
    expect(onChange).not.toHaveBeenCalledWith(expect.any(Date));

    await userEvent.clear(field);
    await userEvent.type(field, '29/02/2024');
    fireEvent.blur(field);
    expect(onChange).toHaveBeenLastCalledWith(new Date(Date.UTC(2024, 1, 29)));
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('completes a short day on leaving the field, and shows a value set from outside', async () => {
    const { field, onChange } = setup();
    await userEvent.type(field, '5.3.2026');
    fireEvent.blur(field);
    expect(field).toHaveValue('05/03/2026');
    expect(onChange).toHaveBeenLastCalledWith(new Date(Date.UTC(2026, 2, 5)));
    await userEvent.click(screen.getByRole('button', { name: 'reset' }));
    expect(field).toHaveValue('07/01/2026');
  });

  it('empties an optional field to no day', async () => {
    const { field, onChange } = setup(new Date(Date.UTC(2026, 2, 5)));
    await userEvent.clear(field);
    fireEvent.blur(field);
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(field).not.toHaveAttribute('aria-invalid');
  });
});
