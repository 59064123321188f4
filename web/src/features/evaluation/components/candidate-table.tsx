import { useTranslation } from 'react-i18next';
import '@/features/evaluation/locales';
import type { CalibrationPoint } from '@domain';
import { figureColumn, labelColumn, TableView } from '@/components/ui/table-view';
import { useLanguage } from '@/lib/i18n';
import { countFormatter, ratioFormatter } from '../lib/format';

type CandidateTableProps = {
  points: CalibrationPoint[];
  chosenId: string | undefined;
  names: Map<string, string>;
  /** Name of the radio group, unique on the page. */
  radioName: string;
  onChoose: (pointId: string) => void;
};

const RESULTS = ['flaggedShare', 'sensitivity', 'redPrecision', 'greenFailureRate'] as const;
const RESULT_HEADERS = {
  flaggedShare: 'bands.flaggedShare',
  sensitivity: 'bands.sensitivity',
  redPrecision: 'calibration.redPrecision',
  greenFailureRate: 'calibration.greenFailureRate',
} as const;

/** The threshold sets compared, one radio button each to choose the set to save. */
export function CandidateTable({
  points,
  chosenId,
  names,
  radioName,
  onChoose,
}: CandidateTableProps) {
  const { t } = useTranslation('evaluation');
  const language = useLanguage();
  const ratio = ratioFormatter(language);
  const count = countFormatter(language);
  const mark = new Intl.NumberFormat(language === 'it' ? 'it-IT' : 'en-GB', {
    maximumFractionDigits: 2,
  });
  const columns = [
    labelColumn('set', t('calibration.set'), (p: CalibrationPoint) => (
      <div className="form-check mb-0">
        <input
          className="form-check-input"
          type="radio"
          name={radioName}
          id={`${radioName}-${p.id}`}
          value={p.id}
          checked={p.id === chosenId}
          onChange={() => onChoose(p.id)}
        />
        <label className="form-check-label" htmlFor={`${radioName}-${p.id}`}>
          {names.get(p.id)}
        </label>
      </div>
    )),
    figureColumn('meanMarkAmber', t('calibration.meanMarkAmber'), (p: CalibrationPoint) =>
      mark.format(p.thresholds.meanMarkAmber),
    ),
    figureColumn('meanMarkRed', t('calibration.meanMarkRed'), (p: CalibrationPoint) =>
      mark.format(p.thresholds.meanMarkRed),
    ),
    figureColumn(
      'absenceRed',
      t('calibration.absenceRed'),
      (p: CalibrationPoint) => `${count(p.thresholds.absenceRedProjectedPct)}%`,
    ),
    ...RESULTS.map((result) =>
      figureColumn(result, t(RESULT_HEADERS[result]), (p: CalibrationPoint) => ratio(p[result])),
    ),
  ];
  return (
    <TableView
      caption={t('calibration.caption')}
      columns={columns}
      rows={points}
      rowKey={(p) => p.id}
      rowClassName={(p) => (p.id === chosenId ? 'table-active' : undefined)}
    />
  );
}
