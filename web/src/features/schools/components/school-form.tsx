import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/schools/locales';
import {
  DEFAULT_THRESHOLDS,
  SCHOOL_KINDS,
  TERM_SYSTEMS,
  type District,
  type School,
} from '@domain';
import { FailureAlert } from '@/components/ui/failure-alert';
import { ariaState } from '@/components/ui/form-field';
import { TextField } from '@/components/ui/text-field';
import { FormButtons } from '@/components/ui/form-buttons';
import { SelectField } from '@/components/ui/select-field';
import { useValidatedSubmit } from '@/lib/use-validated-submit';
import {
  parseSchoolForm,
  schoolFormValues,
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
  const { errors, failure, saving, submit } = useValidatedSubmit({
    parse: () => parseSchoolForm(values, school),
    save: (parsed) => onSave(parsed.school),
    errorText: callableError,
  });
  const thresholds = school?.settings.thresholds;

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
        <FailureAlert message={failure} />
        <FailureAlert
          message={hasErrors ? t('form.fixErrors') : null}
          className="alert alert-warning"
        />
        <div className="row">
          <TextField
            {...name.frame}
            label={t('form.name')}
            className="col-12 col-md-8 form-group"
            input={{ type: 'text', autoComplete: 'off', ...name.control }}
          />
          <TextField
            {...code.frame}
            label={t('form.code')}
            className="col-12 col-md-4 form-group"
            input={{
              type: 'text',
              autoComplete: 'off',
              maxLength: 10,
              className: 'text-uppercase',
              ...code.control,
            }}
          />
          <SelectField
            {...kind.frame}
            label={t('form.kind')}
            className="col-12 col-md-4 select-wrapper form-group"
            placeholder={t('form.chooseKind')}
            options={SCHOOL_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            select={kind.control}
          />
          <TextField
            {...city.frame}
            label={t('form.city')}
            className="col-12 col-md-4 form-group"
            input={{ type: 'text', autoComplete: 'off', ...city.control }}
          />
          <SelectField
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
            placeholder={t('form.chooseDistrict')}
            options={(districts ?? []).map((d) => ({ value: d.id, label: d.name }))}
            select={{ disabled: !districts, ...district.control }}
          />
        </div>
        <fieldset className="mt-2">
          <legend className="h5">{t('form.settings')}</legend>
          <p className="small">{t('form.settingsHint')}</p>
          <div className="row">
            <TextField
              {...schoolYear.frame}
              label={t('form.schoolYear')}
              className="col-12 col-md-4 form-group"
              input={{ type: 'text', autoComplete: 'off', ...schoolYear.control }}
            />
            <SelectField
              {...termSystem.frame}
              label={t('form.termSystem')}
              className="col-12 col-md-4 select-wrapper form-group"
              options={TERM_SYSTEMS.map((s) => ({ value: s, label: t(`termSystems.${s}`) }))}
              select={termSystem.control}
            />
            <TextField
              {...naiMonths.frame}
              label={t('form.naiMonths')}
              className="col-12 col-md-4 form-group"
              input={{
                type: 'number',
                inputMode: 'numeric',
                min: 12,
                max: 36,
                ...naiMonths.control,
              }}
            />
          </div>
          <ThresholdsNote thresholds={thresholds ?? null} />
        </fieldset>
        <FormButtons
          busy={saving}
          submitLabel={t('form.save')}
          busyLabel={t('form.saving')}
          cancelLabel={t('form.cancel')}
          onCancel={onCancel}
        />
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
