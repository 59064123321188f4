import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { Link } from 'react-router';
import { isOverdue } from '@domain';
import type { Column } from '@/components/ui/columns';
import { DataTable, type DataTableProps } from '@/components/ui/data-table';
import { useLanguage } from '@/lib/i18n';
import type { ReferralRow } from '../api/referral-refs';
import { categoryLabel, formatDay } from '../lib/format';
import { OverdueBadge, StatusBadge } from './status-badge';

/** What goes to the DataTable as given: the rows, their caption, CSV file name and empty text. */
type ReferralTableProps = Pick<DataTableProps<ReferralRow>, 'rows' | 'caption' | 'fileName'> & {
  empty: string;
  /** Where a row opens. */
  linkTo: (row: ReferralRow) => string;
  /** The operator's list names the school; the pupil's list does not need to. */
  showSchool?: boolean;
  now?: Date;
};

/** Referrals as a sortable table with CSV: status, overdue, service, category, deadline. */
export function ReferralTable({
  linkTo,
  showSchool = false,
  now = new Date(),
  ...table
}: ReferralTableProps) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  const columns = useMemo(() => {
    const all: (Column<ReferralRow> | null)[] = [
      {
        key: 'sentAt',
        header: t('col.sentAt'),
        cell: (r) => <Link to={linkTo(r)}>{formatDay(r.createdAt)}</Link>,
        csv: (r) => formatDay(r.createdAt),
      },
      showSchool
        ? {
            key: 'school',
            header: t('col.school'),
            cell: (r) => r.schoolName,
            csv: (r) => r.schoolName,
          }
        : null,
      {
        key: 'service',
        header: t('col.service'),
        cell: (r) => r.serviceName,
        csv: (r) => r.serviceName,
      },
      {
        key: 'category',
        header: t('col.category'),
        cell: (r) => categoryLabel(r.category, language),
        csv: (r) => categoryLabel(r.category, language),
      },
      {
        key: 'origin',
        header: t('col.origin'),
        cell: (r) => t(`origin.${r.origin}`),
        csv: (r) => t(`origin.${r.origin}`),
      },
      {
        key: 'urgency',
        header: t('col.urgency'),
        cell: (r) => t(`urgency.${r.urgency}`),
        csv: (r) => t(`urgency.${r.urgency}`),
      },
      {
        key: 'status',
        header: t('col.status'),
        cell: (r) => (
          <>
            <StatusBadge status={r.status} />
            {isOverdue(r, now) && <OverdueBadge />}
          </>
        ),
        csv: (r) => `${t(`status.${r.status}`)}${isOverdue(r, now) ? ` (${t('overdue')})` : ''}`,
      },
      {
        key: 'dueDate',
        header: t('col.dueDate'),
        cell: (r) => formatDay(r.dueDate),
        csv: (r) => formatDay(r.dueDate),
      },
      {
        key: 'outcome',
        header: t('col.outcome'),
        cell: (r) => (r.outcome ? t(`outcome.${r.outcome}`) : ''),
        csv: (r) => (r.outcome ? t(`outcome.${r.outcome}`) : ''),
      },
    ];
    return all.filter((c): c is Column<ReferralRow> => c !== null);
  }, [t, language, linkTo, showSchool, now]);
  return <DataTable {...table} columns={columns} rowKey={(r) => r.id} sortable />;
}
