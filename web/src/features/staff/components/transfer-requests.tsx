import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutcomeAlert } from '@/components/ui/failure-alert';
import '@/features/staff/locales';
import { Loading } from '@/components/ui/loading';
import {
  type TransferRequestRecord,
  useRespondToTransfer,
  useTransferRequests,
} from '../api/get-transfer-requests';
import { useSchoolClasses } from '../api/get-school-classes';
import type { ClassRecord } from '../lib/types';
import { CompactSelect } from './compact-select';
import { useCallableErrorText } from './use-error-text';

/**
 * Transfers between schools: the requests other schools sent to this one, which the head
 * accepts into one of the school's classes (the pupil and their records move here) or rejects,
 * and those this school sent.
 */
export function TransferRequests({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation('staff');
  const requests = useTransferRequests(schoolId);
  const classes = useSchoolClasses(schoolId);
  const respond = useRespondToTransfer(schoolId);
  const errorText = useCallableErrorText();
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);
  // The class chosen for each pending request; the sender's proposal, if any, preselected.
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [missingClass, setMissingClass] = useState<string | null>(null);
  const classOf = (r: TransferRequestRecord) => chosen[r.id] ?? r.toClassId ?? '';

  const answer = async (request: TransferRequestRecord, accept: boolean) => {
    setFeedback(null);
    const toClassId = accept && request.status === 'requested' ? classOf(request) : '';
    if (accept && request.status === 'requested' && toClassId === '') {
      setMissingClass(request.id);
      return;
    }
    setMissingClass(null);
    try {
      await respond.mutateAsync({
        requestId: request.id,
        accept,
        ...(toClassId ? { toClassId } : {}),
      });
      setFeedback({
        ok: true,
        text: t(accept ? 'transfers.accepted' : 'transfers.rejected', {
          name: request.pupilName,
        }),
      });
    } catch (error) {
      setFeedback({ ok: false, text: errorText(error) });
    }
  };

  return (
    <section aria-labelledby="transfers-title" className="my-4">
      <h2 id="transfers-title" className="h4">
        {t('transfers.title')}
      </h2>
      <OutcomeAlert outcome={feedback} />
      {requests.isPending && <Loading label={t('common.loading')} />}
      {requests.isError && (
        <div role="alert" className="alert alert-danger">
          {t('errors.loadTransfers')}
        </div>
      )}
      {requests.data && (
        <>
          <h3 className="h5">{t('transfers.incoming')}</h3>
          {requests.data.incoming.length === 0 ? (
            <p>{t('transfers.none')}</p>
          ) : (
            <ul className="list-unstyled">
              {requests.data.incoming.map((r) => (
                <li key={r.id} className="mb-2">
                  {t('transfers.incomingItem', { name: r.pupilName, school: r.fromSchoolName })}{' '}
                  <span className="badge bg-secondary">{t(`transfers.status.${r.status}`)}</span>
                  {(r.status === 'requested' || r.status === 'accepted') && (
                    <span className="ms-2 d-inline-flex flex-wrap align-items-start gap-2">
                      {r.status === 'requested' && (
                        <ClassPicker
                          request={r}
                          classes={classes.data}
                          failed={classes.isError}
                          value={classOf(r)}
                          missing={missingClass === r.id}
                          onChange={(classId) => {
                            setChosen((c) => ({ ...c, [r.id]: classId }));
                            if (classId) setMissingClass(null);
                          }}
                        />
                      )}
                      <button
                        type="button"
                        className="btn btn-primary btn-sm"
                        disabled={respond.isPending}
                        aria-label={t('transfers.acceptLabel', { name: r.pupilName })}
                        onClick={() => void answer(r, true)}
                      >
                        {r.status === 'accepted' ? t('transfers.resume') : t('transfers.accept')}
                      </button>
                      {r.status === 'requested' && (
                        <button
                          type="button"
                          className="btn btn-outline-danger btn-sm"
                          disabled={respond.isPending}
                          aria-label={t('transfers.rejectLabel', { name: r.pupilName })}
                          onClick={() => void answer(r, false)}
                        >
                          {t('transfers.reject')}
                        </button>
                      )}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3 className="h5">{t('transfers.outgoing')}</h3>
          {requests.data.outgoing.length === 0 ? (
            <p>{t('transfers.none')}</p>
          ) : (
            <ul className="list-unstyled">
              {requests.data.outgoing.map((r) => (
                <li key={r.id} className="mb-2">
                  {t('transfers.outgoingItem', { name: r.pupilName, school: r.toSchoolName })}{' '}
                  <span className="badge bg-secondary">{t(`transfers.status.${r.status}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

type ClassPickerProps = {
  request: TransferRequestRecord;
  classes: ClassRecord[] | undefined;
  failed: boolean;
  value: string;
  missing: boolean;
  onChange: (classId: string) => void;
};

/** The class of this school the pupil joins: required to accept. */
function ClassPicker({ request, classes, failed, value, missing, onChange }: ClassPickerProps) {
  const { t } = useTranslation('staff');
  if (failed) {
    return (
      <span role="alert" className="text-danger small">
        {t('errors.loadClasses')}
      </span>
    );
  }
  return (
    <span className="d-inline-flex flex-column">
      <CompactSelect
        id={`transfer-class-${request.id}`}
        label={t('transfers.classLabel', { name: request.pupilName })}
        placeholder={t('transfers.chooseClass')}
        options={(classes ?? []).map((c) => ({ value: c.id, label: c.name }))}
        value={value}
        onChange={onChange}
        className="form-select form-select-sm"
        disabled={!classes}
        required
        error={missing ? t('transfers.classRequired') : undefined}
      />
    </span>
  );
}
