import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/planning/locales';
import { occurrenceOutcomeSchema, translateValidationMessage } from '@domain';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { type OccurrenceRef, useMarkOccurrence } from '../api/plans';

type MarkOccurrenceFormProps = OccurrenceRef & {
  names: Map<string, string>;
  onDone: () => void;
};

/**
 * Outcome of one occurrence: held, with each pupil present or absent (an absence needs its
 * reason, as a tutoring record does), or missed with the reason kept on the plan.
 */
export function MarkOccurrenceForm({
  schoolId,
  uid,
  plan,
  date,
  names,
  onDone,
}: MarkOccurrenceFormProps) {
  const { t } = useTranslation('planning');
  const id = useId();
  const language = useLanguage();
  const mark = useMarkOccurrence(schoolId, uid);
  const [held, setHeld] = useState(true);
  const [reason, setReason] = useState('');
  const [present, setPresent] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(plan.pupilIds.map((p) => [p, true])),
  );
  const [absenceReasons, setAbsenceReasons] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    const outcome = occurrenceOutcomeSchema.safeParse({
      status: held ? 'held' : 'missed',
      reason: held ? '' : reason,
      attendance: held ? present : {},
    });
    if (!outcome.success)
      next.reason = translateValidationMessage('validation.reasonRequired', language);
    if (held) {
      for (const pupilId of plan.pupilIds) {
        if (!present[pupilId] && !(absenceReasons[pupilId] ?? '').trim()) {
          next[pupilId] = translateValidationMessage('validation.reasonRequired', language);
        }
      }
    }
    setErrors(next);
    if (Object.keys(next).length > 0 || !outcome.success) return;
    mark.mutate({ plan, date, outcome: outcome.data, absenceReasons }, { onSuccess: onDone });
  }

  const title = t('mark.title', { date: formatDate(new Date(`${date}T00:00:00Z`), language) });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="border rounded p-3 mt-2">
      <p className="fw-semibold">{title}</p>
      <fieldset>
        <legend className="fs-6">{t('mark.status')}</legend>
        {(['held', 'missed'] as const).map((status) => (
          <div className="form-check form-check-inline" key={status}>
            <input
              className="form-check-input"
              type="radio"
              name={`${id}-status`}
              id={`${id}-${status}`}
              checked={held === (status === 'held')}
              onChange={() => setHeld(status === 'held')}
            />
            <label className="form-check-label" htmlFor={`${id}-${status}`}>
              {t(`mark.${status}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {held ? (
        <fieldset className="mt-2">
          <legend className="fs-6">{t('mark.attendance')}</legend>
          {plan.pupilIds.map((pupilId) => {
            const name = names.get(pupilId) ?? pupilId;
            return (
              <div key={pupilId} className="mb-2">
                <div className="form-check">
                  <input
                    className="form-check-input"
                    type="checkbox"
                    id={`${id}-present-${pupilId}`}
                    checked={present[pupilId] ?? false}
                    onChange={(e) => setPresent((p) => ({ ...p, [pupilId]: e.target.checked }))}
                  />
                  <label className="form-check-label" htmlFor={`${id}-present-${pupilId}`}>
                    {t('mark.present', { name })}
                  </label>
                </div>
                {!present[pupilId] && (
                  <>
                    <label className="form-label small" htmlFor={`${id}-reason-${pupilId}`}>
                      {t('mark.absenceReason', { name })}
                    </label>
                    <input
                      id={`${id}-reason-${pupilId}`}
                      className="form-control form-control-sm"
                      value={absenceReasons[pupilId] ?? ''}
                      aria-describedby={
                        errors[pupilId] ? `${id}-reason-${pupilId}-error` : undefined
                      }
                      onChange={(e) =>
                        setAbsenceReasons((r) => ({ ...r, [pupilId]: e.target.value }))
                      }
                    />
                    {errors[pupilId] && (
                      <div
                        className="invalid-feedback d-block"
                        id={`${id}-reason-${pupilId}-error`}
                      >
                        {errors[pupilId]}
                      </div>
                    )}
                  </>
                )}
              </div>
            );
          })}
        </fieldset>
      ) : (
        <div className="mt-2">
          <label className="form-label" htmlFor={`${id}-reason`}>
            {t('mark.reason')}
          </label>
          <input
            id={`${id}-reason`}
            className="form-control"
            value={reason}
            aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {errors.reason && (
            <div className="invalid-feedback d-block" id={`${id}-reason-error`}>
              {errors.reason}
            </div>
          )}
        </div>
      )}
      <div className="d-flex gap-2 mt-3">
        <button type="submit" className="btn btn-primary btn-sm" disabled={mark.isPending}>
          {t('mark.save')}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onDone}>
          {t('mark.cancel')}
        </button>
      </div>
      {mark.isError && (
        <div role="alert" className="alert alert-danger mt-2">
          {t('mark.error')}
        </div>
      )}
    </form>
  );
}
