import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { ActionDialog } from '@/components/ui/confirm-dialog';
import { FailureAlert } from '@/components/ui/failure-alert';
import { TextField } from '@/components/ui/text-field';
import { usePendingAction } from '@/lib/use-pending-action';
import { useCallableErrorText } from './use-error-text';

/** Same surname whatever the case, spacing or accents typed. */
function sameSurname(typed: string, surname: string): boolean {
  const norm = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('it');
  return typed.trim() !== '' && norm(typed) === norm(surname);
}

type EraseDialogProps = {
  fullName: string;
  surname: string;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
};

/** Erasing a pupil is confirmed by typing their surname. */
export function EraseDialog({ fullName, surname, onConfirm, onCancel }: EraseDialogProps) {
  const { t } = useTranslation('staff');
  const erasing = usePendingAction(useCallableErrorText());
  const [typed, setTyped] = useState('');
  const matches = sameSurname(typed, surname);
  const frame = {
    id: 'erase-surname',
    error: typed.trim() !== '' && !matches ? t('gdpr.eraseMismatch') : undefined,
  };
  const confirm = () => {
    if (matches) void erasing.run(onConfirm);
  };

  return (
    <ActionDialog
      title={t('gdpr.eraseTitle')}
      cancelLabel={t('common.cancel')}
      confirmLabel={erasing.busy ? t('gdpr.erasing') : t('gdpr.eraseConfirm')}
      confirmDisabled={!matches || erasing.busy}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <FailureAlert message={erasing.failure} />
      <p>{t('gdpr.eraseBody', { name: fullName })}</p>
      <TextField
        {...frame}
        label={t('gdpr.eraseSurname', { surname })}
        className="form-group mb-0"
        input={{
          type: 'text',
          autoComplete: 'off',
          value: typed,
          onChange: (e) => setTyped(e.target.value),
          onKeyDown: (e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              confirm();
            }
          },
        }}
      />
    </ActionDialog>
  );
}
