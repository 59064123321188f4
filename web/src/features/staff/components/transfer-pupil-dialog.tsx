import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { ActionDialog } from '@/components/ui/confirm-dialog';
import { FailureAlert } from '@/components/ui/failure-alert';
import { ariaState } from '@/components/ui/form-field';
import { Loading } from '@/components/ui/loading';
import { SelectField } from '@/components/ui/select-field';
import { usePendingAction } from '@/lib/use-pending-action';
import { useAmbitoSchools } from '../api/get-school-directory';
import { schoolLabel } from '../lib/school-label';
import { useCallableErrorText } from './use-error-text';

export type Destination = { toSchoolId: string };

type TransferDialogProps = {
  schoolId: string;
  fullName: string;
  onConfirm: (to: Destination) => Promise<void>;
  onCancel: () => void;
};

/**
 * The receiving school is picked from the other schools of the Ambito; its head chooses the
 * class on accepting (this school cannot see the other's classes).
 */
export function TransferDialog({ schoolId, fullName, onConfirm, onCancel }: TransferDialogProps) {
  const { t } = useTranslation('staff');
  const transferring = usePendingAction(useCallableErrorText());
  const schools = useAmbitoSchools(schoolId);
  const [toSchoolId, setToSchoolId] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const noSchools = schools.data?.length === 0;
  const frame = {
    id: 'transfer-toSchoolId',
    hint: t('gdpr.toSchoolHint'),
    error: submitted && toSchoolId === '' ? t('gdpr.chooseSchoolError') : undefined,
    required: true,
  };

  const confirm = () => {
    setSubmitted(true);
    if (toSchoolId !== '') void transferring.run(() => onConfirm({ toSchoolId }));
  };

  return (
    <ActionDialog
      title={t('gdpr.transferTitle')}
      cancelLabel={t('common.cancel')}
      confirmLabel={transferring.busy ? t('gdpr.transferring') : t('gdpr.transferConfirm')}
      confirmClassName="btn btn-primary"
      confirmDisabled={transferring.busy || !schools.data || noSchools}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <FailureAlert message={transferring.failure} />
      <p>{t('gdpr.transferBody', { name: fullName })}</p>
      {schools.isPending && <Loading label={t('common.loading')} />}
      {schools.isError && <FailureAlert message={t('errors.loadAmbitoSchools')} />}
      {noSchools && <p>{t('gdpr.noOtherSchools')}</p>}
      {schools.data && !noSchools && (
        <SelectField
          {...frame}
          label={t('gdpr.toSchool')}
          placeholder={t('gdpr.chooseSchool')}
          options={schools.data.map((school) => ({ value: school.id, label: schoolLabel(school) }))}
          select={{
            id: frame.id,
            ...ariaState(frame),
            value: toSchoolId,
            onChange: (e) => setToSchoolId(e.target.value),
          }}
        />
      )}
    </ActionDialog>
  );
}
