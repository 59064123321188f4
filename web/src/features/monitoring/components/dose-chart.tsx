import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import type { PublishedDose } from '@domain';
import { textColumn, type Column } from '@/components/ui/columns';
import { DataTable } from '@/components/ui/data-table';
import { CardSection } from './card-section';
import { BarFigure } from './bar-figure';
import { shownValue } from './indicator-table';

type Row = PublishedDose[number];

/**
 * What help changed: the dose-response chart (mean-mark change of helped pupils and of
 * unhelped pupils with the same starting point, per band of hours), its table, and the caveat
 * that it is an observation, not proof.
 */
export function DoseChart({
  dose,
  caption,
  fileName,
}: {
  dose: PublishedDose;
  caption: string;
  fileName: string;
}) {
  const { t } = useTranslation('monitoring');
  const band = (b: Row['band']) => t(`dose.bands.${b}`);
  const data = dose
    .filter((d) => d.band !== 'none')
    .map((d) => ({
      band: band(d.band),
      helped: d.marksChange,
      comparison: d.marksChangeComparison,
    }));
  const signed = (v: number | null) =>
    v === null ? t('dose.hidden') : `${v > 0 ? '+' : ''}${v.toLocaleString('it-IT')}`;
  const columns: Column<Row>[] = [
    textColumn('band', t('dose.band'), (r) => band(r.band)),
    {
      key: 'helped',
      header: t('dose.helped'),
      cell: (r) => shownValue(r.helped),
      csv: (r) => r.helped,
      numeric: true,
    },
    ...(['marksChange', 'marksChangeComparison', 'l2Change', 'l2ChangeComparison'] as const).map(
      (key): Column<Row> => ({
        key,
        header: t(`dose.${key}`),
        cell: (r) => signed(r[key]),
        csv: (r) => r[key] ?? '',
        numeric: true,
      }),
    ),
  ];
  return (
    <CardSection id="dose-title" title={t('dose.title')} intro={t('dose.intro')}>
      <div className="alert alert-warning" role="note">
        {t('dose.caveat')}
      </div>
      <BarFigure
        data={data}
        categoryKey="band"
        bars={[
          { dataKey: 'helped', name: t('dose.marksChange'), fill: '#0066cc' },
          { dataKey: 'comparison', name: t('dose.marksChangeComparison'), fill: '#a0a0a0' },
        ]}
        height={260}
        legend
        className="mb-3"
      />
      <DataTable
        caption={caption}
        columns={columns}
        rows={dose}
        rowKey={(r) => r.band}
        fileName={fileName}
      />
    </CardSection>
  );
}
