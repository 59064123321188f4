import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import type { ReferralGroupFigures } from '@domain';
import type { Column } from '@/components/ui/columns';
import { DataTable } from '@/components/ui/data-table';
import { Loading } from '@/components/ui/loading';
import { useLanguage } from '@/lib/i18n';
import { useReferralStats } from '../api/get-referrals';
import { categoryLabel, formatDay } from '../lib/format';

type Row = ReferralGroupFigures & { key: string; label: string };

/** The network's figures for the Ambito coordinator: only the aggregate, never a referral. */
export function ReferralStatsPanel({ districtId }: { districtId: string }) {
  const { t } = useTranslation('referrals');
  const { t: tApp } = useTranslation();
  const language = useLanguage();
  const stats = useReferralStats(districtId);
  const columns = useMemo((): Column<Row>[] => {
    const count = (key: keyof ReferralGroupFigures, header: string): Column<Row> => ({
      key,
      header,
      numeric: true,
      cell: (r) => String(r[key] ?? t('stats.notShown')),
      csv: (r) => (r[key] === null ? '' : (r[key] as number | string)),
    });
    return [
      { key: 'label', header: t('stats.group'), cell: (r) => r.label, csv: (r) => r.label },
      count('sent', t('stats.sent')),
      count('accepted', t('stats.accepted')),
      count('completed', t('stats.completed')),
      count('overdue', t('stats.overdue')),
      {
        key: 'acceptanceRate',
        header: t('stats.acceptanceRate'),
        numeric: true,
        cell: (r) =>
          r.acceptanceRate === null
            ? t('stats.notShown')
            : `${Math.round(r.acceptanceRate * 100)}%`,
        csv: (r) => (r.acceptanceRate === null ? '' : Math.round(r.acceptanceRate * 100)),
      },
      {
        key: 'medianDaysToReply',
        header: t('stats.medianDays'),
        numeric: true,
        cell: (r) =>
          r.medianDaysToReply === null ? t('stats.notShown') : String(r.medianDaysToReply),
        csv: (r) => r.medianDaysToReply ?? '',
      },
    ];
  }, [t]);

  let body;
  if (stats.status === 'pending') body = <Loading label={tApp('common.loading')} />;
  else if (stats.status === 'error') {
    body = (
      <div className="alert alert-danger" role="alert">
        {tApp('errors.unknown')}
      </div>
    );
  } else if (!stats.data) body = <p>{t('stats.empty')}</p>;
  else {
    const s = stats.data;
    const byCategory: Row[] = [
      { ...s.total, key: 'total', label: t('stats.total') },
      ...Object.entries(s.byCategory)
        .map(([k, v]) => ({ ...v, key: k, label: categoryLabel(k, language) }))
        .sort((a, b) => a.label.localeCompare(b.label, 'it')),
    ];
    const byService: Row[] = Object.entries(s.byService)
      .map(([k, v]) => ({
        ...v,
        key: k,
        label: `${v.serviceName} (${categoryLabel(v.category, language)})`,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'it'));
    const tables = [
      { caption: t('stats.byCategory'), rows: byCategory, fileName: 'invii-per-ambito' },
      { caption: t('stats.byService'), rows: byService, fileName: 'invii-per-servizio' },
    ];
    body = (
      <>
        <p className="text-secondary">{t('stats.computedAt', { date: formatDay(s.computedAt) })}</p>
        {tables.map((table) => (
          <DataTable
            key={table.fileName}
            {...table}
            columns={columns}
            rowKey={(r) => r.key}
            sortable
          />
        ))}
      </>
    );
  }
  return (
    <section aria-labelledby="referral-stats-title" className="my-5">
      <h2 id="referral-stats-title">{t('stats.title')}</h2>
      <p>{t('stats.intro')}</p>
      {body}
    </section>
  );
}
