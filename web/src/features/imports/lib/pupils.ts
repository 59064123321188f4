import {
  PLACEMENTS,
  canonicalJson,
  pupilIntakeSchema,
  type Pupil,
  type PupilIntake,
} from '@domain';
import type { ColumnMapping, PupilField } from './mapping';
import { PUPIL_FIELDS } from './mapping';
import { type CsvTable, type RowError, cellOf, markDuplicates } from './table';
import {
  type Parsed,
  normalizeLabel,
  parseBoolean,
  parseCodeList,
  parseDate,
  parseNumber,
  parseOptionalDate,
  parseSex,
} from './values';

export interface ImportClass {
  id: string;
  name: string;
  schoolYear: string;
}

export interface PupilImportContext {
  classes: readonly ImportClass[];
  /** The school's current year: a class name is resolved among its classes first. */
  schoolYear: string | null;
}

export interface PupilRow {
  line: number;
  errors: RowError[];
  /** The row as the intake schema reads it; null when the row has errors. */
  intake: PupilIntake | null;
  /** Fields the file gives (the others took defaults and never overwrite a stored pupil). */
  given: PupilField[];
  codiceFiscale: string | null;
  schoolPupilCode: string | null;
  /** "Cognome Nome" as the row gives them, to name the pupil in error reports; null if none. */
  pupilName: string | null;
}

/** "Cognome Nome" from the parts present, or null when neither is. */
export function fullName(lastName?: string, firstName?: string): string | null {
  const name = [lastName, firstName]
    .map((s) => s?.trim() ?? '')
    .filter((s) => s !== '')
    .join(' ');
  return name === '' ? null : name;
}

/** The class of a name such as "2B" or "2 b", preferring the current school year's. */
export function resolveClass(name: string, ctx: PupilImportContext): string | null {
  const wanted = normalizeLabel(name).replace(/_/g, '');
  const matches = ctx.classes.filter((c) => normalizeLabel(c.name).replace(/_/g, '') === wanted);
  const current = matches.find((c) => c.schoolYear === ctx.schoolYear);
  return (current ?? matches[0])?.id ?? null;
}

const PLACEMENT_WORDS: Record<string, (typeof PLACEMENTS)[number]> = {
  byage: 'byAge',
  eta: 'byAge',
  per_eta: 'byAge',
  oneyearlower: 'oneYearLower',
  un_anno_in_meno: 'oneYearLower',
  '1': 'oneYearLower',
  twoyearslower: 'twoYearsLower',
  due_anni_in_meno: 'twoYearsLower',
  '2': 'twoYearsLower',
};

type Cells = Partial<Record<PupilField, string>>;

/** Each field's value from its cell, or the error key; absent cells take the defaults. */
function readFields(cells: Cells, ctx: PupilImportContext) {
  const parsed: Partial<Record<PupilField, Parsed<unknown>>> = {};
  const set = (field: PupilField, value: Parsed<unknown>) => (parsed[field] = value);
  const text = (field: PupilField) => cells[field] ?? '';
  const has = (field: PupilField) => cells[field] !== undefined;

  set('codiceFiscale', { ok: true, value: text('codiceFiscale') });
  set('schoolPupilCode', { ok: true, value: text('schoolPupilCode') });
  set('lastName', { ok: true, value: text('lastName') });
  set('firstName', { ok: true, value: text('firstName') });
  set('birthDate', parseDate(text('birthDate')));
  set('sex', parseSex(text('sex')));
  set('countryOfBirth', { ok: true, value: text('countryOfBirth').toUpperCase() });
  set('citizenships', {
    ok: true,
    value: parseCodeList(text('citizenships')).map((c) => c.toUpperCase()),
  });
  set('homeLanguages', {
    ok: true,
    value: parseCodeList(text('homeLanguages')).map((c) => c.toLowerCase()),
  });
  const classId = resolveClass(text('className'), ctx);
  set(
    'className',
    classId ? { ok: true, value: classId } : { ok: false, key: 'import.unknownClass' },
  );
  set('arrivalDate', parseOptionalDate(text('arrivalDate')));
  set('firstItalianSchoolDate', parseOptionalDate(text('firstItalianSchoolDate')));
  set(
    'priorSchoolingYears',
    has('priorSchoolingYears') && text('priorSchoolingYears') !== ''
      ? parseNumber(text('priorSchoolingYears'))
      : { ok: true, value: 0 },
  );
  set('priorSchoolingInterrupted', parseBoolean(text('priorSchoolingInterrupted')));
  const placementText = normalizeLabel(text('placement'));
  const placement = placementText === '' ? 'byAge' : PLACEMENT_WORDS[placementText];
  set(
    'placement',
    placement ? { ok: true, value: placement } : { ok: false, key: 'validation.invalidChoice' },
  );
  set('pdp', parseBoolean(text('pdp')));
  set('pdpDate', parseOptionalDate(text('pdpDate')));
  set('notes', { ok: true, value: text('notes') });
  return parsed;
}

/** Schema path -> import field (only the class differs). */
const fieldOfPath = (path: string): PupilField =>
  path === 'classId' ? 'className' : (path as PupilField);

/**
 * Reads and validates every pupil row: cell parsing, the domain's intake schema (same rules
 * and messages as the intake form), class names against the school's classes, and pupils
 * repeated in the file (same codice fiscale or pupil code: every copy is refused).
 */
export function validatePupilRows(
  table: CsvTable,
  mapping: ColumnMapping,
  ctx: PupilImportContext,
): PupilRow[] {
  const given = PUPIL_FIELDS.filter((f) => mapping[f]);
  const rows = table.rows.map((row): PupilRow => {
    const cells: Cells = {};
    for (const field of given) cells[field] = cellOf(table, row, mapping, field) ?? '';
    const parsed = readFields(cells, ctx);
    const errors: RowError[] = [];
    const failed = new Set<PupilField>();
    const candidate: Record<string, unknown> = {};
    for (const field of PUPIL_FIELDS) {
      const result = parsed[field];
      if (!result) continue;
      if (!result.ok) {
        failed.add(field);
        errors.push({
          column: mapping[field] ?? null,
          key: result.key,
          ...(field === 'className' ? { params: { name: cells.className ?? '' } } : {}),
        });
      }
      candidate[field === 'className' ? 'classId' : field] = result.ok ? result.value : null;
    }
    const check = pupilIntakeSchema.safeParse(candidate);
    if (!check.success) {
      for (const issue of check.error.issues) {
        const field = fieldOfPath(String(issue.path[0] ?? ''));
        if (failed.has(field)) continue;
        failed.add(field);
        errors.push({ column: mapping[field] ?? null, key: issue.message });
      }
    }
    const cf = (cells.codiceFiscale ?? '').toUpperCase();
    return {
      line: row.line,
      errors,
      intake: check.success ? check.data : null,
      given,
      codiceFiscale: cf === '' ? null : cf,
      schoolPupilCode: cells.schoolPupilCode ? cells.schoolPupilCode : null,
      pupilName: fullName(cells.lastName, cells.firstName),
    };
  });
  markDuplicates(
    rows,
    (r) => r.codiceFiscale,
    (lines) => ({
      column: mapping.codiceFiscale ?? null,
      key: 'import.duplicatePupil',
      params: { lines },
    }),
  );
  markDuplicates(
    rows,
    (r) => r.schoolPupilCode,
    (lines) => ({
      column: mapping.schoolPupilCode ?? null,
      key: 'import.duplicatePupil',
      params: { lines },
    }),
  );
  for (const row of rows) if (row.errors.length > 0) row.intake = null;
  return rows;
}

export type StoredPupil = Pupil & { id: string };

export type PupilImportItem =
  | { line: number; action: 'create'; intake: PupilIntake }
  | { line: number; action: 'update'; pupilId: string; changes: Partial<PupilIntake> }
  | { line: number; action: 'unchanged'; pupilId: string };

/** The stored pupil a row speaks of: same codice fiscale, else the same school pupil code. */
export function matchPupil<P extends Pick<Pupil, 'codiceFiscale' | 'schoolPupilCode'>>(
  existing: readonly P[],
  key: { codiceFiscale: string | null; schoolPupilCode: string | null },
): P | undefined {
  return (
    existing.find((p) => key.codiceFiscale !== null && p.codiceFiscale === key.codiceFiscale) ??
    existing.find((p) => key.schoolPupilCode !== null && p.schoolPupilCode === key.schoolPupilCode)
  );
}

/**
 * What importing the valid rows does: a new pupil is created; a known one (by codice fiscale
 * or pupil code) is updated with the fields the file gives that differ, or left alone when
 * none differ. Importing the same file twice therefore writes nothing the second time.
 */
export function planPupilImport(
  rows: readonly PupilRow[],
  existing: readonly StoredPupil[],
): PupilImportItem[] {
  const items: PupilImportItem[] = [];
  for (const row of rows) {
    if (!row.intake) continue;
    const stored = matchPupil(existing, row);
    if (!stored) {
      items.push({ line: row.line, action: 'create', intake: row.intake });
      continue;
    }
    const changes: Partial<PupilIntake> = {};
    for (const field of row.given) {
      const key = field === 'className' ? 'classId' : field;
      if (canonicalJson(row.intake[key]) !== canonicalJson(stored[key])) {
        Object.assign(changes, { [key]: row.intake[key] });
      }
    }
    items.push(
      Object.keys(changes).length === 0
        ? { line: row.line, action: 'unchanged', pupilId: stored.id }
        : { line: row.line, action: 'update', pupilId: stored.id, changes },
    );
  }
  return items;
}
