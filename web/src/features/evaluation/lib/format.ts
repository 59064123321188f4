import type { Language } from '@domain';

const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

/** Shown where a ratio has no denominator (no pupil failed, none was flagged...). */
export const NO_RATIO = '—';

/** Ratios as percentages with one decimal, in the interface language ("78,7%" in Italian). */
export function ratioFormatter(language: Language): (ratio: number | null) => string {
  const format = new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (ratio) => (ratio === null ? NO_RATIO : format.format(ratio));
}

/** Counts with the interface language's grouping ("12.500" in Italian). */
export function countFormatter(language: Language): (count: number) => string {
  const format = new Intl.NumberFormat(LOCALES[language]);
  return (count) => format.format(count);
}
