import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@domain';
import en from '@/locales/en.json';
import it from '@/locales/it.json';

// Shared strings live in `translation`, loaded here. Each feature has its own namespace,
// registered by the feature's `locales/index.ts` (`registerLocales`) when a module of the
// feature that uses it loads: so a feature's strings travel with its code (a lazy route brings
// its own), and features never edit each other's strings. The namespaces' types are declared
// in web/src/app/i18next.d.ts. Italian is the reference: each English file is typed against
// it, so a missing English key is a compile error.

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
  resources: { it: { translation: it }, en: { translation: en satisfies typeof it } },
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

/** The interface language, re-rendering the component when the user switches it. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.language) ? instance.language : 'it';
}

/**
 * Adds a feature's namespace in both languages (once; later calls change nothing). The
 * English strings must have every key of the Italian ones.
 */
export function registerLocales<T extends object>(namespace: string, italian: T, english: T): void {
  if (i18n.hasResourceBundle('it', namespace)) return;
  i18n.addResourceBundle('it', namespace, italian);
  i18n.addResourceBundle('en', namespace, english);
}

export { i18n };
