import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '@domain';
import en from '@/locales/en.json';
import it from '@/locales/it.json';

// Compile-time guard: the English file must carry every key of the Italian one.
const english: typeof it = en;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof it };
  }
}

const STORAGE_KEY = 'percorsi.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l === value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'it';
  } catch {
    // Storage can be blocked (private mode, policies); Italian is the default anyway.
    return 'it';
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisting the choice is acceptable: the switch still works for this session.
  }
}

// Italian is the interface's first language; the browser's language is deliberately not
// followed, so that a school's shared computers always open in Italian.
void i18n.use(initReactI18next).init({
  resources: { it: { translation: it }, en: { translation: english } },
  lng: storedLanguage(),
  fallbackLng: 'it',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', applyLanguage);

/** The current interface language, narrowed to the languages the app ships. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'it';
}

export { i18n };
