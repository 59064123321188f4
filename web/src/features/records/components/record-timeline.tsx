import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import '@/features/records/locales';
import type { RecordKind } from '@domain';
import { formatDate } from '@/lib/format';
import { entryDate, sortNewestFirst } from '../lib/summaries';
import type { RecordEntry } from '../lib/types';
import type { RecordSummary } from './use-record-summary';

type RecordTimelineProps = {
  entries: RecordEntry[];
  kinds: readonly RecordKind[];
  viewerUid: string;
  summarise: (entry: RecordEntry) => RecordSummary;
  canAmend: (entry: RecordEntry) => boolean;
  onEdit: (entry: RecordEntry) => void;
  onDelete: (entry: RecordEntry, opener: HTMLButtonElement) => void;
};

const ALL = 'all';

/** Every record of the pupil, newest first, filtered by kind. */
export function RecordTimeline({
  entries,
  kinds,
  viewerUid,
  summarise,
  canAmend,
  onEdit,
  onDelete,
}: RecordTimelineProps) {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const filterId = useId();
  const [filter, setFilter] = useState<RecordKind | typeof ALL>(ALL);
  const visible = sortNewestFirst(entries.filter((e) => filter === ALL || e.kind === filter));

  return (
    <>
      <div className="select-wrapper form-group" style={{ maxWidth: '28rem' }}>
        <label htmlFor={filterId}>{t('timeline.filterLegend')}</label>
        <select
          id={filterId}
          value={filter}
          onChange={(event) => setFilter(event.target.value as RecordKind | typeof ALL)}
        >
          <option value={ALL}>{t('timeline.all')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <p aria-live="polite" className="fw-semibold">
        {t('timeline.count', { count: visible.length })}
      </p>
      {visible.length === 0 ? (
        <p>{entries.length === 0 ? t('timeline.empty') : t('timeline.noMatch')}</p>
      ) : (
        <ol className="list-unstyled" aria-label={t('timeline.title')}>
          {visible.map((entry) => {
            const summary = summarise(entry);
            const what = `${t(`kinds.${entry.kind}`)} ${formatDate(entryDate(entry), language)}`;
            return (
              <li
                key={`${entry.kind}/${entry.id}`}
                className="border-start border-4 border-primary ps-3 mb-4"
              >
                <p className="mb-1 small">
                  <time
                    dateTime={entryDate(entry).toISOString().slice(0, 10)}
                    className="fw-semibold"
                  >
                    {formatDate(entryDate(entry), language)}
                  </time>{' '}
                  <span className="badge bg-secondary ms-1">{t(`kinds.${entry.kind}`)}</span>
                  {entry.pending && (
                    <span className="badge bg-warning text-dark ms-1">{t('timeline.pending')}</span>
                  )}
                </p>
                <p className="mb-1">{summary.title}</p>
                {summary.lines
                  .filter((line) => line.trim() !== '')
                  .map((line, i) => (
                    <p key={i} className="mb-1 small" style={{ whiteSpace: 'pre-wrap' }}>
                      {line}
                    </p>
                  ))}
                <p className="mb-1 small">
                  {entry.data.createdBy === viewerUid ? t('timeline.byYou') : t('timeline.byOther')}
                </p>
                {canAmend(entry) && (
                  <div className="d-flex gap-2">
                    <button
                      type="button"
                      className="btn btn-outline-primary btn-xs"
                      aria-label={t('timeline.editLabel', { what })}
                      onClick={() => onEdit(entry)}
                    >
                      {t('timeline.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-outline-danger btn-xs"
                      aria-label={t('timeline.deleteLabel', { what })}
                      onClick={(event) => onDelete(entry, event.currentTarget)}
                    >
                      {t('timeline.delete')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
