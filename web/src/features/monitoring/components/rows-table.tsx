import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import type { IndicatorKey, PublishedRow } from '@domain';
import { indicatorRows } from '@domain';
import { textColumn, type Column } from '@/components/ui/columns';
import { DataTable } from '@/components/ui/data-table';
import { useMonitoringLabels } from '../lib/use-labels';
import { shownValue } from './indicator-table';

/** The indicators compared side by side (schools of an Ambito, Ambiti of the Region). */
const SIDE_BY_SIDE: readonly IndicatorKey[] = [
  'pupils',
  'reached.any',
  'reached.l2',
  'reached.tutoring',
  'reached.familyMediation',
  'hours.l2',
  'hours.tutoring',
  'l2Improved',
  'families.withMediator',
  'red.noHelpStarted',
];

type Row = PublishedRow & { schools?: number };

/** Schools or Ambiti as rows, aggregates only (suppressed), optionally opened one by one. */
export function RowsTable({
  caption,
  nameHeader,
  rows,
  fileName,
  onOpen,
  showSchools = false,
}: {
  caption: string;
  nameHeader: string;
  rows: Row[];
  fileName: string;
  onOpen?: (row: Row) => void;
  showSchools?: boolean;
}) {
  const { t } = useTranslation('monitoring');
  const labels = useMonitoringLabels();
  const valueOf = (row: Row, key: string) =>
    indicatorRows(row.indicators).find((r) => r.key === key)?.value ?? null;
  const columns: Column<Row>[] = [
    {
      ...textColumn('name', nameHeader, (r) => r.name),
      cell: (r) =>
        onOpen ? (
          <button
            type="button"
            className="btn btn-link p-0 text-start"
            onClick={() => onOpen(r)}
            aria-label={t('table.open', { name: r.name })}
          >
            {r.name}
          </button>
        ) : (
          r.name
        ),
    },
    ...(showSchools
      ? [
          {
            key: 'schools',
            header: t('table.schools'),
            cell: (r: Row) => r.schools ?? 0,
            csv: (r: Row) => r.schools ?? 0,
            numeric: true,
          },
        ]
      : []),
    ...SIDE_BY_SIDE.map((key): Column<Row> => ({
      key,
      header: labels.indicator(key),
      cell: (r) => shownValue(valueOf(r, key)),
      csv: (r) => valueOf(r, key) ?? '',
      numeric: true,
    })),
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      fileName={fileName}
      sortable
    />
  );
}
