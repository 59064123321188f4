import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/planning/locales';
import { occurrenceKey, planOccurrences } from '@domain';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { StoredPlan } from '../api/plans';
import { DeletePlanAction } from './delete-plan-action';
import { MarkOccurrenceForm } from './mark-occurrence-form';

const DAY_MS = 86_400_000;

type WeekAgendaProps = {
  schoolId: string;
  uid: string;
  plans: StoredPlan[];
  names: Map<string, string>;
  monday: Date;
  onWeek: (delta: number) => void;
};

/**
 * Monday to Friday of one week: every planned occurrence, its outcome or the way to record it,
 * and the way to delete its plan.
 */
export function WeekAgenda({ schoolId, uid, plans, names, monday, onWeek }: WeekAgendaProps) {
  const { t } = useTranslation('planning');
  const language = useLanguage();
  const [marking, setMarking] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const friday = new Date(monday.getTime() + 4 * DAY_MS);
  const today = occurrenceKey(new Date());
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });

  const days = [0, 1, 2, 3, 4].map((offset) => {
    const day = new Date(monday.getTime() + offset * DAY_MS);
    const key = occurrenceKey(day);
    const items = plans
      .filter((plan) => planOccurrences(plan, day, day).length > 0)
      .sort((a, b) => a.startTime.localeCompare(b.startTime));
    return { day, key, items };
  });

  const onDeleted = () => {
    setDeleted(true);
    // The deleted plan's button is gone: focus moves to the outcome, so it is heard.
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  return (
    <section className="mb-5" aria-labelledby="week-title">
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2">
        <h2 className="h4 mb-0" id="week-title">
          {t('week.title', {
            from: formatDate(monday, language),
            to: formatDate(friday, language),
          })}
        </h2>
        <div className="btn-group">
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => onWeek(-1)}
          >
            {t('week.previous')}
          </button>
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => onWeek(0)}
          >
            {t('week.today')}
          </button>
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => onWeek(1)}
          >
            {t('week.next')}
          </button>
        </div>
      </div>
      <div ref={noticeRef} tabIndex={-1} role="status" aria-live="polite">
        {deleted && <div className="alert alert-success mt-3 mb-0">{t('delete.deleted')}</div>}
      </div>
      <div className="row mt-3">
        {days.map(({ day, key, items }) => (
          <div className="col-lg" key={key}>
            <h3 className="h6 text-capitalize">
              {weekday.format(day)} {formatDate(day, language)}
            </h3>
            {items.length === 0 ? (
              <p className="small text-muted">{t('week.empty')}</p>
            ) : (
              <ul className="list-unstyled">
                {items.map((plan) => {
                  const outcome = plan.outcomes[key];
                  const markKey = `${plan.id}/${key}`;
                  const occurrence = { schoolId, uid, plan, date: key };
                  return (
                    <li
                      key={plan.id}
                      className="border-start border-3 ps-2 mb-3"
                      data-plan={plan.id}
                    >
                      <div className="fw-semibold">
                        {plan.startTime} · {plan.subject}
                      </div>
                      <div className="small">
                        {plan.pupilIds.map((p) => names.get(p) ?? p).join(', ')}
                        {plan.recurrence.kind === 'weekly' && ` · ${t('occurrence.weekly')}`}
                        {plan.peerPair && ` · ${t('occurrence.peer')}`}
                      </div>
                      <div className="small">
                        {outcome
                          ? outcome.status === 'held'
                            ? t('occurrence.held')
                            : t('occurrence.missed', { reason: outcome.reason })
                          : t('occurrence.planned')}
                      </div>
                      {!outcome && key <= today && marking !== markKey && (
                        <button
                          type="button"
                          className="btn btn-link btn-sm p-0"
                          onClick={() => setMarking(markKey)}
                        >
                          {t('occurrence.mark')}
                        </button>
                      )}
                      {marking === markKey && (
                        <MarkOccurrenceForm
                          {...occurrence}
                          names={names}
                          onDone={() => setMarking(null)}
                        />
                      )}
                      {/* Only a plan with nothing marked yet: a missed session's reason lives on
                          the plan, and deleting it would lose what was recorded. */}
                      {Object.keys(plan.outcomes).length === 0 && (
                        <DeletePlanAction {...occurrence} onDeleted={onDeleted} />
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
