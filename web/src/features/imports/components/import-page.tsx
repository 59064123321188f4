import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/imports/locales';
import { Loading } from '@/components/ui/loading';
import { TextField } from '@/components/ui/text-field';
import { useImportContext } from '../api/get-import-context';
import { type ImportSummary, useRunImport } from '../api/run-import';
import { type CsvEncoding, decodeCsvBytes } from '../lib/decode';
import {
  type ColumnMapping,
  IMPORT_KINDS,
  type ImportKind,
  guessMapping,
  missingRequired,
} from '../lib/mapping';
import { loadMapping, saveMapping } from '../lib/mapping-storage';
import { type PupilRow, validatePupilRows } from '../lib/pupils';
import { type CsvTable, readCsvTable } from '../lib/table';
import { type TermRow, validateTermRows } from '../lib/term-records';
import { ImportColumns } from './import-columns';
import { ImportMapping } from './import-mapping';
import { ImportOutcome, ImportProgress } from './import-outcome';
import { type ImportRow, ImportPreview } from './import-preview';

type LoadedFile = { name: string; table: CsvTable; encoding: CsvEncoding };
type Preview = { kind: 'pupils'; rows: PupilRow[] } | { kind: 'termRecords'; rows: TermRow[] };

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

  /** Who a row is about: the name, else the codice fiscale or pupil code, else a dash. */
  function pupilOf(row: ImportRow): string {
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
        <TextField
          key={inputKey}
          id={fileId}
          label={t('file.label')}
          className="mb-0"
          input={{
            type: 'file',
            accept: '.csv,text/csv',
            disabled: running,
            onChange: (e) => void onFile(e),
          }}
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
        <ImportMapping
          idPrefix={fileId}
          kind={kind}
          headers={file.table.headers}
          mapping={mapping}
          missing={missing}
          disabled={running || outcome !== null}
          onMap={onMap}
        />
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
        <ImportPreview
          idPrefix={fileId}
          rows={preview.rows}
          validCount={valid.length}
          invalid={invalid}
          running={running}
          pupilOf={pupilOf}
          onImport={onImport}
          onDiscard={() => setOutcome('discarded')}
        />
      )}

      {progress && <ImportProgress {...progress} />}
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
        <ImportOutcome
          idPrefix={fileId}
          summary={outcome.summary}
          skipped={outcome.skipped}
          pupilAtLine={pupilAtLine}
        />
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
