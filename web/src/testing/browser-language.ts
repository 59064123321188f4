import { act } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Language } from '@domain';

/** The language a browser reports and the language of the interface. */
export type LanguageEnvironment = { browser: string; ui: Language };

/**
 * Runs each test of the enclosing `describe` in a browser that reports `browser` as its language,
 * with the interface in `ui`; Italian again afterwards.
 */
export function inLanguageEnvironment({ browser, ui }: LanguageEnvironment): void {
  beforeEach(async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue(browser);
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue([browser]);
    await act(() => i18n.changeLanguage(ui));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await act(() => i18n.changeLanguage('it'));
  });
}
