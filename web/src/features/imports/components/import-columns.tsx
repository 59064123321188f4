import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/imports/locales';
import { ALL_SUBJECTS } from '@domain';
import { downloadCsv, toCsv } from '@/lib/csv';
import { FIELDS_BY_KIND, REQUIRED_BY_KIND, templateHeaders, type ImportKind } from '../lib/mapping';

/**
 * What the file must contain, shown before a file is chosen: each datum with its column in the
 * template and whether it is required, and a template CSV (header row only) to fill in.
 */
export function ImportColumns({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation('imports');
  const id = useId();
  const subjects = new Set<string>(ALL_SUBJECTS);
  const fields = FIELDS_BY_KIND[kind].filter((f) => !subjects.has(f));
  const headers = templateHeaders(kind);
  const headerOf = new Map(FIELDS_BY_KIND[kind].map((f, i) => [f, headers[i] ?? f]));
  const required: readonly string[] = REQUIRED_BY_KIND[kind];
  return (
    <details className="mb-4" aria-labelledby={`${id}-title`}>
      <summary id={`${id}-title`} className="h6">
        {t('columns.title')}
      </summary>
      <p className="mt-2">{t('columns.intro')}</p>
      <button
        type="button"
        className="btn btn-outline-primary btn-sm mb-2"
        onClick={() => downloadCsv(`modello-${kind}.csv`, toCsv(headers, []))}
      >
        {t('columns.template')}
      </button>
      <div className="table-responsive">
        <table className="table table-sm">
          <caption className="caption-top">
            {t('columns.caption', { kind: t(`kind.${kind}`) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.data')}</th>
              <th scope="col">{t('columns.header')}</th>
              <th scope="col">{t('columns.required')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row" className="fw-normal">
                  {t(`fields.${field}`)}
                </th>
                <td>
                  <code>{headerOf.get(field)}</code>
                </td>
                <td>{required.includes(field) ? t('columns.yes') : t('columns.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {kind === 'termRecords' && <p className="small">{t('columns.subjects')}</p>}
    </details>
  );
}
