import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import { Link } from 'react-router';
import type { Language } from '@domain';
import { formatDate } from '@/lib/format';
import type { LiveQueryResult } from '@/lib/live-query';
import type { NotificationsState, RiskNotificationWithId } from '../api/get-notifications';
import './risk.css';

export type NotificationsBellViewProps = {
  state: LiveQueryResult<NotificationsState>;
  language: Language;
  /** Marks these notifications read (opening one, or "mark all"). */
  onMarkRead: (ids: string[]) => void;
};

/**
 * A bell button whose accessible name carries the unread count ("Notifiche, 3 non lette"),
 * opening one entry per day with rises, each a list of links to the pupils concerned. Escape or a click outside closes it.
 */
export function NotificationsBellView({ state, language, onMarkRead }: NotificationsBellViewProps) {
  const { t } = useTranslation('risk');
  const id = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const unread = state.status === 'success' ? state.data.unreadCount : 0;
  const recent = state.status === 'success' ? state.data.recent : [];
  const unreadIds = recent.filter((n) => !n.read).map((n) => n.id);
  const popoverId = `${id}-list`;

  const describe = (p: RiskNotificationWithId['pupils'][number]) =>
    t('bell.riskRaisedPupil', {
      pupil: p.pupilName,
      className: p.className,
      from: t(`levels.${p.previousLevel}`),
      to: t(`levels.${p.level}`),
    });
  const dayOf = (n: RiskNotificationWithId) => formatDate(new Date(`${n.day}T00:00:00Z`), language);

  return (
    <div className="risk-bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-primary btn-sm d-inline-flex align-items-center gap-1"
        aria-label={t('bell.label', { count: unread })}
        aria-expanded={open}
        aria-controls={popoverId}
        onClick={() => setOpen((o) => !o)}
      >
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 && (
          <span className="badge bg-white text-primary" aria-hidden="true">
            {unread}
          </span>
        )}
      </button>
      <div
        id={popoverId}
        className="risk-bell-popover card shadow p-3"
        hidden={!open}
        role="region"
        aria-label={t('bell.title')}
      >
        <div className="d-flex justify-content-between align-items-center mb-2">
          <h2 className="h6 mb-0">{t('bell.title')}</h2>
          {unreadIds.length > 0 && (
            <button
              type="button"
              className="btn btn-link btn-sm p-0"
              onClick={() => onMarkRead(unreadIds)}
            >
              {t('bell.markAll')}
            </button>
          )}
        </div>
        {state.status === 'error' && <p className="small mb-0">{t('bell.error')}</p>}
        {state.status === 'success' && recent.length === 0 && (
          <p className="small mb-0">{t('bell.empty')}</p>
        )}
        {recent.length > 0 && (
          <ul className="list-unstyled mb-0">
            {recent.map((n) => (
              <li key={n.id} className="py-2 border-bottom">
                <p className={`small mb-1${n.read ? '' : ' fw-bold'}`}>
                  {t('bell.day', { date: dayOf(n) })}
                  {!n.read && <span className="visually-hidden"> ({t('bell.unread')})</span>}
                </p>
                <ul className="list-unstyled mb-0 ps-2">
                  {n.pupils.map((p) => (
                    <li key={p.pupilId}>
                      <Link
                        to={`/alunni/${p.pupilId}`}
                        onClick={() => {
                          if (!n.read) onMarkRead([n.id]);
                          setOpen(false);
                        }}
                      >
                        {describe(p)}
                      </Link>
                    </li>
                  ))}
                </ul>
                {n.total > n.pupils.length && (
                  <p className="small text-secondary mb-0">
                    {t('bell.more', { count: n.total - n.pupils.length })}
                  </p>
                )}
                {!n.read && (
                  <button
                    type="button"
                    className="btn btn-link btn-sm p-0"
                    onClick={() => onMarkRead([n.id])}
                  >
                    {t('bell.markRead')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
