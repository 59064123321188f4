import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INTERVENTION_STATUSES, INTERVENTION_TYPES, type Intervention } from '@domain';
import {
  interventionFormSchema,
  interventionToForm,
  type InterventionFormValues,
} from '../lib/form-schemas';
import {
  ChoiceGroup,
  RecordFormShell,
  SelectField,
  TextAreaField,
  TextField,
  errorAt,
  useErrorText,
  type Option,
} from './form-fields';
import { useRecordSave, type RecordFormProps } from './use-record-save';

type Props = RecordFormProps<'interventions'> & {
  viewer: { uid: string; displayName: string };
  /** The class coordinator, offered as owner (staff names are not readable by every role). */
  coordinatorUid: string | null;
};

export function InterventionForm({
  initial,
  onSave,
  onSaved,
  onCancel,
  viewer,
  coordinatorUid,
}: Props) {
  const { t } = useTranslation('records');
  const id = useId();
  const errorText = useErrorText();
  const { failure, save } = useRecordSave(onSave, onSaved);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<InterventionFormValues, unknown, Intervention>({
    resolver: zodResolver(interventionFormSchema),
    defaultValues: interventionToForm(initial, viewer.uid),
  });
  const err = (path: string) => errorText(errorAt(errors, path));

  const owners: Option[] = [
    { value: viewer.uid, label: t('fields.ownerMe', { name: viewer.displayName }) },
  ];
  if (coordinatorUid && coordinatorUid !== viewer.uid) {
    owners.push({ value: coordinatorUid, label: t('fields.ownerCoordinator') });
  }
  if (initial && !owners.some((o) => o.value === initial.ownerUid)) {
    owners.push({ value: initial.ownerUid, label: t('fields.ownerCurrent') });
  }

  return (
    <RecordFormShell
      title={t(initial ? 'formTitle.edit' : 'formTitle.new', { kind: t('kinds.interventions') })}
      onSubmit={() => void handleSubmit(save)()}
      onCancel={onCancel}
      isSubmitting={isSubmitting}
      failure={failure}
      hasErrors={Object.keys(errors).length > 0}
    >
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField
            id={`${id}-type`}
            label={t('fields.type')}
            required
            placeholder={t('form.choose')}
            options={INTERVENTION_TYPES.map((v) => ({ value: v, label: t(`options.type.${v}`) }))}
            registration={register('type')}
            error={err('type')}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            id={`${id}-owner`}
            label={t('fields.owner')}
            required
            options={owners}
            registration={register('ownerUid')}
            error={err('ownerUid')}
          />
        </div>
      </div>
      <ChoiceGroup
        id={`${id}-tier`}
        type="radio"
        legend={t('fields.tier')}
        required
        inline={false}
        options={(['1', '2', '3'] as const).map((v) => ({
          value: v,
          label: t(`options.tier.${v}`),
        }))}
        registration={register('tier')}
        error={err('tier')}
      />
      <TextAreaField
        id={`${id}-goal`}
        label={t('fields.goal')}
        required
        registration={register('goal')}
        error={err('goal')}
      />
      <div className="row">
        <div className="col-12 col-md-4">
          <TextField
            id={`${id}-start`}
            type="date"
            label={t('fields.start')}
            hint={t('form.dateHint')}
            required
            registration={register('start')}
            error={err('start')}
          />
        </div>
        <div className="col-6 col-md-4">
          <TextField
            id={`${id}-weeks`}
            inputMode="numeric"
            label={t('fields.plannedWeeks')}
            required
            registration={register('plannedWeeks')}
            error={err('plannedWeeks')}
          />
        </div>
        <div className="col-6 col-md-4">
          <TextField
            id={`${id}-every`}
            inputMode="numeric"
            label={t('fields.checkEveryWeeks')}
            required
            registration={register('checkEveryWeeks')}
            error={err('checkEveryWeeks')}
          />
        </div>
      </div>
      <SelectField
        id={`${id}-status`}
        label={t('fields.status')}
        required
        options={INTERVENTION_STATUSES.map((v) => ({ value: v, label: t(`options.status.${v}`) }))}
        registration={register('status')}
        error={err('status')}
      />
      <TextAreaField
        id={`${id}-outcome`}
        label={t('fields.interventionOutcome')}
        registration={register('outcome')}
        error={err('outcome')}
      />
    </RecordFormShell>
  );
}
