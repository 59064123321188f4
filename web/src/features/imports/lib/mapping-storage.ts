import type { ColumnMapping, ImportKind } from './mapping';

// The column mapping is remembered per school and kind on this device: it holds only header
// names (no personal data), and each school's register exports the same headers every time.
const keyOf = (schoolId: string, kind: ImportKind) => `percorsi.importMapping.${schoolId}.${kind}`;

export function loadMapping(schoolId: string, kind: ImportKind): ColumnMapping | null {
  try {
    const raw = window.localStorage.getItem(keyOf(schoolId, kind));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (e): e is [string, string | null] => typeof e[1] === 'string' || e[1] === null,
      ),
    );
  } catch {
    // Blocked or corrupt storage: start from the guessed mapping.
    return null;
  }
}

export function saveMapping(schoolId: string, kind: ImportKind, mapping: ColumnMapping): void {
  try {
    window.localStorage.setItem(keyOf(schoolId, kind), JSON.stringify(mapping));
  } catch {
    // Not remembering the mapping only costs the user a few selections next time.
  }
}
