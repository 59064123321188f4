import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PEER_ROLES, type PeerSession } from '@domain';
import { peerFormSchema, peerToForm, type PeerFormValues } from '../lib/form-schemas';
import { todayInput } from '../lib/form-values';
import type { PartnerOption } from '../lib/types';
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

type Props = RecordFormProps<'peerSessions'> & { partners: PartnerOption[] };

export function PeerSessionForm({ initial, onSave, onSaved, onCancel, partners }: Props) {
  const { t } = useTranslation('records');
  const id = useId();
  const errorText = useErrorText();
  const { failure, save } = useRecordSave(onSave, onSaved);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<PeerFormValues, unknown, PeerSession>({
    resolver: zodResolver(peerFormSchema),
    defaultValues: peerToForm(initial),
  });
  const err = (path: string) => errorText(errorAt(errors, path));
  const options = partners.map((p) => ({ value: p.id, label: p.name }));
  // A partner no longer visible to the user still shows when the session is edited.
  if (initial && !partners.some((p) => p.id === initial.partnerPupilId)) {
    options.push({ value: initial.partnerPupilId, label: t('summary.unknownPartner') });
  }

  return (
    <RecordFormShell
      title={t(initial ? 'formTitle.edit' : 'formTitle.new', { kind: t('kinds.peerSessions') })}
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
        <div className="col-12 col-md-8">
          <SelectField
            id={`${id}-partner`}
            label={t('fields.partner')}
            required
            placeholder={t('form.choose')}
            hint={options.length === 0 ? t('fields.noPartners') : undefined}
            options={options}
            registration={register('partnerPupilId')}
            error={err('partnerPupilId')}
          />
        </div>
      </div>
      <ChoiceGroup
        id={`${id}-role`}
        type="radio"
        legend={t('fields.peerRole')}
        required
        options={PEER_ROLES.map((v) => ({ value: v, label: t(`options.peerRole.${v}`) }))}
        registration={register('role')}
        error={err('role')}
      />
      <TextField
        id={`${id}-topic`}
        label={t('fields.topic')}
        required
        registration={register('topic')}
        error={err('topic')}
      />
      <ChoiceGroup
        id={`${id}-attended`}
        type="radio"
        legend={t('fields.attendance')}
        required
        options={[
          { value: 'true', label: t('fields.attended') },
          { value: 'false', label: t('fields.absent') },
        ]}
        registration={register('attended')}
        error={err('attended')}
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
