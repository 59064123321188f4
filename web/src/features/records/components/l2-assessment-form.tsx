import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS, L2_DOMAINS, L2_SKILLS, L2_TOOLS, cefrLabel } from '@domain';
import { l2FormSchema, l2ToForm, type L2FormValues } from '../lib/form-schemas';
import { todayInput } from '../lib/form-values';
import {
  ChoiceGroup,
  RecordFormShell,
  SelectField,
  TextAreaField,
  TextField,
  errorAt,
  useErrorText,
} from './form-fields';
import { useRecordSave, type RecordFormProps } from './use-record-save';

type Props = RecordFormProps<'l2Assessments'> & { assessorName: string };

export function L2AssessmentForm({ initial, onSave, onSaved, onCancel, assessorName }: Props) {
  const { t } = useTranslation('records');
  const id = useId();
  const errorText = useErrorText();
  const { failure, save } = useRecordSave(onSave, onSaved);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<L2FormValues, unknown, ReturnType<typeof l2FormSchema.parse>>({
    resolver: zodResolver(l2FormSchema),
    defaultValues: l2ToForm(initial, assessorName),
  });
  const err = (...paths: string[]) => errorText(errorAt(errors, ...paths));
  const levels = CEFR_LEVELS.map((l) => ({ value: l, label: cefrLabel(l) }));

  return (
    <RecordFormShell
      title={t(initial ? 'formTitle.edit' : 'formTitle.new', { kind: t('kinds.l2Assessments') })}
      onSubmit={() => void handleSubmit(save)()}
      onCancel={onCancel}
      isSubmitting={isSubmitting}
      failure={failure}
      hasErrors={Object.keys(errors).length > 0}
    >
      <div className="row">
        <div className="col-12 col-md-4">
          <TextField
            id={`${id}-date`}
            type="date"
            max={todayInput()}
            label={t('fields.date')}
            hint={t('form.dateHint')}
            required
            registration={register('date')}
            error={err('date')}
          />
        </div>
        <div className="col-12 col-md-4">
          <SelectField
            id={`${id}-tool`}
            label={t('fields.tool')}
            required
            placeholder={t('form.choose')}
            options={L2_TOOLS.map((v) => ({ value: v, label: t(`options.tool.${v}`) }))}
            registration={register('tool')}
            error={err('tool')}
          />
        </div>
        <div className="col-12 col-md-4">
          <ChoiceGroup
            id={`${id}-domain`}
            type="radio"
            legend={t('fields.domain')}
            required
            options={L2_DOMAINS.map((v) => ({ value: v, label: t(`options.domain.${v}`) }))}
            registration={register('domain')}
            error={err('domain')}
            inline={false}
          />
        </div>
      </div>
      <fieldset>
        <legend className="fs-6 fw-semibold">{t('fields.levelsLegend')}</legend>
        <div className="row">
          {L2_SKILLS.map((skill) => (
            <div key={skill} className="col-6 col-md-4 col-lg">
              <SelectField
                id={`${id}-level-${skill}`}
                label={t(`options.skill.${skill}`)}
                required
                placeholder={t('form.choose')}
                options={levels}
                registration={register(`levels.${skill}`)}
                error={err(`levels.${skill}`)}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <TextField
        id={`${id}-assessor`}
        label={t('fields.assessorName')}
        required
        autoComplete="name"
        registration={register('assessorName')}
        error={err('assessorName')}
      />
      <TextAreaField
        id={`${id}-notes`}
        label={t('fields.notes')}
        registration={register('notes')}
        error={err('notes')}
      />
    </RecordFormShell>
  );
}
