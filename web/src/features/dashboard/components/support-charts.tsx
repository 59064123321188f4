/** What the school does about it: L2 progress, coverage of interventions and meetings, follow-ups. */
import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { FOLLOW_UP_CODES, type GroupStats, L2_SKILLS, percentOf } from '@domain';
import { countColumn, textColumn } from '@/components/ui/columns';
import { DataTable } from '@/components/ui/data-table';
import { SERIES_COLORS } from '../lib/colors';
import { SeriesChartFigure } from './series-chart-figure';

export function L2ProgressChart({ totals }: { totals: GroupStats }) {
  const { t } = useTranslation('dashboard');
  const rows = L2_SKILLS.map((skill) => ({
    skill,
    label: t(`skills.${skill}`),
    movedUp: totals.l2MovedUp[skill],
  }));
  type Row = (typeof rows)[number];
  return (
    <SeriesChartFigure
      title={t('l2.title')}
      fileName="progressi-l2"
      rows={rows}
      rowKey={(r) => r.skill}
      category={(r) => r.label}
      series={[
        {
          key: 'movedUp',
          name: t('l2.movedUp'),
          color: SERIES_COLORS[2],
          value: (r) => r.movedUp,
        },
      ]}
      legend={false}
      intro={
        <p>
          {t('l2.movedUpAny', { count: totals.l2MovedUpAny, assessed: totals.l2AssessedThisYear })}
        </p>
      }
      columns={[
        textColumn<Row>('skill', t('l2.skill'), (r) => r.label),
        countColumn<Row>('movedUp', t('l2.movedUp'), (r) => r.movedUp),
      ]}
    />
  );
}

export function CoverageChart({ totals }: { totals: GroupStats }) {
  const { t } = useTranslation('dashboard');
  const rows = [
    { key: 'activeIntervention', count: totals.activeIntervention },
    { key: 'familyContact', count: totals.familyContactThisTerm },
    { key: 'tutored', count: totals.tutoredPupils },
  ].map((r) => ({
    ...r,
    label: t(`coverage.${r.key}` as 'coverage.tutored'),
    share: percentOf(r.count, totals.pupils),
  }));
  type Row = (typeof rows)[number];
  const hours = Math.round(totals.tutoringMinutes / 60);
  return (
    <SeriesChartFigure
      title={t('coverage.title')}
      fileName="copertura-interventi"
      rows={rows}
      rowKey={(r) => r.key}
      category={(r) => r.label}
      series={[
        {
          key: 'share',
          name: t('coverage.share'),
          color: SERIES_COLORS[0],
          value: (r) => r.share,
          unit: '%',
        },
      ]}
      layout="vertical"
      values="percent"
      categoryAxis={{ width: 230 }}
      legend={false}
      columns={[
        textColumn<Row>('measure', t('coverage.measure'), (r) => r.label),
        countColumn<Row>('count', t('coverage.count'), (r) => r.count),
        {
          key: 'share',
          header: t('coverage.share'),
          cell: (r) =>
            r.share === null ? t('common.notAvailable') : t('common.percent', { value: r.share }),
          csv: (r) => r.share,
          numeric: true,
        },
      ]}
    >
      <p className="mb-0">
        {t('coverage.tutoringHours')}: <strong>{hours}</strong>
      </p>
    </SeriesChartFigure>
  );
}

/** Follow-up work of the school by kind: open and overdue (they never change the levels). */
export function FollowUpsTable({ totals }: { totals: GroupStats }) {
  const { t } = useTranslation('dashboard');
  const rows = FOLLOW_UP_CODES.map((code) => ({
    code,
    label: t(`followUps.${code}`),
    open: totals.followUpsOpen[code],
  }));
  type Row = (typeof rows)[number];
  return (
    <section className="mb-5" aria-labelledby="follow-ups-title">
      <h2 className="h4" id="follow-ups-title">
        {t('followUps.title')}
      </h2>
      <p>{t('followUps.intro', { overdue: totals.followUpsOverdue })}</p>
      <DataTable
        caption={t('followUps.title')}
        columns={[
          textColumn<Row>('kind', t('followUps.kind'), (r) => r.label),
          countColumn<Row>('open', t('followUps.open'), (r) => r.open),
        ]}
        rows={rows}
        rowKey={(r) => r.code}
        fileName="lavoro-da-fare"
      />
    </section>
  );
}
