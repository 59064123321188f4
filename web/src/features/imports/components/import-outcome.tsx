import { useTranslation } from 'react-i18next';
import '@/features/imports/locales';
import type { ImportSummary } from '../api/run-import';

/** How many rows have been written so far, as a progress bar and in words. */
export function ImportProgress({ done, total }: { done: number; total: number }) {
  const { t } = useTranslation('imports');
  return (
    <div className="mb-4">
      <div
        className="progress"
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('progress.status', { done, total })}
      >
        <div
          className="progress-bar"
          style={{ width: `${total === 0 ? 100 : (done / total) * 100}%` }}
        />
      </div>
      <p className="small mt-1">{t('progress.status', { done, total })}</p>
    </div>
  );
}

type ImportOutcomeProps = {
  /** Prefix of the id of the section's heading. */
  idPrefix: string;
  summary: ImportSummary;
  /** Rows left out because they had errors. */
  skipped: number;
  /** Who the row at a line of the file is about. */
  pupilAtLine: (line: number) => string;
};

/** What the import did: created, updated, unchanged, failed (with why) and skipped rows. */
export function ImportOutcome({ idPrefix, summary, skipped, pupilAtLine }: ImportOutcomeProps) {
  const { t } = useTranslation('imports');
  return (
    <section className="alert alert-success" role="status" aria-labelledby={`${idPrefix}-summary`}>
      <h2 className="h4" id={`${idPrefix}-summary`}>
        {t('summary.title')}
      </h2>
      <ul className="mb-0" data-testid="import-summary">
        <li>{t('summary.created', { count: summary.created })}</li>
        <li>{t('summary.updated', { count: summary.updated })}</li>
        <li>{t('summary.unchanged', { count: summary.unchanged })}</li>
        <li>{t('summary.failed', { count: summary.failed.length })}</li>
        <li>{t('summary.skipped', { count: skipped })}</li>
      </ul>
      {summary.failed.length > 0 && (
        <ul>
          {summary.failed.map((f) => (
            <li key={f.line}>
              {t('summary.failedLine', {
                line: f.line,
                pupil: pupilAtLine(f.line),
                reason: t(
                  f.code === 'permission-denied'
                    ? 'summary.reasons.denied'
                    : 'summary.reasons.other',
                ),
                code: f.code,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
