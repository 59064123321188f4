import { useTranslation } from 'react-i18next';
import '@/features/services/locales';
import { SERVICE_CATEGORY_LABELS, type Service } from '@domain';
import { textColumn, type Column } from '@/components/ui/columns';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';

export type ServiceRow = { id: string; service: Service; organization: string; overdue: boolean };

type RowAction = { label: string; className: string; onClick: () => void };

/** A row's buttons, each named after the service for screen readers. */
function RowActions({ name, actions }: { name: string; actions: RowAction[] }) {
  return (
    <div className="d-flex flex-wrap gap-1">
      {actions.map(({ label, className, onClick }) => (
        <button key={label} type="button" className={`btn ${className} btn-xs`} onClick={onClick}>
          {label}
          <span className="visually-hidden">: {name}</span>
        </button>
      ))}
    </div>
  );
}

type ServiceColumnsProps = {
  onEdit: (row: ServiceRow) => void;
  onMarkChecked: (row: ServiceRow) => void;
  onToggleCapacity: (row: ServiceRow) => void;
};

/** The directory table's columns: what a row shows, what the CSV writes, and its actions. */
export function useServiceColumns({
  onEdit,
  onMarkChecked,
  onToggleCapacity,
}: ServiceColumnsProps): Column<ServiceRow>[] {
  const { t } = useTranslation('services');
  const language = useLanguage();
  return [
    {
      key: 'name',
      header: t('table.name'),
      cell: (r) => (
        <>
          {r.service.name}
          {r.overdue && (
            <span className="badge bg-warning text-dark ms-2" data-testid="overdue-badge">
              {t('table.overdue')}
            </span>
          )}
        </>
      ),
      csv: (r) => r.service.name,
    },
    textColumn('organization', t('table.organization'), (r) => r.organization),
    textColumn('categories', t('table.categories'), (r) =>
      r.service.categories.map((c) => SERVICE_CATEGORY_LABELS[c][language]).join(', '),
    ),
    textColumn('status', t('table.status'), (r) => t(`status.${r.service.status}`)),
    textColumn('referrals', t('table.referrals'), (r) =>
      r.service.acceptingReferrals ? t('table.yes') : t('table.no'),
    ),
    {
      key: 'lastChecked',
      header: t('table.lastChecked'),
      cell: (r) => formatDate(r.service.lastCheckedAt, language),
      csv: (r) => r.service.lastCheckedAt.toISOString().slice(0, 10),
    },
    {
      key: 'actions',
      header: t('table.actions'),
      cell: (r) => (
        <RowActions
          name={r.service.name}
          actions={[
            { label: t('table.edit'), className: 'btn-outline-primary', onClick: () => onEdit(r) },
            {
              label: t('table.markChecked'),
              className: 'btn-outline-primary',
              onClick: () => onMarkChecked(r),
            },
            {
              label: r.service.acceptingReferrals
                ? t('table.closeCapacity')
                : t('table.openCapacity'),
              className: 'btn-outline-secondary',
              onClick: () => onToggleCapacity(r),
            },
          ]}
        />
      ),
      csv: () => '',
    },
  ];
}
