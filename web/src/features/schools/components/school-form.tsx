import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/schools/locales';
import {
  DEFAULT_THRESHOLDS,
  SCHOOL_KINDS,
  TERM_SYSTEMS,
  type District,
  type School,
} from '@domain';
import { FieldFrame, ariaState } from '@/components/ui/form-field';
import {
  parseSchoolForm,
  schoolFormValues,
  type SchoolFormErrors,
  type SchoolFormField,
  type SchoolFormValues,
} from '../lib/school-form';
import { useCallableErrorText, useFieldErrorText } from '../lib/use-texts';

export type DistrictOption = District & { id: string };

type SchoolFormProps = {
  /** The school being edited, or null for a new one. */
  school: School | null;
  /** The Ambiti to pick from; null while they load. */
  districts: readonly DistrictOption[] | null;
  districtsFailed?: boolean;
  onSave: (school: School) => Promise<void>;
  onCancel: () => void;
  /** Today, for a new school's school year (tests fix it). */
  today?: Date;
};

/** Creates or edits a school; the Ambito is picked from the list, never typed. */
export function SchoolForm({
  school,
  districts,
  districtsFailed = false,
  onSave,
  onCancel,
  today,
}: SchoolFormProps) {
  const { t } = useTranslation('schools');
  const fieldError = useFieldErrorText();
  const callableError = useCallableErrorText();
  const titleId = useId();
  const [values, setValues] = useState<SchoolFormValues>(() =>
    schoolFormValues(school, today ?? new Date()),
  );
  const [errors, setErrors] = useState<SchoolFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const thresholds = school?.settings.thresholds;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const parsed = parseSchoolForm(values, school);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(parsed.school);
    } catch (error) {
      setFailure(callableError(error));
    } finally {
      setSaving(false);
    }
  };

  const field = (name: SchoolFormField, hint?: string) => {
    const frame = {
      id: `school-${name}`,
      hint,
      error: fieldError(name, errors[name]),
      required: true,
    };
    return {
      frame,
      control: {
        id: frame.id,
        name,
        value: values[name],
        onChange: (e: { target: { value: string } }) =>
          setValues((v) => ({ ...v, [name]: e.target.value })),
        ...ariaState(frame),
      },
      inputClass: `form-control${frame.error ? ' is-invalid' : ''}`,
    };
  };
  const name = field('name');
  const code = field('code', t('form.codeHint'));
  const kind = field('kind');
  const city = field('city');
  const district = field('districtId');
  const schoolYear = field('schoolYear', t('form.schoolYearHint'));
  const termSystem = field('termSystem');
  const naiMonths = field('naiMonths', t('form.naiMonthsHint'));
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <section aria-labelledby={titleId} className="card card-bg p-3 p-md-4 my-4">
      <h2 id={titleId} className="h4">
        {school ? t('form.editTitle', { name: school.name }) : t('form.createTitle')}
      </h2>
      <form noValidate aria-labelledby={titleId} onSubmit={(e) => void submit(e)}>
        <p className="small">{t('form.requiredHint')}</p>
        {failure && (
          <div role="alert" className="alert alert-danger">
            {failure}
          </div>
        )}
        {hasErrors && (
          <div role="alert" className="alert alert-warning">
            {t('form.fixErrors')}
          </div>
        )}
        <div className="row">
          <FieldFrame {...name.frame} label={t('form.name')} className="col-12 col-md-8 form-group">
            <input type="text" autoComplete="off" className={name.inputClass} {...name.control} />
          </FieldFrame>
          <FieldFrame {...code.frame} label={t('form.code')} className="col-12 col-md-4 form-group">
            <input
              type="text"
              autoComplete="off"
              maxLength={10}
              className={`${code.inputClass} text-uppercase`}
              {...code.control}
            />
          </FieldFrame>
          <FieldFrame
            {...kind.frame}
            label={t('form.kind')}
            className="col-12 col-md-4 select-wrapper form-group"
          >
            <select className={kind.frame.error ? 'is-invalid' : undefined} {...kind.control}>
              <option value="">{t('form.chooseKind')}</option>
              {SCHOOL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </FieldFrame>
          <FieldFrame {...city.frame} label={t('form.city')} className="col-12 col-md-4 form-group">
            <input type="text" autoComplete="off" className={city.inputClass} {...city.control} />
          </FieldFrame>
          <FieldFrame
            {...district.frame}
            label={t('form.district')}
            hint={
              districtsFailed
                ? t('form.districtsError')
                : districts
                  ? undefined
                  : t('form.districtsLoading')
            }
            className="col-12 col-md-4 select-wrapper form-group"
          >
            <select
              className={district.frame.error ? 'is-invalid' : undefined}
              disabled={!districts}
              {...district.control}
            >
              <option value="">{t('form.chooseDistrict')}</option>
              {(districts ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </FieldFrame>
        </div>
        <fieldset className="mt-2">
          <legend className="h5">{t('form.settings')}</legend>
          <p className="small">{t('form.settingsHint')}</p>
          <div className="row">
            <FieldFrame
              {...schoolYear.frame}
              label={t('form.schoolYear')}
              className="col-12 col-md-4 form-group"
            >
              <input
                type="text"
                autoComplete="off"
                className={schoolYear.inputClass}
                {...schoolYear.control}
              />
            </FieldFrame>
            <FieldFrame
              {...termSystem.frame}
              label={t('form.termSystem')}
              className="col-12 col-md-4 select-wrapper form-group"
            >
              <select
                className={termSystem.frame.error ? 'is-invalid' : undefined}
                {...termSystem.control}
              >
                {TERM_SYSTEMS.map((s) => (
                  <option key={s} value={s}>
                    {t(`termSystems.${s}`)}
                  </option>
                ))}
              </select>
            </FieldFrame>
            <FieldFrame
              {...naiMonths.frame}
              label={t('form.naiMonths')}
              className="col-12 col-md-4 form-group"
            >
              <input
                type="number"
                inputMode="numeric"
                min={12}
                max={36}
                className={naiMonths.inputClass}
                {...naiMonths.control}
              />
            </FieldFrame>
          </div>
          <ThresholdsNote thresholds={thresholds ?? null} />
        </fieldset>
        <div className="d-flex gap-2">
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

function ThresholdsNote({ thresholds }: { thresholds: School['settings']['thresholds'] | null }) {
  const { t } = useTranslation('schools');
  // A new school starts from the domain's defaults (parseSchoolForm fills them in).
  const shown = thresholds ?? DEFAULT_THRESHOLDS;
  return (
    <p className="small text-muted">
      {t('form.thresholds', {
        absence: shown.absenceAmberPct,
        mean: shown.meanMarkAmber,
        ritardo: shown.ritardoAmberYears,
      })}
    </p>
  );
}
