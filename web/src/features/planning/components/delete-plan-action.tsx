import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/planning/locales';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorCode } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { type OccurrenceRef, useDeletePlan } from '../api/plans';

type DeleteErrorKey =
  'delete.errors.permission' | 'delete.errors.offline' | 'delete.errors.unknown';

function deleteErrorKey(error: unknown): DeleteErrorKey {
  switch (errorCode(error)) {
    case 'permission-denied':
    case 'unauthenticated':
      return 'delete.errors.permission';
    case 'unavailable':
    case 'deadline-exceeded':
      return 'delete.errors.offline';
    default:
      return 'delete.errors.unknown';
  }
}

/** The occurrence the button sits on. */
type DeletePlanActionProps = OccurrenceRef & { onDeleted: () => void };

/**
 * "Elimina piano" with its confirmation. The plan leaves the agenda once the plans are read
 * again; a refused delete says why next to the button, and the plan stays.
 */
export function DeletePlanAction({ schoolId, uid, plan, date, onDeleted }: DeletePlanActionProps) {
  const { t } = useTranslation('planning');
  const language = useLanguage();
  const deletePlan = useDeletePlan(schoolId, uid);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<DeleteErrorKey | null>(null);
  const openerRef = useRef<HTMLButtonElement>(null);

  const time = plan.startTime;
  const schedule =
    plan.recurrence.kind === 'weekly'
      ? t('delete.scheduleWeekly', { time, until: formatDate(plan.recurrence.until, language) })
      : t('delete.scheduleOnce', { time, date: formatDate(plan.date, language) });

  const close = () => {
    setConfirming(false);
    openerRef.current?.focus();
  };

  const confirm = async () => {
    setError(null);
    try {
      // Resolves once the plans are read again, so the dialog closes with the plan gone.
      await deletePlan.mutateAsync(plan.id);
      setConfirming(false);
      onDeleted();
    } catch (cause) {
      setError(deleteErrorKey(cause));
      close();
    }
  };

  return (
    <>
      <button
        ref={openerRef}
        type="button"
        className="btn btn-link btn-sm p-0 text-danger d-block"
        aria-label={t('delete.label', {
          subject: plan.subject,
          date: formatDate(new Date(`${date}T00:00:00Z`), language),
          time,
        })}
        onClick={() => {
          setError(null);
          setConfirming(true);
        }}
      >
        {t('delete.action')}
      </button>
      {error && (
        <div role="alert" className="alert alert-danger small p-2 mt-1 mb-0">
          {t(error)}
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('delete.title')}
          body={t('delete.body', { subject: plan.subject, schedule })}
          confirmLabel={t('delete.confirm')}
          cancelLabel={t('delete.cancel')}
          busy={deletePlan.isPending}
          onConfirm={() => void confirm()}
          onCancel={close}
        />
      )}
    </>
  );
}
