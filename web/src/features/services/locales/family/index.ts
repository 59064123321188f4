import type { FamilyPageLanguage } from '@domain';
import ar from './ar.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import it from './it.json';
import ro from './ro.json';
import uk from './uk.json';
import zh from './zh.json';

// The family page's fixed text in its eight languages. The page is public and its language is
// the family's (not the interface's, which is Italian or English), so these strings are not an
// i18next namespace: each file is typed against the Italian one.
export type FamilyTexts = typeof it;

export const FAMILY_TEXTS: Record<FamilyPageLanguage, FamilyTexts> = {
  it,
  en: en satisfies FamilyTexts,
  fr: fr satisfies FamilyTexts,
  ar: ar satisfies FamilyTexts,
  es: es satisfies FamilyTexts,
  ro: ro satisfies FamilyTexts,
  zh: zh satisfies FamilyTexts,
  uk: uk satisfies FamilyTexts,
};

/** The languages' own names, for the picker. */
export const LANGUAGE_NAMES: Record<FamilyPageLanguage, string> = {
  it: 'Italiano',
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
  es: 'Español',
  ro: 'Română',
  zh: '中文',
  uk: 'Українська',
};

/** `{{name}}` placeholders filled in. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => String(values[key] ?? ''));
}
