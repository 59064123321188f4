import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '@domain';
import dashboardEn from '@/features/dashboard/locales/en.json';
import dashboardIt from '@/features/dashboard/locales/it.json';
import evaluationEn from '@/features/evaluation/locales/en.json';
import evaluationIt from '@/features/evaluation/locales/it.json';
import importsEn from '@/features/imports/locales/en.json';
import importsIt from '@/features/imports/locales/it.json';
import planningEn from '@/features/planning/locales/en.json';
import planningIt from '@/features/planning/locales/it.json';
import pupilSheetEn from '@/features/pupil-sheet/locales/en.json';
import pupilSheetIt from '@/features/pupil-sheet/locales/it.json';
import recordsEn from '@/features/records/locales/en.json';
import recordsIt from '@/features/records/locales/it.json';
import riskEn from '@/features/risk/locales/en.json';
import riskIt from '@/features/risk/locales/it.json';
import schoolsEn from '@/features/schools/locales/en.json';
import schoolsIt from '@/features/schools/locales/it.json';
import staffEn from '@/features/staff/locales/en.json';
import staffIt from '@/features/staff/locales/it.json';
import en from '@/locales/en.json';
import it from '@/locales/it.json';

// Shared strings live in `translation`; each feature has its own namespace file, so features
// never edit each other's strings. Italian is the reference: the English files are typed
// against it, so a missing English key is a compile error.
const italian = {
  translation: it,
  records: recordsIt,
  risk: riskIt,
  dashboard: dashboardIt,
  staff: staffIt,
  planning: planningIt,
  imports: importsIt,
  evaluation: evaluationIt,
  schools: schoolsIt,
  pupilSheet: pupilSheetIt,
};
const english: typeof italian = {
  translation: en,
  records: recordsEn,
  risk: riskEn,
  dashboard: dashboardEn,
  staff: staffEn,
  planning: planningEn,
  imports: importsEn,
  evaluation: evaluationEn,
  schools: schoolsEn,
  pupilSheet: pupilSheetEn,
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: typeof italian;
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
  resources: { it: italian, en: english },
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
