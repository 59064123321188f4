import {
  DEFAULT_THRESHOLDS,
  defaultSchoolSettings,
  schoolSchema,
  schoolYearOf,
  type School,
} from '@domain';

// The school form holds what its inputs hold (text) and turns it into a `School` checked by
// the domain's own `schoolSchema`, so the form accepts exactly what createSchool / updateSchool
// and the rules accept.

export const SCHOOL_FORM_FIELDS = [
  'name',
  'code',
  'kind',
  'city',
  'districtId',
  'schoolYear',
  'termSystem',
  'naiMonths',
] as const;
export type SchoolFormField = (typeof SCHOOL_FORM_FIELDS)[number];
export type SchoolFormValues = Record<SchoolFormField, string>;

/** The form's starting values: the school's, or a new school's defaults (domain settings). */
export function schoolFormValues(school: School | null, today: Date): SchoolFormValues {
  const settings = school?.settings ?? defaultSchoolSettings(schoolYearOf(today));
  return {
    name: school?.name ?? '',
    code: school?.code ?? '',
    kind: school?.kind ?? '',
    city: school?.city ?? '',
    districtId: school?.districtId ?? '',
    schoolYear: settings.schoolYear,
    termSystem: settings.termSystem,
    naiMonths: String(settings.naiMonths),
  };
}

/** Field errors as schema message keys (`validation.*`), or null where zod's default speaks. */
export type SchoolFormErrors = Partial<Record<SchoolFormField, string | null>>;

/**
 * The school the values describe, or the errors per field. The code is upper-cased (people
 * type "miic8ab00x"); thresholds are the school's own (or the defaults for a new one): the
 * head changes them from the flags' evaluation page.
 */
export function parseSchoolForm(
  values: SchoolFormValues,
  current: School | null,
): { ok: true; school: School } | { ok: false; errors: SchoolFormErrors } {
  const naiMonths = values.naiMonths.trim() === '' ? Number.NaN : Number(values.naiMonths);
  const candidate = {
    name: values.name,
    code: values.code.trim().toUpperCase(),
    kind: values.kind,
    city: values.city,
    districtId: values.districtId,
    settings: {
      schoolYear: values.schoolYear.trim(),
      termSystem: values.termSystem,
      naiMonths,
      thresholds: current?.settings.thresholds ?? { ...DEFAULT_THRESHOLDS },
    },
  };
  const parsed = schoolSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, school: parsed.data };
  const errors: SchoolFormErrors = {};
  for (const issue of parsed.error.issues) {
    const [first, second] = issue.path;
    const field = (first === 'settings' ? second : first) as SchoolFormField;
    if (!SCHOOL_FORM_FIELDS.includes(field) || errors[field] !== undefined) continue;
    errors[field] = issue.message.startsWith('validation.') ? issue.message : null;
  }
  return { ok: false, errors };
}
