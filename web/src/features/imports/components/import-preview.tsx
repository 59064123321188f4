import { useTranslation } from 'react-i18next';
import '@/features/imports/locales';
import { translateValidationMessage } from '@domain';
import { currentLanguage } from '@/lib/i18n';
import type { PupilRow } from '../lib/pupils';
import type { RowError } from '../lib/table';
import type { TermRow } from '../lib/term-records';

export type ImportRow = PupilRow | TermRow;

const IMPORT_ERRORS = [
  'unknownClass',
  'duplicatePupil',
  'duplicateTermRecord',
  'unknownPupil',
  'badMark',
  'badBoolean',
  'badTerm',
] as const;
type ImportErrorKey = (typeof IMPORT_ERRORS)[number];
const isImportError = (key: string): key is ImportErrorKey =>
  (IMPORT_ERRORS as readonly string[]).includes(key);

type ImportPreviewProps = {
  /** Prefix of the id of the section's heading. */
  idPrefix: string;
  rows: readonly ImportRow[];
  /** How many rows can be imported. */
  validCount: number;
  /** The rows with errors (skipped by the import). */
  invalid: readonly ImportRow[];
  running: boolean;
  /** Who a row is about, as the page names them. */
  pupilOf: (row: ImportRow) => string;
  onImport: () => void;
  onDiscard: () => void;
};

/** What the import would do: counts, each error of each row, and the choice to go ahead. */
export function ImportPreview({
  idPrefix,
  rows,
  validCount,
  invalid,
  running,
  pupilOf,
  onImport,
  onDiscard,
}: ImportPreviewProps) {
  const { t } = useTranslation('imports');

  function errorText(error: RowError): string {
    if (error.key.startsWith('validation.')) {
      return translateValidationMessage(error.key, currentLanguage());
    }
    const key = error.key.replace(/^import\./, '');
    if (!isImportError(key)) return error.key;
    const { name = '', lines = '', key: pupilKey = '' } = error.params ?? {};
    return t(`errors.${key}`, { name, lines, key: pupilKey });
  }

  return (
    <section className="mb-4" aria-labelledby={`${idPrefix}-preview`}>
      <h2 className="h4" id={`${idPrefix}-preview`}>
        {t('preview.title')}
      </h2>
      <p role="status">
        {t('preview.counts', {
          valid: validCount,
          invalid: invalid.length,
          total: rows.length,
        })}
      </p>
      {invalid.length === 0 ? (
        <p>{t('preview.noErrors')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm">
            <caption>{t('preview.errorsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('preview.line')}</th>
                <th scope="col">{t('preview.pupil')}</th>
                <th scope="col">{t('preview.column')}</th>
                <th scope="col">{t('preview.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {invalid.flatMap((row) =>
                row.errors.map((error, i) => (
                  <tr key={`${row.line}-${i}`} data-line={row.line}>
                    <th scope="row">{row.line}</th>
                    <td>{pupilOf(row)}</td>
                    <td>{error.column ?? '—'}</td>
                    <td>{errorText(error)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
      <div className="d-flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-primary"
          disabled={validCount === 0 || running}
          onClick={onImport}
        >
          {t('actions.importValid', { count: validCount })}
        </button>
        <button
          type="button"
          className="btn btn-outline-secondary"
          disabled={running}
          onClick={onDiscard}
        >
          {t('actions.importNothing')}
        </button>
      </div>
    </section>
  );
}
