import type { Language } from '@domain';

const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/**
 * dd/mm/yyyy in both languages (en-GB uses the same order). Domain dates are calendar days
 * stored at UTC midnight, so they are formatted in UTC to avoid showing the previous day.
 */
export function formatDate(date: Date, language: Language): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  return format.format(date);
}

function displayName(type: 'region' | 'language', code: string, language: Language): string {
  try {
    return new Intl.DisplayNames(language, { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    // A code the runtime does not know is still better shown than hidden.
    return code;
  }
}

/** Country name in the interface language, from an ISO 3166-1 alpha-2 code ("MA" -> "Marocco"). */
export function countryName(code: string, language: Language): string {
  return displayName('region', code, language);
}

/** Language name in the interface language, from an ISO 639 code ("ar" -> "arabo"). */
export function languageName(code: string, language: Language): string {
  return displayName('language', code, language);
}

/** Lower-case, accent-free text for forgiving searches ("Çelik" matches "celik"). */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('it');
}
