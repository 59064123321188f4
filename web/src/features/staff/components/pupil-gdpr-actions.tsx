import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { useNavigate } from 'react-router';
import { useErasePupil } from '../api/erase-pupil';
import { useExportPupil } from '../api/export-pupil';
import { useAmbitoSchools } from '../api/get-school-directory';
import { useTransferPupil } from '../api/transfer-pupil';
import { exportFileName, type PupilExport } from '../lib/pupil-export';
import { schoolLabel } from '../lib/school-label';
import { Loading } from '@/components/ui/loading';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { useCallableErrorText } from './use-error-text';

type PupilName = { firstName: string; lastName: string };
type Destination = { toSchoolId: string };

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
  const [exporting, setExporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [requested, setRequested] = useState(false);
  const fullName = `${pupil.firstName} ${pupil.lastName}`;

  const runExport = async () => {
    setExporting(true);
    setFailure(null);
    try {
      await onExport();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <section aria-labelledby="gdpr-title" className="card card-bg p-3 p-md-4 my-4 d-print-none">
      <h2 id="gdpr-title" className="h4">
        {t('gdpr.title')}
      </h2>
      <p>{t('gdpr.intro')}</p>
      {failure && (
        <div role="alert" className="alert alert-danger">
          {failure}
        </div>
      )}
      {requested && (
        <div role="status" className="alert alert-success">
          {t('gdpr.transferredNotice')}
        </div>
      )}
      <div className="d-flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-primary"
          disabled={exporting}
          onClick={() => void runExport()}
        >
          {exporting ? t('gdpr.exporting') : t('gdpr.export')}
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

function EraseDialog({ fullName, surname, onConfirm, onCancel }: EraseDialogProps) {
  const { t } = useTranslation('staff');
  const errorText = useCallableErrorText();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const matches = sameSurname(typed, surname);
  const showMismatch = typed.trim() !== '' && !matches;

  const confirm = async () => {
    if (!matches) return;
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (error) {
      setFailure(errorText(error));
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={t('gdpr.eraseTitle')}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={!matches || busy}
            onClick={() => void confirm()}
          >
            {busy ? t('gdpr.erasing') : t('gdpr.eraseConfirm')}
          </button>
        </>
      }
    >
      {failure && (
        <div role="alert" className="alert alert-danger">
          {failure}
        </div>
      )}
      <p>{t('gdpr.eraseBody', { name: fullName })}</p>
      <div className="form-group mb-0">
        <label htmlFor="erase-surname" className="active">
          {t('gdpr.eraseSurname', { surname })}
        </label>
        <input
          id="erase-surname"
          type="text"
          autoComplete="off"
          className={`form-control${showMismatch ? ' is-invalid' : ''}`}
          aria-invalid={showMismatch || undefined}
          aria-describedby={showMismatch ? 'erase-surname-error' : undefined}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void confirm();
            }
          }}
        />
        {showMismatch && (
          <div id="erase-surname-error" className="invalid-feedback d-block">
            {t('gdpr.eraseMismatch')}
          </div>
        )}
      </div>
    </ModalDialog>
  );
}

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
function TransferDialog({ schoolId, fullName, onConfirm, onCancel }: TransferDialogProps) {
  const { t } = useTranslation('staff');
  const errorText = useCallableErrorText();
  const schools = useAmbitoSchools(schoolId);
  const [toSchoolId, setToSchoolId] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const schoolError = submitted && toSchoolId === '' ? t('gdpr.chooseSchoolError') : undefined;
  const noSchools = schools.data?.length === 0;

  const confirm = async () => {
    setSubmitted(true);
    if (toSchoolId === '') return;
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm({ toSchoolId });
    } catch (error) {
      setFailure(errorText(error));
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={t('gdpr.transferTitle')}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || !schools.data || noSchools}
            onClick={() => void confirm()}
          >
            {busy ? t('gdpr.transferring') : t('gdpr.transferConfirm')}
          </button>
        </>
      }
    >
      {failure && (
        <div role="alert" className="alert alert-danger">
          {failure}
        </div>
      )}
      <p>{t('gdpr.transferBody', { name: fullName })}</p>
      {schools.isPending && <Loading label={t('common.loading')} />}
      {schools.isError && (
        <div role="alert" className="alert alert-danger">
          {t('errors.loadAmbitoSchools')}
        </div>
      )}
      {noSchools && <p>{t('gdpr.noOtherSchools')}</p>}
      {schools.data && !noSchools && (
        <div className="select-wrapper form-group">
          <label htmlFor="transfer-toSchoolId" className="active">
            {t('gdpr.toSchool')}
            <span aria-hidden="true"> *</span>
          </label>
          <select
            id="transfer-toSchoolId"
            aria-required
            className={schoolError ? 'is-invalid' : undefined}
            aria-invalid={schoolError ? true : undefined}
            aria-describedby={
              schoolError
                ? 'transfer-toSchoolId-hint transfer-toSchoolId-error'
                : 'transfer-toSchoolId-hint'
            }
            value={toSchoolId}
            onChange={(e) => setToSchoolId(e.target.value)}
          >
            <option value="">{t('gdpr.chooseSchool')}</option>
            {schools.data.map((school) => (
              <option key={school.id} value={school.id}>
                {schoolLabel(school)}
              </option>
            ))}
          </select>
          <small id="transfer-toSchoolId-hint" className="form-text">
            {t('gdpr.toSchoolHint')}
          </small>
          {schoolError && (
            <div id="transfer-toSchoolId-error" className="invalid-feedback d-block">
              {schoolError}
            </div>
          )}
        </div>
      )}
    </ModalDialog>
  );
}
