import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import '@/features/monitoring/locales';
import { type PeriodKey, periodRange } from '@domain';
import { useCallableErrorText } from '@/lib/callable-error';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useFreezeReport, useMonitoringFigures, useReports } from '../api/monitoring';
import { periodOptions } from '../lib/periods';
import { useMonitoringLabels } from '../lib/use-labels';
import { DoseChart } from './dose-chart';
import { IndicatorTable } from './indicator-table';
import './monitoring.css';
import { PeriodPicker } from './period-picker';
import { PrintableReport } from './printable-report';
import { ReportsList } from './reports-list';
import { RowsTable } from './rows-table';
import { usePrintReport } from './use-print-report';

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
    <section className="card shadow-sm p-3 mb-4" aria-labelledby="drill-title">
      <h2 id="drill-title" className="h4">
        {t('region.drill', { name })}
      </h2>
      <button type="button" className="btn btn-outline-primary btn-sm mb-3" onClick={onBack}>
        {t('region.back')}
      </button>
      {figures.isPending ? (
        <p role="status">{t('loading')}</p>
      ) : !doc || doc.kind !== 'district' ? (
        <p>{t('noData')}</p>
      ) : (
        <RowsTable
          caption={t('table.schoolsCaption', { period: labels.period(period) })}
          nameHeader={t('table.school')}
          rows={doc.schools}
          fileName={`monitoraggio-${districtId}-${period}-scuole`}
        />
      )}
      <p className="small mb-0">{t('region.noPupils')}</p>
    </section>
  );
}

/** /regione: every Ambito of the Region side by side, with drill-down to an Ambito's schools. */
export function RegionPage({ regionId }: { regionId: string }) {
  const { t } = useTranslation('monitoring');
  const language = useLanguage();
  const labels = useMonitoringLabels();
  const errorText = useCallableErrorText();
  const options = useMemo(() => periodOptions(new Date()), []);
  const [period, setPeriod] = useState<PeriodKey>(options[1]!);
  const [open, setOpen] = useState<{ id: string; name: string } | null>(null);
  const figures = useMonitoringFigures('region', regionId, period);
  const reports = useReports('region', regionId);
  const freeze = useFreezeReport('region', regionId);
  const { printing, print } = usePrintReport();
  const doc = figures.data?.kind === 'region' ? figures.data : null;
  const frozen = reports.data?.find((r) => r.period === period) ?? null;
  const chart = (doc?.districts ?? []).map((d) => ({
    name: d.name.replace(/^Ambito di /, ''),
    reached: typeof d.indicators.reached.any === 'number' ? d.indicators.reached.any : 0,
  }));

  return (
    <>
      <div className="monitoring-screen">
        <h1>{t('regionTitle')}</h1>
        <p>{t('intro')}</p>
        <p className="small">{t('suppressedNote')}</p>
        <PeriodPicker
          value={period}
          options={options}
          onChange={(p) => {
            setPeriod(p);
          }}
        />
        {figures.isPending ? (
          <p role="status">{t('loading')}</p>
        ) : !doc ? (
          <p>{t('noData')}</p>
        ) : (
          <>
            <p className="small">
              {t('computedAt', { date: formatDate(doc.computedAt, language) })}
            </p>
            <section className="card shadow-sm p-3 mb-4" aria-labelledby="ambiti-chart">
              <h2 id="ambiti-chart" className="h4">
                {t('region.chartTitle')}
              </h2>
              <div aria-hidden="true" style={{ height: 280 }}>
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={chart}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="name" />
                    <YAxis />
                    <Tooltip />
                    <Bar dataKey="reached" name={labels.indicator('reached.any')} fill="#0066cc" />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              <RowsTable
                caption={t('table.districtsCaption', { period: labels.period(period) })}
                nameHeader={t('table.district')}
                rows={doc.districts}
                fileName={`monitoraggio-${regionId}-${period}-ambiti`}
                onOpen={(row) => setOpen({ id: row.id, name: row.name })}
                showSchools
              />
            </section>
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
        )}
        <section className="card shadow-sm p-3 mb-4 d-print-none" aria-labelledby="freeze-title">
          <h2 id="freeze-title" className="h4">
            {t('reports.title')}
          </h2>
          {frozen ? (
            <p role="status">
              {t('freeze.already', { date: formatDate(frozen.frozenAt, language) })}
            </p>
          ) : (
            <button
              type="button"
              className="btn btn-primary mb-3"
              disabled={freeze.isPending || !doc}
              onClick={() => freeze.mutate(period)}
            >
              {freeze.isPending ? t('freeze.busy') : t('freeze.button')}
            </button>
          )}
          {freeze.isError && (
            <div className="alert alert-danger" role="alert">
              {errorText(freeze.error)}
            </div>
          )}
          {reports.data && <ReportsList reports={reports.data} current={doc} onPrint={print} />}
        </section>
        {doc && periodRange(period).kind === 'schoolYear' ? (
          <DoseChart
            dose={doc.dose}
            caption={t('dose.caption', { period: labels.period(period) })}
            fileName={`monitoraggio-${regionId}-${period}-aiuto`}
          />
        ) : (
          <section className="card shadow-sm p-3 mb-4">
            <h2 className="h4">{t('dose.title')}</h2>
            <p className="mb-0">{t('dose.onlyYear')}</p>
          </section>
        )}
      </div>
      <div className="monitoring-print-area">
        {printing && <PrintableReport report={printing} />}
      </div>
    </>
  );
}
