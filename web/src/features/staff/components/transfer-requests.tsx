import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { Loading } from '@/components/ui/loading';
import {
  type TransferRequestRecord,
  useRespondToTransfer,
  useTransferRequests,
} from '../api/get-transfer-requests';
import { useCallableErrorText } from './use-error-text';

/**
 * Transfers between schools: the requests other schools sent to this one, which the head
 * accepts (the pupil and their records move here) or rejects, and those this school sent.
 */
export function TransferRequests({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation('staff');
  const requests = useTransferRequests(schoolId);
  const respond = useRespondToTransfer(schoolId);
  const errorText = useCallableErrorText();
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);

  const answer = async (request: TransferRequestRecord, accept: boolean) => {
    setFeedback(null);
    try {
      await respond.mutateAsync({ requestId: request.id, accept });
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
      <div aria-live="polite">
        {feedback && (
          <div
            role={feedback.ok ? 'status' : 'alert'}
            className={`alert ${feedback.ok ? 'alert-success' : 'alert-danger'}`}
          >
            {feedback.text}
          </div>
        )}
      </div>
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
                    <span className="ms-2 d-inline-flex gap-2">
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
