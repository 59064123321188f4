import type { CefrLevel, RiskLevel } from '@domain';
import type { CaseloadEntry } from './caseload';

/** Lower case without accents, so "nicolo" finds "Nicolò" and "ELIF" finds "Elif". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('it');
}

/** A filter value that matches a pupil whose cue is not known yet (no risk, never assessed). */
export const UNKNOWN = 'unknown';

export interface PupilFilter {
  /** Part of the name: every word typed must appear in it, accents and case aside. */
  text: string;
  /** Class id, or '' for every class. */
  classId: string;
  /** CEFR level, UNKNOWN, or '' for every level. */
  l2Level: CefrLevel | typeof UNKNOWN | '';
  /** Risk level, UNKNOWN, or '' for every level. */
  need: RiskLevel | typeof UNKNOWN | '';
}

export const NO_FILTER: PupilFilter = { text: '', classId: '', l2Level: '', need: '' };

/**
 * The pupils of a caseload that match a filter, in the caseload's order. The name may be typed
 * in any order of its words ("amina el" and "el idrissi" both find "El Idrissi Amina").
 */
export function filterPupils(
  entries: readonly CaseloadEntry[],
  filter: PupilFilter,
): CaseloadEntry[] {
  const words = foldForSearch(filter.text).split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    if (filter.classId && e.classId !== filter.classId) return false;
    if (filter.l2Level && (e.l2Level ?? UNKNOWN) !== filter.l2Level) return false;
    if (filter.need && (e.risk?.level ?? UNKNOWN) !== filter.need) return false;
    const name = foldForSearch(e.name);
    return words.every((w) => name.includes(w));
  });
}
