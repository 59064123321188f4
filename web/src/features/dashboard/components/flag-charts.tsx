/** The flags raised most often in the school, each a filter of the dashboard. */
import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { type GroupStats, RISK_FLAG_CODES } from '@domain';
import { countColumn } from '@/components/ui/columns';
import { SERIES_COLORS } from '../lib/colors';
import { FilterToggle } from './filter-toggle';
import type { FilterProps } from './level-charts';
import { CHART_HEIGHT, SeriesChartFigure } from './series-chart-figure';

export function TopFlagsChart({ totals, filters, onFilter }: FilterProps & { totals: GroupStats }) {
  const { t } = useTranslation('dashboard');
  const rows = RISK_FLAG_CODES.map((code) => ({
    code,
    label: t(`flags.${code}`),
    pupils: totals.byFlag[code] ?? 0,
  }))
    .filter((r) => r.pupils > 0)
    .sort((a, b) => b.pupils - a.pupils);
  type Row = (typeof rows)[number];
  const choose = (code: string) =>
    onFilter({ ...filters, flag: filters.flag === code ? '' : code });
  return (
    <SeriesChartFigure
      title={t('topFlags.title')}
      fileName="motivi-segnalazione"
      rows={rows}
      rowKey={(r) => r.code}
      category={(r) => r.label}
      series={[
        {
          key: 'pupils',
          name: t('topFlags.pupils'),
          color: SERIES_COLORS[0],
          value: (r) => r.pupils,
        },
      ]}
      layout="vertical"
      height={Math.max(CHART_HEIGHT, rows.length * 32)}
      categoryAxis={{ width: 190 }}
      legend={false}
      onSelect={(r) => choose(r.code)}
      columns={[
        {
          key: 'flag',
          header: t('topFlags.flag'),
          cell: (r) => (
            <FilterToggle
              className="text-start"
              label={r.label}
              action={t('topFlags.filterBy', { flag: r.label })}
              pressed={filters.flag === r.code}
              onToggle={() => choose(r.code)}
            />
          ),
          csv: (r) => r.label,
        },
        countColumn<Row>('pupils', t('topFlags.pupils'), (r) => r.pupils),
      ]}
    />
  );
}
