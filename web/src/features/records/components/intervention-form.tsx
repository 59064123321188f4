import { zodResolver } from '@hookform/resolvers/zod';
import { INTERVENTION_STATUSES, INTERVENTION_TYPES, type Intervention } from '@domain';
import {
  interventionFormSchema,
  interventionToForm,
  type InterventionFormValues,
} from '../lib/form-schemas';
import {
  ChoiceGroup,
  ChooseField,
  DateField,
  SelectField,
  TextAreaField,
  TextField,
  type Option,
} from './form-fields';
import { RecordFormShell } from './record-form-shell';
import { useRecordForm } from './use-record-form';
import type { RecordFormProps } from './use-record-save';

type Props = RecordFormProps<'interventions'> & {
  viewer: { uid: string; displayName: string };
  /** The class coordinator, offered as owner (staff names are not readable by every role). */
  coordinatorUid: string | null;
};

export function InterventionForm({ viewer, coordinatorUid, ...props }: Props) {
  const { initial } = props;
  const { t, fieldProps, shell } = useRecordForm<InterventionFormValues, Intervention>({
    ...props,
    kind: 'interventions',
    resolver: zodResolver(interventionFormSchema),
    defaultValues: interventionToForm(initial, viewer.uid),
  });

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
    <RecordFormShell {...shell}>
      <div className="row">
        <div className="col-12 col-md-6">
          <ChooseField
            label={t('fields.type')}
            options={INTERVENTION_TYPES.map((v) => ({ value: v, label: t(`options.type.${v}`) }))}
            {...fieldProps('type')}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            label={t('fields.owner')}
            required
            options={owners}
            {...fieldProps('ownerUid', { id: 'owner' })}
          />
        </div>
      </div>
      <ChoiceGroup
        type="radio"
        legend={t('fields.tier')}
        required
        inline={false}
        options={(['1', '2', '3'] as const).map((v) => ({
          value: v,
          label: t(`options.tier.${v}`),
        }))}
        {...fieldProps('tier')}
      />
      <TextAreaField label={t('fields.goal')} required {...fieldProps('goal')} />
      <div className="row">
        <div className="col-12 col-md-4">
          <DateField label={t('fields.start')} required {...fieldProps('start')} />
        </div>
        <div className="col-6 col-md-4">
          <TextField
            inputMode="numeric"
            label={t('fields.plannedWeeks')}
            required
            {...fieldProps('plannedWeeks', { id: 'weeks' })}
          />
        </div>
        <div className="col-6 col-md-4">
          <TextField
            inputMode="numeric"
            label={t('fields.checkEveryWeeks')}
            required
            {...fieldProps('checkEveryWeeks', { id: 'every' })}
          />
        </div>
      </div>
      <SelectField
        label={t('fields.status')}
        required
        options={INTERVENTION_STATUSES.map((v) => ({ value: v, label: t(`options.status.${v}`) }))}
        {...fieldProps('status')}
      />
      <TextAreaField label={t('fields.interventionOutcome')} {...fieldProps('outcome')} />
    </RecordFormShell>
  );
}
