import { zodResolver } from '@hookform/resolvers/zod';
import { PEER_ROLES, type PeerSession } from '@domain';
import { peerFormSchema, peerToForm, type PeerFormValues } from '../lib/form-schemas';
import type { PartnerOption } from '../lib/types';
import { AttendanceField, ChoiceGroup, ChooseField, TextField } from './form-fields';
import { DatedRecordForm } from './dated-record-form';
import { useDatedRecordForm } from './use-record-form';
import type { RecordFormProps } from './use-record-save';

type Props = RecordFormProps<'peerSessions'> & { partners: PartnerOption[] };

export function PeerSessionForm({ partners, ...props }: Props) {
  const { initial } = props;
  const { t, fieldProps, frame } = useDatedRecordForm<PeerFormValues, PeerSession>({
    ...props,
    kind: 'peerSessions',
    resolver: zodResolver(peerFormSchema),
    defaultValues: peerToForm(initial),
  });
  const options = partners.map((p) => ({ value: p.id, label: p.name }));
  // A partner no longer visible to the user still shows when the session is edited.
  if (initial && !partners.some((p) => p.id === initial.partnerPupilId)) {
    options.push({ value: initial.partnerPupilId, label: t('summary.unknownPartner') });
  }

  return (
    <DatedRecordForm
      {...frame}
      beside={
        <div className="col-12 col-md-8">
          <ChooseField
            label={t('fields.partner')}
            hint={options.length === 0 ? t('fields.noPartners') : undefined}
            options={options}
            {...fieldProps('partnerPupilId', { id: 'partner' })}
          />
        </div>
      }
    >
      <ChoiceGroup
        type="radio"
        legend={t('fields.peerRole')}
        required
        options={PEER_ROLES.map((v) => ({ value: v, label: t(`options.peerRole.${v}`) }))}
        {...fieldProps('role')}
      />
      <TextField label={t('fields.topic')} required {...fieldProps('topic')} />
      <AttendanceField {...fieldProps('attended')} />
    </DatedRecordForm>
  );
}
