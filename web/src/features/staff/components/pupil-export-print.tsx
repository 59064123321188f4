import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { Link } from 'react-router';
import { RECORD_KINDS } from '@domain';
import { Loading } from '@/components/ui/loading';
import { formatDate } from '@/lib/format';
import { usePupilExport } from '../api/export-pupil';
import { exportDate, type PupilExport } from '../lib/pupil-export';
import { downloadJson } from './pupil-gdpr-actions';
import { useCallableErrorText } from './use-error-text';
import './print.css';

type PupilExportPrintProps = { schoolId: string; pupilId: string };

/**
 * /alunni/:pupilId/stampa: the export as a document to print or save as PDF for the family.
 * The buttons follow the interface language; the document is in Italian, the language of the
 * school's records and of the request it answers.
 */
export function PupilExportPrint({ schoolId, pupilId }: PupilExportPrintProps) {
  const { t } = useTranslation('staff');
  const errorText = useCallableErrorText();
  const exportQuery = usePupilExport({ schoolId, pupilId });

  return (
    <div className="gdpr-print">
      <div className="d-print-none d-flex flex-wrap gap-2 mb-4">
        <Link className="btn btn-outline-primary" to={`/alunni/${encodeURIComponent(pupilId)}`}>
          {t('print.back')}
        </Link>
        {exportQuery.data && (
          <>
            <button type="button" className="btn btn-primary" onClick={() => window.print()}>
              {t('print.print')}
            </button>
            <button
              type="button"
              className="btn btn-outline-primary"
              onClick={() => exportQuery.data && downloadJson(exportQuery.data)}
            >
              {t('print.download')}
            </button>
          </>
        )}
      </div>
      {exportQuery.isPending && <Loading label={t('print.loading')} />}
      {exportQuery.isError && (
        <div role="alert" className="alert alert-danger">
          {t('print.error')} {errorText(exportQuery.error)}
        </div>
      )}
      {exportQuery.data && <PupilExportDocument data={exportQuery.data} />}
    </div>
  );
}

/** Record kinds in a fixed order (those of the domain first), then anything else exported. */
function orderedKinds(data: PupilExport): string[] {
  const known: string[] = [...RECORD_KINDS, 'risk', 'riskHistory'];
  const others = Object.keys(data.collections)
    .filter((k) => !known.includes(k))
    .sort();
  return [...known.filter((k) => k in data.collections), ...others];
}

export function PupilExportDocument({ data }: { data: PupilExport }) {
  const { t } = useTranslation('staff', { lng: 'it' });
  const kinds = t('print.kinds', { returnObjects: true });
  const kindLabel = (kind: string) => (kind in kinds ? kinds[kind as keyof typeof kinds] : kind);
  const exportedAt = exportDate(data.exportedAt);
  const name = [data.pupil.lastName, data.pupil.firstName].filter((v) => typeof v === 'string');

  return (
    <article lang="it" aria-labelledby="print-title">
      <h1 id="print-title" className="h2">
        {t('print.title')}
      </h1>
      {name.length > 0 && <p className="lead fw-semibold">{name.join(' ')}</p>}
      <dl className="row">
        <dt className="col-sm-4">{t('print.exportedAt')}</dt>
        <dd className="col-sm-8">{exportedAt ? dateTime(exportedAt) : data.exportedAt}</dd>
        <dt className="col-sm-4">{t('print.school')}</dt>
        <dd className="col-sm-8">{data.schoolId}</dd>
        <dt className="col-sm-4">{t('print.pupilId')}</dt>
        <dd className="col-sm-8">{data.pupilId}</dd>
      </dl>

      <section aria-labelledby="print-pupil" className="mb-4">
        <h2 id="print-pupil" className="h3">
          {t('print.pupilSection')}
        </h2>
        <Fields data={data.pupil} />
      </section>

      <section aria-labelledby="print-records">
        <h2 id="print-records" className="h3">
          {t('print.recordsSection')}
        </h2>
        {orderedKinds(data).length === 0 && <p>{t('print.noRecords')}</p>}
        {orderedKinds(data).map((kind) => {
          const records = data.collections[kind] ?? [];
          return (
            <section key={kind} aria-labelledby={`print-kind-${kind}`} className="mb-4">
              <h3 id={`print-kind-${kind}`} className="h4">
                {kindLabel(kind)}{' '}
                <span className="small fw-normal">
                  ({t('print.count', { count: records.length })})
                </span>
              </h3>
              {records.length === 0 && <p>{t('print.noRecords')}</p>}
              {records.map((record) => (
                <section key={record.id} className="gdpr-print-record border-top pt-2 mb-3">
                  <h4 className="h6">{t('print.record', { id: record.id })}</h4>
                  <Fields data={record.data} />
                </section>
              ))}
            </section>
          );
        })}
      </section>
    </article>
  );
}

function dateTime(date: Date): string {
  return new Intl.DateTimeFormat('it-IT', { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** Every field of a document, labelled in Italian where the label is known. */
function Fields({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation('staff', { lng: 'it' });
  const labels = t('print.fields', { returnObjects: true });
  const label = (key: string) => (key in labels ? labels[key as keyof typeof labels] : key);
  const keys = Object.keys(data).sort((a, b) => label(a).localeCompare(label(b), 'it'));
  return (
    <dl className="row mb-0">
      {keys.map((key) => (
        <div key={key} className="col-12 d-flex flex-wrap gdpr-print-field">
          <dt className="col-sm-4 fw-semibold">{label(key)}</dt>
          <dd className="col-sm-8 mb-1">
            <FieldValue value={data[key]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FieldValue({ value }: { value: unknown }): ReactNode {
  const { t } = useTranslation('staff', { lng: 'it' });
  if (value === null || value === undefined || value === '') return t('print.empty');
  if (typeof value === 'boolean') return value ? t('print.yes') : t('print.no');
  if (typeof value === 'number') return value.toLocaleString('it-IT');
  if (typeof value === 'string') {
    const date = exportDate(value);
    if (!date) return value;
    // Calendar days are stored at UTC midnight; other instants keep their time.
    return date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0
      ? formatDate(date, 'it')
      : dateTime(date);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('print.empty');
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      return value.map((v) => (v === null ? t('print.empty') : String(v))).join(', ');
    }
    return (
      <ol className="mb-0 ps-3">
        {value.map((v, i) => (
          <li key={i}>
            <FieldValue value={v} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object') return <Fields data={value as Record<string, unknown>} />;
  return String(value);
}
