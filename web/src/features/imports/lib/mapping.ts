import { ALL_SUBJECTS, type Subject } from '@domain';
import { normalizeLabel } from './values';

export const IMPORT_KINDS = ['pupils', 'termRecords'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

type Need = 'required' | 'optional';

/** The fields of a file's columns, in the template's order. */
const fieldsOf = <F extends string>(columns: Record<F, Need>) => Object.keys(columns) as F[];

/** The fields without which a row cannot be read; the others have defaults. */
const requiredOf = <F extends string>(columns: Record<F, Need>): readonly F[] =>
  fieldsOf(columns).filter((field) => columns[field] === 'required');

const PUPIL_COLUMNS = {
  codiceFiscale: 'required',
  schoolPupilCode: 'optional',
  lastName: 'required',
  firstName: 'required',
  birthDate: 'required',
  sex: 'required',
  countryOfBirth: 'required',
  citizenships: 'required',
  homeLanguages: 'required',
  className: 'required',
  arrivalDate: 'optional',
  firstItalianSchoolDate: 'optional',
  priorSchoolingYears: 'optional',
  priorSchoolingInterrupted: 'optional',
  placement: 'optional',
  pdp: 'optional',
  pdpDate: 'optional',
  notes: 'optional',
} as const satisfies Record<string, Need>;
export type PupilField = keyof typeof PUPIL_COLUMNS;
export const PUPIL_FIELDS = fieldsOf(PUPIL_COLUMNS);
export const REQUIRED_PUPIL_FIELDS = requiredOf(PUPIL_COLUMNS);

// A term record names its pupil by codice fiscale or by the school's pupil code: either will do
// (see missingRequired). The subjects' marks follow these columns.
const TERM_COLUMNS = {
  codiceFiscale: 'optional',
  schoolPupilCode: 'optional',
  schoolYear: 'optional',
  term: 'required',
  lessonHours: 'required',
  absenceHours: 'required',
  annualHours: 'required',
  conduct: 'optional',
} as const satisfies Record<string, Need>;
export const TERM_FIELDS = [...fieldsOf(TERM_COLUMNS), ...ALL_SUBJECTS];
export type TermField = (typeof TERM_FIELDS)[number];
export const REQUIRED_TERM_FIELDS = requiredOf(TERM_COLUMNS);

export const FIELDS_BY_KIND = { pupils: PUPIL_FIELDS, termRecords: TERM_FIELDS } as const;
export const REQUIRED_BY_KIND = {
  pupils: REQUIRED_PUPIL_FIELDS,
  termRecords: REQUIRED_TERM_FIELDS,
} as const;

/** Field -> column header of the file (null: not in the file). */
export type ColumnMapping = Record<string, string | null>;

/** Header spellings seen in registri exports, normalised (see normalizeLabel). */
const ALIASES: Record<string, readonly string[]> = {
  codiceFiscale: ['codice_fiscale', 'cf', 'cod_fiscale', 'codicefiscale'],
  schoolPupilCode: ['codice_alunno', 'matricola', 'id_alunno', 'codice_studente', 'codice'],
  lastName: ['cognome', 'last_name', 'surname'],
  firstName: ['nome', 'first_name', 'name'],
  birthDate: ['data_di_nascita', 'data_nascita', 'nascita', 'birth_date'],
  sex: ['sesso', 'genere', 'sex'],
  countryOfBirth: ['paese_di_nascita', 'stato_di_nascita', 'paese_nascita', 'country_of_birth'],
  citizenships: ['cittadinanza', 'cittadinanze', 'citizenship'],
  homeLanguages: ['lingua_madre', 'lingue', 'lingua', 'lingue_familiari', 'home_languages'],
  className: ['classe', 'class', 'sezione_classe'],
  arrivalDate: ['data_arrivo', 'arrivo_in_italia', 'data_di_arrivo', 'arrival_date'],
  firstItalianSchoolDate: ['prima_scuola_italia', 'primo_ingresso', 'data_ingresso_scuola'],
  priorSchoolingYears: ['anni_scolarita', 'scolarita_pregressa', 'anni_di_scuola'],
  priorSchoolingInterrupted: ['scolarita_interrotta', 'interrotta'],
  placement: ['inserimento', 'placement'],
  pdp: ['pdp'],
  pdpDate: ['data_pdp'],
  notes: ['note', 'notes'],
  schoolYear: ['anno_scolastico', 'anno', 'a_s', 'school_year'],
  term: ['periodo', 'quadrimestre', 'trimestre', 'term'],
  lessonHours: ['ore_lezione', 'ore_di_lezione', 'monte_ore_svolto', 'lesson_hours'],
  absenceHours: ['ore_assenza', 'ore_di_assenza', 'assenze', 'absence_hours'],
  annualHours: ['monte_ore', 'monte_ore_annuo', 'ore_annue', 'annual_hours'],
  conduct: ['condotta', 'comportamento', 'voto_condotta', 'conduct'],
  educazione_fisica: ['educazione_fisica', 'ed_fisica', 'scienze_motorie'],
  seconda_lingua: ['seconda_lingua', 'francese', 'spagnolo', 'tedesco'],
  religione: ['religione', 'irc'],
  educazione_civica: ['educazione_civica', 'ed_civica'],
};

function aliasesOf(field: string): readonly string[] {
  return ALIASES[field] ?? [normalizeLabel(field)];
}

/**
 * The headers of the template CSV: each field's first known spelling, which `guessMapping`
 * maps back to the field, so a filled-in template needs no mapping.
 */
export function templateHeaders(kind: ImportKind): string[] {
  return FIELDS_BY_KIND[kind].map((field) => aliasesOf(field)[0] ?? field);
}

/**
 * A first mapping from the file's headers: each field takes the first header that matches one
 * of its known spellings. A remembered mapping wins for the headers it names that still exist.
 */
export function guessMapping(
  kind: ImportKind,
  headers: readonly string[],
  remembered: ColumnMapping | null = null,
): ColumnMapping {
  const byNormal = new Map(headers.map((h) => [normalizeLabel(h), h]));
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of FIELDS_BY_KIND[kind]) {
    const previous = remembered?.[field];
    if (previous && headers.includes(previous)) {
      mapping[field] = previous;
      used.add(previous);
      continue;
    }
    const header = aliasesOf(field)
      .map((a) => byNormal.get(a))
      .find((h): h is string => h !== undefined && !used.has(h));
    mapping[field] = header ?? null;
    if (header) used.add(header);
  }
  return mapping;
}

/** Required fields with no column: the preview cannot run until they are mapped. */
export function missingRequired(kind: ImportKind, mapping: ColumnMapping): string[] {
  const missing: string[] = REQUIRED_BY_KIND[kind].filter((f) => !mapping[f]);
  // A term record is matched to its pupil by codice fiscale or by the school's pupil code.
  if (kind === 'termRecords' && !mapping.codiceFiscale && !mapping.schoolPupilCode) {
    missing.push('codiceFiscale');
  }
  return missing;
}

export const isSubject = (field: string): field is Subject =>
  (ALL_SUBJECTS as readonly string[]).includes(field);
