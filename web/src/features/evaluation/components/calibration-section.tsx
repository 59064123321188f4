import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/evaluation/locales';
import {
  CartesianGrid,
  Legend,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import type { CalibrationPoint, EvaluationFigures } from '@domain';
import { Loading } from '@/components/ui/loading';
import { useLanguage } from '@/lib/i18n';
import { useLastCalibration } from '../api/get-last-calibration';
import { useSaveThresholds } from '../api/save-thresholds';
import { type CalibrationProgress, calibrationFigures } from '../lib/calibration';
import { callableErrorMessage } from '@/lib/callable-error';
import { CandidateTable } from './candidate-table';
import { CHART_COLORS, ChartBox, percentOf } from './chart-box';
import { LastCalibration } from './last-calibration';

/** Who looks at the page: the head saves; the referent reads the saved calibration too. */
export type EvaluationViewer = { schoolId: string; role: 'head' | 'referent' | 'coordinator' };

type CalibrationSectionProps = {
  viewer: EvaluationViewer;
  progress: CalibrationProgress;
  /** The file's totals, saved with the chosen set. */
  all: EvaluationFigures;
  fileRows: number;
};

const CURRENT = 'current';

/** Current set first, then from the fewest pupils flagged to the most. */
function ordered(points: CalibrationPoint[]): CalibrationPoint[] {
  const share = (p: CalibrationPoint) => p.flaggedShare ?? -1;
  return [...points].sort((a, b) =>
    a.id === CURRENT ? -1 : b.id === CURRENT ? 1 : share(a) - share(b),
  );
}

/**
 * Threshold sets around the school's compared on the same file: a trade-off chart (pupils
 * flagged against failures caught), a table to choose from, and for the head the save.
 */
export function CalibrationSection({ viewer, progress, all, fileRows }: CalibrationSectionProps) {
  const { t } = useTranslation('evaluation');
  const headingId = useId();
  const canSave = viewer.role === 'head';
  const last = useLastCalibration(viewer.schoolId, viewer.role !== 'coordinator');
  // Here, not in the table: saving changes the school's thresholds, the sets are compared
  // again around them and the table is drawn anew; the confirmation must stay.
  const save = useSaveThresholds(viewer.schoolId);
  return (
    <section className="mb-5" aria-labelledby={headingId}>
      <h2 className="h4" id={headingId}>
        {t('calibration.title')}
      </h2>
      <p>{t('calibration.intro')}</p>
      {viewer.role !== 'coordinator' && <LastCalibration result={last} />}
      {save.isSuccess && (
        <div className="alert alert-success" role="status">
          {t('calibration.saved')}
        </div>
      )}
      {progress.status === 'running' && (
        <Loading label={t('calibration.running', { done: progress.done, total: progress.total })} />
      )}
      {progress.status === 'failed' && (
        <div className="alert alert-danger" role="alert">
          {t('errors.engine')}
        </div>
      )}
      {progress.status === 'done' && (
        <CandidateChoice
          points={ordered(progress.points)}
          all={all}
          fileRows={fileRows}
          schoolId={viewer.schoolId}
          canSave={canSave}
          save={save}
        />
      )}
    </section>
  );
}

type CandidateChoiceProps = {
  points: CalibrationPoint[];
  all: EvaluationFigures;
  fileRows: number;
  schoolId: string;
  canSave: boolean;
  save: ReturnType<typeof useSaveThresholds>;
};

function CandidateChoice({ points, all, fileRows, schoolId, canSave, save }: CandidateChoiceProps) {
  const { t } = useTranslation('evaluation');
  const id = useId();
  const language = useLanguage();
  const [selected, setSelected] = useState(CURRENT);
  const chosen = points.find((p) => p.id === selected) ?? points[0];
  const names = new Map(
    points.map((p, i) => [
      p.id,
      p.id === CURRENT ? t('calibration.current') : t('calibration.alternative', { n: i }),
    ]),
  );

  const pointData = (p: CalibrationPoint) => ({
    x: percentOf(p.flaggedShare),
    y: percentOf(p.sensitivity),
    name: names.get(p.id),
  });
  const others = points.filter((p) => p.id !== CURRENT && p.id !== chosen?.id).map(pointData);
  const current = points.filter((p) => p.id === CURRENT).map(pointData);
  const picked = points.filter((p) => p.id !== CURRENT && p.id === chosen?.id).map(pointData);

  function onSave() {
    if (!chosen || chosen.id === CURRENT) return;
    save.mutate({
      schoolId,
      thresholds: chosen.thresholds,
      figures: calibrationFigures(chosen, all),
      fileRows,
    });
  }

  const saveError = save.error
    ? (callableErrorMessage(save.error, language) ?? t('calibration.saveError'))
    : null;
  return (
    <>
      <ChartBox description={t('calibration.chartDescription')} height={320}>
        <ScatterChart accessibilityLayer={false} margin={{ bottom: 20 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            name={t('calibration.xAxis')}
            unit="%"
            domain={[0, 'auto']}
            label={{ value: t('calibration.xAxis'), position: 'bottom' }}
          />
          <YAxis
            type="number"
            dataKey="y"
            name={t('calibration.yAxis')}
            unit="%"
            domain={[0, 100]}
          />
          <ZAxis range={[60, 60]} />
          <Tooltip />
          <Legend verticalAlign="top" />
          {(
            [
              { key: 'others', data: others, fill: CHART_COLORS.muted, shape: 'circle' },
              { key: 'current', data: current, fill: CHART_COLORS.primary, shape: 'star' },
              { key: 'selected', data: picked, fill: CHART_COLORS.warning, shape: 'diamond' },
            ] as const
          ).map((series) => (
            <Scatter
              key={series.key}
              name={t(`calibration.${series.key}`)}
              data={series.data}
              fill={series.fill}
              shape={series.shape}
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      </ChartBox>
      <fieldset>
        <legend className="h6">{t('calibration.choose')}</legend>
        <CandidateTable
          points={points}
          chosenId={chosen?.id}
          names={names}
          radioName={`${id}-candidate`}
          onChoose={(pointId) => {
            setSelected(pointId);
            save.reset();
          }}
        />
      </fieldset>
      {canSave ? (
        <div className="mb-3">
          <p id={`${id}-save-hint`}>{t('calibration.saveHint')}</p>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!chosen || chosen.id === CURRENT || save.isPending}
            aria-describedby={`${id}-save-hint`}
            onClick={onSave}
          >
            {save.isPending ? t('calibration.saving') : t('calibration.save')}
          </button>
          {saveError && (
            <div className="alert alert-danger mt-3" role="alert">
              {saveError}
            </div>
          )}
        </div>
      ) : (
        <p className="text-muted">{t('calibration.headOnly')}</p>
      )}
    </>
  );
}
