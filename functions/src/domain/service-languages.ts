// Languages of the directory: which ones a translation may be in, the family page's, and how a
// translated field falls back to Italian.

/**
 * Languages a translation may be in (ISO 639-1): the most spoken in families with a migrant
 * background in Italy. Italian is the base text and never a translation. The rules accept
 * exactly these keys (firestore.rules, isValidDirectoryTranslations).
 */
export const TRANSLATION_LANGUAGES = [
  'en',
  'fr',
  'ar',
  'es',
  'ro',
  'zh',
  'uk',
  'sq',
  'pt',
  'ru',
  'bn',
  'ur',
  'pa',
  'hi',
  'ta',
  'si',
  'tl',
  'wo',
  'ti',
  'am',
  'so',
  'tr',
  'fa',
  'ps',
  'de',
  'pl',
  'bg',
  'sr',
  'ka',
  'ha',
  'ff',
  'ml',
] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** Languages of the family page's fixed text (Italian first). */
export const FAMILY_PAGE_LANGUAGES = ['it', 'en', 'fr', 'ar', 'es', 'ro', 'zh', 'uk'] as const;
export type FamilyPageLanguage = (typeof FAMILY_PAGE_LANGUAGES)[number];

/** Languages written right to left. */
export const RTL_LANGUAGES: readonly string[] = ['ar', 'fa', 'ps', 'ur'];

/**
 * Separator the rules join a field's translations on to check them in one regular expression
 * (rules have no loops): a translated text cannot contain it.
 */
export const TRANSLATION_SEPARATOR = '⁂';

/**
 * Languages one field may be translated into at once (any of TRANSLATION_LANGUAGES): the rules
 * check a service within a budget of 1,000 expressions, and more translations of every field
 * exceed it (tests/rules/services.test.ts, the largest service).
 */
export const MAX_TRANSLATIONS_PER_FIELD = 12;

/**
 * A translated field with its fallback: the text in `language` if there is one, else the
 * Italian text and `fallback: true` (the page marks it).
 */
export function localizedField<F extends string>(
  doc: { translations: Partial<Record<F, Partial<Record<string, string>>>> } & Record<F, string>,
  field: F,
  language: string,
): { text: string; language: string; fallback: boolean } {
  if (language !== 'it') {
    const translated = doc.translations[field]?.[language]?.trim();
    if (translated) return { text: translated, language, fallback: false };
  }
  const base = doc[field];
  return { text: base, language: 'it', fallback: language !== 'it' && base.trim() !== '' };
}
