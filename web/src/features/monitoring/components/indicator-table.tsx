import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import { type SuppressedIndicators, indicatorRows } from '@domain';
import { countColumn, textColumn, type Column } from '@/components/ui/columns';
import { DataTable } from '@/components/ui/data-table';
import { useMonitoringLabels } from '../lib/use-labels';

type Row = { key: string; label: string; value: number | string };

/** A figure as shown: "<=3" stays as it is, numbers with Italian grouping. */
export function shownValue(value: number | string | null): string {
  if (value === null) return '–';
  return typeof value === 'number' ? value.toLocaleString('it-IT') : value;
}

/** The indicators of one scope and period, one per row, with CSV. */
export function IndicatorTable({
  caption,
  indicators,
  fileName,
}: {
  caption: string;
  indicators: SuppressedIndicators;
  fileName: string;
}) {
  const { t } = useTranslation('monitoring');
  const labels = useMonitoringLabels();
  const rows: Row[] = indicatorRows(indicators).map((r) => ({
    key: r.key,
    label: labels.indicator(r.key),
    value: r.value,
  }));
  const columns: Column<Row>[] = [
    textColumn('indicator', t('table.indicator'), (r) => r.label),
    {
      ...countColumn('value', t('table.value'), () => 0),
      cell: (r) => shownValue(r.value),
      csv: (r) => r.value,
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      fileName={fileName}
    />
  );
}
