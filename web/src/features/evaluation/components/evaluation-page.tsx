import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/evaluation/locales';
import {
  DEFAULT_NAI_MONTHS,
  DEFAULT_THRESHOLDS,
  EVALUATION_COLUMNS,
  type EvaluationReport,
  type PreparedRow,
  prepareRows,
  reportOf,
  schoolSettingsSchema,
  scorePrepared,
  thresholdCandidates,
} from '@domain';
import { Loading } from '@/components/ui/loading';
import { currentLanguage } from '@/lib/i18n';
import { logs } from '@/lib/logs';
import {
  type EvaluationFile,
  type EvaluationSettings,
  readEvaluationFile,
  evaluationOptions,
  readFileText,
} from '../lib/evaluation-file';
import { type CalibrationJob, useCalibration } from '../lib/calibration';
import { BaselinesSection } from './baselines-section';
import { CalibrationSection, type EvaluationViewer } from './calibration-section';
import { GroupFiguresSection } from './group-figures';
import { NO_RATIO, countFormatter } from '../lib/format';
import { EvaluationFiguresSection } from './evaluation-figures';
import { SkippedRows } from './skipped-rows';

type EvaluationPageProps = {
  /** The school's settings, or null when they cannot be read: the domain defaults apply. */
  settings: EvaluationSettings | null;
  /** The school and role of the person looking: the head may save a threshold set. */
  viewer: EvaluationViewer;
};

type LoadedFile = { name: string; file: EvaluationFile };
type Scored =
  { report: EvaluationReport; prepared: readonly PreparedRow[] } | { failed: true } | null;

// The same bounds as the school setting, so the figures match what the school can configure.
const naiMonthsSchema = schoolSettingsSchema.shape.naiMonths;

/**
 * /valutazione-segnalazioni: scores the flags on last year's snapshots with known outcomes.
 * The file is read and scored in the browser only; nothing is sent or stored.
 */
export function EvaluationPage({ settings, viewer }: EvaluationPageProps) {
  const { t } = useTranslation('evaluation');
  const id = useId();
  const defaultNaiMonths = settings?.naiMonths ?? DEFAULT_NAI_MONTHS;
  const [naiText, setNaiText] = useState(String(defaultNaiMonths));
  const [loaded, setLoaded] = useState<LoadedFile | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState(false);
  // A later choice wins over an earlier file still being read.
  const latestRead = useRef(0);

  const nai = naiMonthsSchema.safeParse(Number(naiText));
  const naiMonths = naiText.trim() !== '' && nai.success ? nai.data : null;

  // The engine's input is built once per file; the report and every threshold set reuse it.
  const prepared = useMemo(() => {
    if (loaded?.file.status !== 'read' || loaded.file.rows.length === 0) return null;
    try {
      return { rows: prepareRows(loaded.file.rows) };
    } catch (error) {
      logs.unexpectedError('prepare-evaluation-rows', error);
      return { failed: true as const };
    }
  }, [loaded]);

  const scored = useMemo((): Scored => {
    if (!prepared || naiMonths === null) return null;
    if ('failed' in prepared) return { failed: true };
    try {
      const options = evaluationOptions(naiMonths, settings);
      return { report: reportOf(scorePrepared(prepared.rows, options)), prepared: prepared.rows };
    } catch (error) {
      logs.unexpectedError('evaluate-flags', error);
      return { failed: true };
    }
  }, [prepared, naiMonths, settings]);

  const job = useMemo((): CalibrationJob | null => {
    if (!scored || 'failed' in scored || naiMonths === null) return null;
    return {
      prepared: scored.prepared,
      candidates: thresholdCandidates(settings?.thresholds ?? DEFAULT_THRESHOLDS),
      options: { naiMonths, ...(settings ? { termSystem: settings.termSystem } : {}) },
    };
  }, [scored, naiMonths, settings]);
  const calibration = useCalibration(job);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const selected = event.target.files?.[0];
    const read = ++latestRead.current;
    setReadError(false);
    setLoaded(null);
    setReading(selected !== undefined);
    if (!selected) return;
    try {
      const text = await readFileText(selected);
      if (read === latestRead.current) {
        setLoaded({ name: selected.name, file: readEvaluationFile(text) });
      }
    } catch (error) {
      logs.unexpectedError('read-evaluation-file', error);
      if (read === latestRead.current) setReadError(true);
    } finally {
      if (read === latestRead.current) setReading(false);
    }
  }

  const count = countFormatter(currentLanguage());

  return (
    <div className="evaluation-page">
      <p>{t('intro.purpose')}</p>
      <p>{t('intro.format')}</p>
      <p>{t('intro.columns', { columns: EVALUATION_COLUMNS.join(', ') })}</p>
      <div className="alert alert-info">{t('intro.privacy')}</div>
      <p>{t('intro.failure')}</p>
      <p>{settings ? t('intro.schoolSettings') : t('intro.defaultSettings')}</p>

      <section className="mb-4" aria-labelledby={`${id}-form`}>
        <h2 className="h4" id={`${id}-form`}>
          {t('form.title')}
        </h2>
        <div className="mb-3">
          <label htmlFor={`${id}-nai`} className="form-label fw-semibold">
            {t('form.naiMonths')}
          </label>
          <input
            id={`${id}-nai`}
            type="number"
            inputMode="numeric"
            min={12}
            max={36}
            step={1}
            className={`form-control w-auto${naiMonths === null ? ' is-invalid' : ''}`}
            value={naiText}
            aria-invalid={naiMonths === null}
            aria-describedby={`${id}-nai-hint${naiMonths === null ? ` ${id}-nai-error` : ''}`}
            onChange={(e) => setNaiText(e.target.value)}
          />
          <div id={`${id}-nai-hint`} className="form-text">
            {settings
              ? t('form.naiMonthsSchool', { months: defaultNaiMonths })
              : t('form.naiMonthsDefault', { months: defaultNaiMonths })}
          </div>
          {naiMonths === null && (
            <div id={`${id}-nai-error`} className="invalid-feedback d-block">
              {t('form.naiMonthsInvalid')}
            </div>
          )}
        </div>
        <div className="mb-3">
          <label htmlFor={`${id}-file`} className="form-label fw-semibold">
            {t('form.file')}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            className="form-control"
            onChange={(e) => void onFile(e)}
          />
        </div>
        {reading && <Loading label={t('form.reading')} />}
        {readError && (
          <div className="alert alert-danger" role="alert">
            {t('errors.read')}
          </div>
        )}
        {loaded && <FileProblem file={loaded.file} />}
      </section>

      {loaded?.file.status === 'read' && (
        <section className="mb-4" aria-labelledby={`${id}-results`}>
          <h2 className="h4" id={`${id}-results`}>
            {t('results.title')}
          </h2>
          <p className="mb-1">{t('results.file', { name: loaded.name })}</p>
          <div role="status">
            <dl className="row">
              <dt className="col-sm-4 col-lg-3">{t('results.evaluated')}</dt>
              <dd className="col-sm-8 col-lg-9">{count(loaded.file.rows.length)}</dd>
              <dt className="col-sm-4 col-lg-3">{t('results.skipped')}</dt>
              <dd className="col-sm-8 col-lg-9">{count(loaded.file.skipped.length)}</dd>
            </dl>
          </div>
          {loaded.file.rows.length === 0 && (
            <div className="alert alert-warning" role="alert">
              {t('results.noValidRows')}
            </div>
          )}
          {scored && 'failed' in scored && (
            <div className="alert alert-danger" role="alert">
              {t('errors.engine')}
            </div>
          )}
          {scored && 'report' in scored && (
            <>
              <Glossary />
              <EvaluationFiguresSection title={t('groups.all')} figures={scored.report.all} />
              <EvaluationFiguresSection
                title={t('groups.newlyArrived')}
                figures={scored.report.newlyArrived}
              />
              <EvaluationFiguresSection title={t('groups.others')} figures={scored.report.others} />
              <BaselinesSection figures={scored.report.all} />
              <GroupFiguresSection groups={scored.report.groups} />
            </>
          )}
          {loaded.file.skipped.length > 0 && <SkippedRows rows={loaded.file.skipped} />}
        </section>
      )}

      {scored && 'report' in scored && calibration && (
        <CalibrationSection
          viewer={viewer}
          progress={calibration}
          all={scored.report.all}
          fileRows={scored.prepared.length}
        />
      )}
    </div>
  );
}

/** Why a file cannot be scored at all; nothing when it can. */
function FileProblem({ file }: { file: EvaluationFile }) {
  const { t } = useTranslation('evaluation');
  if (file.status === 'read') return null;
  return (
    <div className="alert alert-danger" role="alert">
      {file.status === 'missingColumns' ? (
        <>
          <p className="mb-1">{t('errors.missingColumns')}</p>
          <ul className="mb-0">
            {file.columns.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </>
      ) : (
        t(`errors.${file.status}`)
      )}
    </div>
  );
}

function Glossary() {
  const { t } = useTranslation('evaluation');
  const terms = [
    [t('bands.sensitivity'), t('glossary.sensitivity')],
    [t('bands.specificity'), t('glossary.specificity')],
    [t('bands.precision'), t('glossary.precision')],
    [t('bands.falseAlarmRate'), t('glossary.falseAlarmRate')],
    [NO_RATIO, t('glossary.noRatio')],
  ] as const;
  return (
    <details className="mb-4">
      <summary>{t('glossary.title')}</summary>
      <dl className="mt-2">
        {terms.map(([term, definition]) => (
          <div key={term}>
            <dt className="d-inline">{term}: </dt>
            <dd className="d-inline">{definition}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
