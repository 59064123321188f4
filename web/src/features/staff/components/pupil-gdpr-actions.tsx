import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { useNavigate } from 'react-router';
import { useErasePupil } from '../api/erase-pupil';
import { useExportPupil } from '../api/export-pupil';
import { useTransferPupil } from '../api/transfer-pupil';
import { exportFileName, type PupilExport } from '../lib/pupil-export';
import { FailureAlert } from '@/components/ui/failure-alert';
import { usePendingAction } from '@/lib/use-pending-action';
import { EraseDialog } from './erase-pupil-dialog';
import { TransferDialog, type Destination } from './transfer-pupil-dialog';
import { useCallableErrorText } from './use-error-text';

type PupilName = { firstName: string; lastName: string };

type PupilGdprActionsProps = {
  schoolId: string;
  pupilId: string;
  pupil: PupilName;
};

/** The head's GDPR actions on the pupil page; after an erasure or transfer, back to /alunni. */
export function PupilGdprActions({ schoolId, pupilId, pupil }: PupilGdprActionsProps) {
  const navigate = useNavigate();
  const exportPupil = useExportPupil();
  const erasePupil = useErasePupil();
  const transferPupil = useTransferPupil();
  const ref = { schoolId, pupilId };
  return (
    <PupilGdprPanel
      schoolId={schoolId}
      pupil={pupil}
      onExport={async () => {
        const data = await exportPupil.mutateAsync(ref);
        downloadJson(data);
        await navigate(`/alunni/${encodeURIComponent(pupilId)}/stampa`);
      }}
      onErase={async () => {
        await erasePupil.mutateAsync(ref);
        await navigate('/alunni', { replace: true });
      }}
      // A request: the pupil stays here until the receiving head accepts it.
      onTransfer={async (to) => {
        await transferPupil.mutateAsync({ ...ref, ...to });
      }}
    />
  );
}

/** Saves the export as a file; only opaque ids in its name. */
export function downloadJson(data: PupilExport): void {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(data);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type PupilGdprPanelProps = {
  schoolId: string;
  pupil: PupilName;
  onExport: () => Promise<void>;
  onErase: () => Promise<void>;
  onTransfer: (to: Destination) => Promise<void>;
};

type Dialog = 'erase' | 'transfer' | null;

export function PupilGdprPanel({
  schoolId,
  pupil,
  onExport,
  onErase,
  onTransfer,
}: PupilGdprPanelProps) {
  const { t } = useTranslation('staff');
  const errorText = useCallableErrorText();
  const [dialog, setDialog] = useState<Dialog>(null);
  const exporting = usePendingAction(errorText);
  const [requested, setRequested] = useState(false);
  const fullName = `${pupil.firstName} ${pupil.lastName}`;

  return (
    <section aria-labelledby="gdpr-title" className="card card-bg p-3 p-md-4 my-4 d-print-none">
      <h2 id="gdpr-title" className="h4">
        {t('gdpr.title')}
      </h2>
      <p>{t('gdpr.intro')}</p>
      <FailureAlert message={exporting.failure} />
      {requested && (
        <div role="status" className="alert alert-success">
          {t('gdpr.transferredNotice')}
        </div>
      )}
      <div className="d-flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-primary"
          disabled={exporting.busy}
          onClick={() => void exporting.run(onExport, { settle: true })}
        >
          {exporting.busy ? t('gdpr.exporting') : t('gdpr.export')}
        </button>
        <button
          type="button"
          className="btn btn-outline-primary"
          onClick={() => setDialog('transfer')}
        >
          {t('gdpr.transfer')}
        </button>
        <button type="button" className="btn btn-outline-danger" onClick={() => setDialog('erase')}>
          {t('gdpr.erase')}
        </button>
      </div>
      {dialog === 'erase' && (
        <EraseDialog
          fullName={fullName}
          surname={pupil.lastName}
          onConfirm={onErase}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog === 'transfer' && (
        <TransferDialog
          schoolId={schoolId}
          fullName={fullName}
          onConfirm={async (to) => {
            await onTransfer(to);
            setDialog(null);
            setRequested(true);
          }}
          onCancel={() => setDialog(null)}
        />
      )}
    </section>
  );
}
