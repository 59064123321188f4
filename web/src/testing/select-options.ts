import { within } from '@testing-library/react';

/** The texts of a select's options, in order (placeholder included). */
export function optionTexts(select: HTMLElement): (string | null)[] {
  return within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);
}
