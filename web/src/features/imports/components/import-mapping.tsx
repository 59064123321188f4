import { useTranslation } from 'react-i18next';
import '@/features/imports/locales';
import {
  type ColumnMapping,
  FIELDS_BY_KIND,
  type ImportKind,
  REQUIRED_BY_KIND,
  isSubject,
} from '../lib/mapping';

type ImportMappingProps = {
  /** Prefix of the ids of the section's heading and selects. */
  idPrefix: string;
  kind: ImportKind;
  /** The file's column headers. */
  headers: readonly string[];
  mapping: ColumnMapping;
  /** Required fields with no column yet. */
  missing: readonly string[];
  disabled: boolean;
  onMap: (field: string, header: string) => void;
};

/** Which column of the file holds each field: one select per field, required ones marked. */
export function ImportMapping({
  idPrefix,
  kind,
  headers,
  mapping,
  missing,
  disabled,
  onMap,
}: ImportMappingProps) {
  const { t } = useTranslation('imports');
  const fields = FIELDS_BY_KIND[kind];
  const required: readonly string[] = REQUIRED_BY_KIND[kind];
  return (
    <section className="mb-4" aria-labelledby={`${idPrefix}-mapping`}>
      <h2 className="h4" id={`${idPrefix}-mapping`}>
        {t('mapping.title')}
      </h2>
      <p>{t('mapping.hint')}</p>
      <div className="row g-2">
        {fields.map((field) => (
          <div className="col-md-6 col-lg-4" key={field}>
            <label className="form-label small mb-0" htmlFor={`${idPrefix}-map-${field}`}>
              {t(`fields.${field}`)}
              {isSubject(field) && (
                <span className="visually-hidden"> ({t('mapping.subjects')})</span>
              )}
              {required.includes(field) && ` (${t('mapping.required')})`}
            </label>
            <select
              id={`${idPrefix}-map-${field}`}
              className="form-select form-select-sm"
              value={mapping[field] ?? ''}
              disabled={disabled}
              onChange={(e) => onMap(field, e.target.value)}
            >
              <option value="">{t('mapping.none')}</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {missing.length > 0 && (
        <div className="alert alert-warning mt-3" role="alert">
          {t('mapping.missing', {
            fields: missing.map((f) => t(`fields.${f as (typeof fields)[number]}`)).join(', '),
          })}
        </div>
      )}
    </section>
  );
}
