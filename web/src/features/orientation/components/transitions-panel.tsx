import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import { Link } from 'react-router';
import { confirmTransitionInputSchema } from '@domain';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { type TransitionEntry, useConfirmTransition, useTransitions } from '../api/orientation';

const sheetLink = (id: string) => `/orientamento/passaggi/${encodeURIComponent(id)}`;

/** The receiving school's answer to its end-of-first-term task. */
function ConfirmForm({ schoolId, transition }: { schoolId: string; transition: TransitionEntry }) {
  const { t } = useTranslation('orientation');
  const confirm = useConfirmTransition(schoolId);
  const [stillEnrolled, setStillEnrolled] = useState(true);
  const [meanMark, setMeanMark] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `or-confirm-${transition.id}`;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const parsed = confirmTransitionInputSchema.safeParse({
      transitionId: transition.id,
      stillEnrolled,
      meanMark: meanMark.trim() === '' ? null : Number(meanMark.replace(',', '.')),
      notes,
    });
    if (!parsed.success) {
      setError(
        t('invalid', { message: parsed.error.issues.map((i) => i.path.join('.')).join(', ') }),
      );
      return;
    }
    try {
      await confirm.mutateAsync(parsed.data);
    } catch (e) {
      setError(t('saveFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="mt-2"
      aria-label={t('transitions.confirmTitle')}
    >
      <fieldset>
        <legend className="fs-6 fw-semibold">{t('transitions.confirmTitle')}</legend>
        <div className="form-check">
          <input
            id={`${id}-yes`}
            type="radio"
            className="form-check-input"
            name={`${id}-enrolled`}
            checked={stillEnrolled}
            onChange={() => setStillEnrolled(true)}
          />
          <label htmlFor={`${id}-yes`} className="form-check-label">
            {t('transitions.stillEnrolled')}
          </label>
        </div>
        <div className="form-check">
          <input
            id={`${id}-no`}
            type="radio"
            className="form-check-input"
            name={`${id}-enrolled`}
            checked={!stillEnrolled}
            onChange={() => setStillEnrolled(false)}
          />
          <label htmlFor={`${id}-no`} className="form-check-label">
            {t('transitions.notEnrolled')}
          </label>
        </div>
      </fieldset>
      <div className="d-flex gap-3 flex-wrap align-items-end mt-2">
        <div>
          <label htmlFor={`${id}-mark`} className="form-label small d-block">
            {t('transitions.meanMark')}
          </label>
          <input
            id={`${id}-mark`}
            className="form-control"
            inputMode="decimal"
            size={6}
            value={meanMark}
            onChange={(e) => setMeanMark(e.target.value)}
          />
        </div>
        <div className="flex-grow-1">
          <label htmlFor={`${id}-notes`} className="form-label small d-block">
            {t('transitions.notes')}
          </label>
          <input
            id={`${id}-notes`}
            className="form-control"
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={confirm.isPending}>
          {t('transitions.confirm')}
        </button>
      </div>
      {error && (
        <div className="alert alert-danger mt-2" role="alert">
          {error}
        </div>
      )}
    </form>
  );
}

/**
 * Pupils who came to this school: the handover sheets and the end-of-term tasks. `openOnly`
 * (the "Da fare" page) lists only the tasks still waiting for an answer, and nothing at all
 * when there are none.
 */
export function IncomingTransitions({
  schoolId,
  openOnly = false,
}: {
  schoolId: string;
  openOnly?: boolean;
}) {
  const { t } = useTranslation('orientation');
  const language = useLanguage();
  const query = useTransitions(schoolId, 'to');
  const items = (query.data ?? []).filter((tr) => !openOnly || tr.status === 'pending');
  // The page's moment, fixed for the render (overdue tasks in red).
  const [now] = useState(() => Date.now());
  if (openOnly && items.length === 0) return null;
  return (
    <section className="mt-5" aria-labelledby="or-incoming-title">
      <h2 id="or-incoming-title" className="h4">
        {t('transitions.incomingTitle')}
      </h2>
      {query.isPending ? (
        <p>{t('loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('transitions.emptyIncoming')}</p>
      ) : (
        <ul className="list-unstyled">
          {items.map((tr) => {
            const overdue = tr.checkDue.getTime() < now;
            return (
              <li key={tr.id} className="border rounded p-3 mb-3">
                <p className="mb-1">
                  <strong>{tr.pupilName}</strong> – {t('transitions.from')}: {tr.fromSchoolName} –{' '}
                  {t('transitions.movedAt')} {formatDate(tr.movedAt, language)}
                </p>
                <p className="mb-1">
                  <Link to={sheetLink(tr.id)}>{t('transitions.sheet')}</Link>
                </p>
                <p className={`mb-1 ${tr.status === 'pending' && overdue ? 'text-danger' : ''}`}>
                  {t('transitions.task')}:{' '}
                  {tr.status === 'pending'
                    ? t(overdue ? 'transitions.overdue' : 'transitions.due', {
                        date: formatDate(tr.checkDue, language),
                      })
                    : t(`transitions.statuses.${tr.status}`)}
                </p>
                {tr.status !== 'confirmed' && <ConfirmForm schoolId={schoolId} transition={tr} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Pupils who left this school for another of the network; "left school" cases in red. */
export function OutgoingTransitions({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation('orientation');
  const language = useLanguage();
  const query = useTransitions(schoolId, 'from');
  const left = (query.data ?? []).filter((tr) => tr.status === 'leftSchool');
  return (
    <section className="mt-5" aria-labelledby="or-outgoing-title">
      <h2 id="or-outgoing-title" className="h4">
        {t('transitions.outgoingTitle')}
      </h2>
      {left.length > 0 && (
        <div className="alert alert-danger" role="alert">
          {t('transitions.leftSchoolAlert', { count: left.length })}
        </div>
      )}
      {query.isPending ? (
        <p>{t('loading')}</p>
      ) : !query.data || query.data.length === 0 ? (
        <p>{t('transitions.emptyOutgoing')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm">
            <caption>{t('transitions.outgoingTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('transitions.pupil')}</th>
                <th scope="col">{t('transitions.to')}</th>
                <th scope="col">{t('transitions.movedAt')}</th>
                <th scope="col">{t('transitions.status')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((tr) => (
                <tr key={tr.id} className={tr.status === 'leftSchool' ? 'table-danger' : undefined}>
                  <th scope="row">
                    <Link to={sheetLink(tr.id)}>{tr.pupilName}</Link>
                  </th>
                  <td>{tr.toSchoolName}</td>
                  <td>{formatDate(tr.movedAt, language)}</td>
                  <td>{t(`transitions.statuses.${tr.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
