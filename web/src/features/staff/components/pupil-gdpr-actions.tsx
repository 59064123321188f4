import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { useNavigate } from 'react-router';
import { idSchema } from '@domain';
import { useErasePupil } from '../api/erase-pupil';
import { useExportPupil } from '../api/export-pupil';
import { useTransferPupil } from '../api/transfer-pupil';
import { exportFileName, type PupilExport } from '../lib/pupil-export';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { useCallableErrorText, useValidationText } from './use-error-text';

type PupilName = { firstName: string; lastName: string };
type Destination = { toSchoolId: string; toClassId: string };

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
  pupil: PupilName;
  onExport: () => Promise<void>;
  onErase: () => Promise<void>;
  onTransfer: (to: Destination) => Promise<void>;
};

type Dialog = 'erase' | 'transfer' | null;

export function PupilGdprPanel({ pupil, onExport, onErase, onTransfer }: PupilGdprPanelProps) {
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
  fullName: string;
  onConfirm: (to: Destination) => Promise<void>;
  onCancel: () => void;
};

function TransferDialog({ fullName, onConfirm, onCancel }: TransferDialogProps) {
  const { t } = useTranslation('staff');
  const errorText = useCallableErrorText();
  const validationText = useValidationText();
  const [to, setTo] = useState<Destination>({ toSchoolId: '', toClassId: '' });
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const problem = (value: string) => {
    const parsed = idSchema.safeParse(value.trim());
    return parsed.success ? undefined : validationText(parsed.error.issues[0]?.message);
  };
  const schoolError = submitted ? problem(to.toSchoolId) : undefined;
  const classError = submitted ? problem(to.toClassId) : undefined;

  const confirm = async () => {
    setSubmitted(true);
    if (problem(to.toSchoolId) || problem(to.toClassId)) return;
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm({ toSchoolId: to.toSchoolId.trim(), toClassId: to.toClassId.trim() });
    } catch (error) {
      setFailure(errorText(error));
      setBusy(false);
    }
  };

  const input = (
    name: keyof Destination,
    label: string,
    error: string | undefined,
    hint?: string,
  ) => (
    <div className="form-group">
      <label htmlFor={`transfer-${name}`} className="active">
        {label}
        <span aria-hidden="true"> *</span>
      </label>
      <input
        id={`transfer-${name}`}
        type="text"
        autoComplete="off"
        aria-required
        className={`form-control${error ? ' is-invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [hint ? `transfer-${name}-hint` : null, error ? `transfer-${name}-error` : null]
            .filter(Boolean)
            .join(' ') || undefined
        }
        value={to[name]}
        onChange={(e) => setTo((v) => ({ ...v, [name]: e.target.value }))}
      />
      {hint && (
        <small id={`transfer-${name}-hint`} className="form-text">
          {hint}
        </small>
      )}
      {error && (
        <div id={`transfer-${name}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </div>
  );

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
            disabled={busy}
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
      {input('toSchoolId', t('gdpr.toSchoolId'), schoolError)}
      {input('toClassId', t('gdpr.toClassId'), classError, t('gdpr.toClassIdHint'))}
    </ModalDialog>
  );
}
