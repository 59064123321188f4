// Which family-sheet languages a family is offered (the texts are in family-sheet-texts.ts).
import { FAMILY_SHEET } from './family-sheet-texts';

/** Languages the family sheet exists in, Italian first. */
export const FAMILY_SHEET_LANGUAGES: readonly string[] = Object.keys(FAMILY_SHEET);

export function familySheetLanguageName(code: string): string {
  return FAMILY_SHEET[code]?.name ?? code;
}

/**
 * Home languages of the demo with no written sheet of their own, and the language their
 * families usually read (Berber speakers from Morocco read Arabic or French, Wenzhounese
 * speakers Chinese, Quechua speakers Spanish).
 */
const READ_INSTEAD: Record<string, string> = { ber: 'ar', wuu: 'zh', qu: 'es' };

/** The sheet languages for a family's home languages, best first, then all the others. */
export function sheetLanguagesFor(homeLanguages: readonly string[]): string[] {
  const own = homeLanguages
    .map((l) => (FAMILY_SHEET[l] ? l : READ_INSTEAD[l]))
    .filter((l): l is string => l !== undefined);
  return [...new Set([...own, ...FAMILY_SHEET_LANGUAGES])];
}
