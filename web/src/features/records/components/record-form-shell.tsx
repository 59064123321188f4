import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/records/locales';
import { FormButtons } from '@/components/ui/form-buttons';
import type { SaveErrorKey } from '../lib/save-outcome';

export type RecordFormShellProps = {
  title: string;
  onSubmit: () => void;
  onCancel: () => void;
  isSubmitting: boolean;
  failure: SaveErrorKey | null;
  hasErrors: boolean;
  /** The record cannot be saved by this user (the form says why): the save button is off. */
  saveBlocked?: boolean;
  children: ReactNode;
};

/**
 * Frame of every record form: a heading that takes focus when the form opens, the reason of a
 * failed save (the typed values stay), and the actions.
 */
export function RecordFormShell({
  title,
  onSubmit,
  onCancel,
  isSubmitting,
  failure,
  hasErrors,
  saveBlocked = false,
  children,
}: RecordFormShellProps) {
  const { t } = useTranslation('records');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <form
      className="card card-bg p-3 p-md-4 my-3"
      noValidate
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 ref={headingRef} tabIndex={-1} className="h4">
        {title}
      </h3>
      <p className="small">{t('form.requiredHint')}</p>
      {failure && (
        <div role="alert" className="alert alert-danger">
          {t(failure)}
        </div>
      )}
      {hasErrors && !failure && (
        <div role="alert" className="alert alert-warning">
          {t('form.fixErrors')}
        </div>
      )}
      {children}
      <FormButtons
        className="d-flex flex-wrap gap-2 mt-3"
        busy={isSubmitting}
        blocked={saveBlocked}
        submitLabel={t('form.save')}
        busyLabel={t('form.saving')}
        cancelLabel={t('form.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
