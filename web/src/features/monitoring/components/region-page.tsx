import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import type { PeriodKey } from '@domain';
import { useMonitoringFigures } from '../api/monitoring';
import { useMonitoringLabels } from '../lib/use-labels';
import { CardSection } from './card-section';
import { BarFigure } from './bar-figure';
import { IndicatorTable } from './indicator-table';
import { RowsTable } from './rows-table';
import { FiguresState, ScopeReport, usePeriodChoice } from './scope-report';

/** Drill-down from the Region into one Ambito: its schools, aggregates only (never below). */
function DistrictDrill({
  districtId,
  name,
  period,
  onBack,
}: {
  districtId: string;
  name: string;
  period: PeriodKey;
  onBack: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const labels = useMonitoringLabels();
  const figures = useMonitoringFigures('district', districtId, period);
  const doc = figures.data;
  return (
    <CardSection id="drill-title" title={t('region.drill', { name })}>
      <button type="button" className="btn btn-outline-primary btn-sm mb-3" onClick={onBack}>
        {t('region.back')}
      </button>
      <FiguresState pending={figures.isPending}>
        {doc && doc.kind === 'district' ? (
          <RowsTable
            caption={t('table.schoolsCaption', { period: labels.period(period) })}
            nameHeader={t('table.school')}
            rows={doc.schools}
            fileName={`monitoraggio-${districtId}-${period}-scuole`}
          />
        ) : null}
      </FiguresState>
      <p className="small mb-0">{t('region.noPupils')}</p>
    </CardSection>
  );
}

/** /regione: every Ambito of the Region side by side, with drill-down to an Ambito's schools. */
export function RegionPage({ regionId }: { regionId: string }) {
  const { t } = useTranslation('monitoring');
  const labels = useMonitoringLabels();
  const periods = usePeriodChoice();
  const { period } = periods;
  const [open, setOpen] = useState<{ id: string; name: string } | null>(null);
  const figures = useMonitoringFigures('region', regionId, period);
  const doc = figures.data?.kind === 'region' ? figures.data : null;
  const chart = (doc?.districts ?? []).map((d) => ({
    name: d.name.replace(/^Ambito di /, ''),
    reached: typeof d.indicators.reached.any === 'number' ? d.indicators.reached.any : 0,
  }));

  return (
    <ScopeReport
      title={t('regionTitle')}
      suppressedNote
      scope="region"
      scopeId={regionId}
      periods={periods}
      pending={figures.isPending}
      current={doc}
      dose={doc?.dose ?? null}
    >
      {doc ? (
        <>
          <CardSection id="ambiti-chart" title={t('region.chartTitle')}>
            <BarFigure
              data={chart}
              categoryKey="name"
              bars={[
                { dataKey: 'reached', name: labels.indicator('reached.any'), fill: '#0066cc' },
              ]}
              height={280}
            />
            <RowsTable
              caption={t('table.districtsCaption', { period: labels.period(period) })}
              nameHeader={t('table.district')}
              rows={doc.districts}
              fileName={`monitoraggio-${regionId}-${period}-ambiti`}
              onOpen={(row) => setOpen({ id: row.id, name: row.name })}
              showSchools
            />
          </CardSection>
          {open && (
            <DistrictDrill
              districtId={open.id}
              name={open.name}
              period={period}
              onBack={() => setOpen(null)}
            />
          )}
          <IndicatorTable
            caption={t('table.caption', { scope: regionId, period: labels.period(period) })}
            indicators={doc.totals}
            fileName={`monitoraggio-${regionId}-${period}`}
          />
        </>
      ) : null}
    </ScopeReport>
  );
}
