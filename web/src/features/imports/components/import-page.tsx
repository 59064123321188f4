import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/imports/locales';
import { translateValidationMessage } from '@domain';
import { Loading } from '@/components/ui/loading';
import { currentLanguage } from '@/lib/i18n';
import { useImportContext } from '../api/get-import-context';
import { type ImportSummary, useRunImport } from '../api/run-import';
import { type CsvEncoding, decodeCsvBytes } from '../lib/decode';
import {
  type ColumnMapping,
  FIELDS_BY_KIND,
  IMPORT_KINDS,
  type ImportKind,
  REQUIRED_BY_KIND,
  guessMapping,
  isSubject,
  missingRequired,
} from '../lib/mapping';
import { loadMapping, saveMapping } from '../lib/mapping-storage';
import { type PupilRow, validatePupilRows } from '../lib/pupils';
import { type CsvTable, type RowError, readCsvTable } from '../lib/table';
import { type TermRow, validateTermRows } from '../lib/term-records';
import { ImportColumns } from './import-columns';

type LoadedFile = { name: string; table: CsvTable; encoding: CsvEncoding };
type Preview = { kind: 'pupils'; rows: PupilRow[] } | { kind: 'termRecords'; rows: TermRow[] };

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

/** /importa: CSV import of pupils or term records, for the referent and the head. */
export function ImportPage({ schoolId, uid }: { schoolId: string; uid: string }) {
  const { t } = useTranslation('imports');
  const fileId = useId();
  const [kind, setKind] = useState<ImportKind>('pupils');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [readError, setReadError] = useState(false);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  // Bumped to clear the file input when the user starts over.
  const [inputKey, setInputKey] = useState(0);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<
    { summary: ImportSummary; skipped: number } | 'discarded' | null
  >(null);
  const context = useImportContext(schoolId);
  const runImport = useRunImport((done, total) => setProgress({ done, total }));

  function resetFor(next: ImportKind, loaded: LoadedFile | null) {
    setKind(next);
    setFile(loaded);
    setOutcome(null);
    setProgress(null);
    setMapping(loaded ? guessMapping(next, loaded.table.headers, loadMapping(schoolId, next)) : {});
    if (!loaded) setInputKey((k) => k + 1);
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const selected = event.target.files?.[0];
    setReadError(false);
    if (!selected) return resetFor(kind, null);
    try {
      const { text, encoding } = decodeCsvBytes(new Uint8Array(await selected.arrayBuffer()));
      resetFor(kind, { name: selected.name, table: readCsvTable(text), encoding });
    } catch {
      setReadError(true);
      resetFor(kind, null);
    }
  }

  function onMap(field: string, header: string) {
    const next = { ...mapping, [field]: header === '' ? null : header };
    setMapping(next);
    saveMapping(schoolId, kind, next);
  }

  const missing = file ? missingRequired(kind, mapping) : [];
  const preview = useMemo((): Preview | null => {
    if (!file || !context.data || missing.length > 0) return null;
    const { classes, schoolYear, pupils } = context.data;
    return kind === 'pupils'
      ? { kind, rows: validatePupilRows(file.table, mapping, { classes, schoolYear }) }
      : {
          kind,
          rows: validateTermRows(file.table, mapping, {
            pupils,
            schoolYear: schoolYear ?? '',
          }),
        };
    // `missing` derives from kind and mapping, both listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, context.data, kind, mapping]);

  const valid = preview
    ? preview.kind === 'pupils'
      ? preview.rows.filter((r) => r.intake)
      : preview.rows.filter((r) => r.record)
    : [];
  const invalid = preview ? preview.rows.filter((r) => r.errors.length > 0) : [];

  function errorText(error: RowError): string {
    if (error.key.startsWith('validation.')) {
      return translateValidationMessage(error.key, currentLanguage());
    }
    const key = error.key.replace(/^import\./, '');
    if (!isImportError(key)) return error.key;
    const { name = '', lines = '', key: pupilKey = '' } = error.params ?? {};
    return t(`errors.${key}`, { name, lines, key: pupilKey });
  }

  /** Who a row is about: the name, else the codice fiscale or pupil code, else a dash. */
  function pupilOf(row: PupilRow | TermRow): string {
    if (row.pupilName) return row.pupilName;
    const key = 'pupilKey' in row ? row.pupilKey : (row.codiceFiscale ?? row.schoolPupilCode);
    return key ? t('preview.pupilKey', { key }) : t('preview.noPupil');
  }
  const pupilAtLine = (line: number) => {
    const row = preview?.rows.find((r) => r.line === line);
    return row ? pupilOf(row) : t('preview.noPupil');
  };

  function onImport() {
    if (!preview || !context.data) return;
    saveMapping(schoolId, kind, mapping);
    const actor = { schoolId, uid };
    const input =
      preview.kind === 'pupils'
        ? { kind: 'pupils' as const, actor, rows: preview.rows }
        : { kind: 'termRecords' as const, actor, rows: preview.rows };
    runImport.mutate(input, {
      onSuccess: (summary) => setOutcome({ summary, skipped: invalid.length }),
    });
  }

  const fields = FIELDS_BY_KIND[kind];
  const required: readonly string[] = REQUIRED_BY_KIND[kind];
  const running = runImport.isPending;

  return (
    <div className="import-page">
      <p>{t('intro')}</p>

      <fieldset className="mb-4">
        <legend className="h5">{t('kind.legend')}</legend>
        {IMPORT_KINDS.map((k) => (
          <div className="form-check form-check-inline" key={k}>
            <input
              className="form-check-input"
              type="radio"
              name="import-kind"
              id={`${fileId}-${k}`}
              checked={kind === k}
              disabled={running}
              onChange={() => resetFor(k, file)}
            />
            <label className="form-check-label" htmlFor={`${fileId}-${k}`}>
              {t(`kind.${k}`)}
            </label>
          </div>
        ))}
      </fieldset>

      <ImportColumns kind={kind} />

      <div className="mb-4">
        <label htmlFor={fileId} className="form-label fw-semibold">
          {t('file.label')}
        </label>
        <input
          key={inputKey}
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          className="form-control"
          disabled={running}
          onChange={(e) => void onFile(e)}
        />
        {readError && (
          <div className="alert alert-danger mt-2" role="alert">
            {t('file.readError')}
          </div>
        )}
        {file && (
          <p className="mt-2 mb-0" role="status">
            {file.table.rows.length === 0
              ? t('file.empty')
              : t('file.read', {
                  rows: file.table.rows.length,
                  encoding: file.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252',
                  separator: file.table.separator,
                })}
          </p>
        )}
      </div>

      {file && file.table.rows.length > 0 && (
        <section className="mb-4" aria-labelledby={`${fileId}-mapping`}>
          <h2 className="h4" id={`${fileId}-mapping`}>
            {t('mapping.title')}
          </h2>
          <p>{t('mapping.hint')}</p>
          <div className="row g-2">
            {fields.map((field) => (
              <div className="col-md-6 col-lg-4" key={field}>
                <label className="form-label small mb-0" htmlFor={`${fileId}-map-${field}`}>
                  {t(`fields.${field}`)}
                  {isSubject(field) && (
                    <span className="visually-hidden"> ({t('mapping.subjects')})</span>
                  )}
                  {required.includes(field) && ` (${t('mapping.required')})`}
                </label>
                <select
                  id={`${fileId}-map-${field}`}
                  className="form-select form-select-sm"
                  value={mapping[field] ?? ''}
                  disabled={running || outcome !== null}
                  onChange={(e) => onMap(field, e.target.value)}
                >
                  <option value="">{t('mapping.none')}</option>
                  {file.table.headers.map((h) => (
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
      )}

      {file && missing.length === 0 && context.isPending && (
        <Loading label={t('preview.loadingContext')} />
      )}
      {file && context.isError && (
        <div className="alert alert-danger" role="alert">
          {t('preview.contextError')}
        </div>
      )}

      {preview && outcome === null && (
        <section className="mb-4" aria-labelledby={`${fileId}-preview`}>
          <h2 className="h4" id={`${fileId}-preview`}>
            {t('preview.title')}
          </h2>
          <p role="status">
            {t('preview.counts', {
              valid: valid.length,
              invalid: invalid.length,
              total: preview.rows.length,
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
              disabled={valid.length === 0 || running}
              onClick={onImport}
            >
              {t('actions.importValid', { count: valid.length })}
            </button>
            <button
              type="button"
              className="btn btn-outline-secondary"
              disabled={running}
              onClick={() => setOutcome('discarded')}
            >
              {t('actions.importNothing')}
            </button>
          </div>
        </section>
      )}

      {progress && (
        <div className="mb-4">
          <div
            className="progress"
            role="progressbar"
            aria-label={t('progress.label')}
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
            aria-valuetext={t('progress.status', progress)}
          >
            <div
              className="progress-bar"
              style={{
                width: `${progress.total === 0 ? 100 : (progress.done / progress.total) * 100}%`,
              }}
            />
          </div>
          <p className="small mt-1">{t('progress.status', progress)}</p>
        </div>
      )}
      {runImport.isError && (
        <div className="alert alert-danger" role="alert">
          {t('preview.contextError')}
        </div>
      )}

      {outcome === 'discarded' && (
        <div className="alert alert-info" role="status">
          {t('summary.discarded')}
        </div>
      )}
      {outcome !== null && outcome !== 'discarded' && (
        <section
          className="alert alert-success"
          role="status"
          aria-labelledby={`${fileId}-summary`}
        >
          <h2 className="h4" id={`${fileId}-summary`}>
            {t('summary.title')}
          </h2>
          <ul className="mb-0" data-testid="import-summary">
            <li>{t('summary.created', { count: outcome.summary.created })}</li>
            <li>{t('summary.updated', { count: outcome.summary.updated })}</li>
            <li>{t('summary.unchanged', { count: outcome.summary.unchanged })}</li>
            <li>{t('summary.failed', { count: outcome.summary.failed.length })}</li>
            <li>{t('summary.skipped', { count: outcome.skipped })}</li>
          </ul>
          {outcome.summary.failed.length > 0 && (
            <ul>
              {outcome.summary.failed.map((f) => (
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
      )}
      {outcome !== null && (
        <button
          type="button"
          className="btn btn-outline-primary"
          onClick={() => resetFor(kind, null)}
        >
          {t('actions.another')}
        </button>
      )}
    </div>
  );
}
