import { useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '@/features/services/locales';
import {
  HSDS_SERVICE_CSV_COLUMNS,
  SERVICE_CATEGORIES,
  SERVICE_CATEGORY_LABELS,
  isCheckOverdue,
  servicesCsvRows,
  toHsds,
  type Service,
  type ServiceCategory,
} from '@domain';
import type { Column } from '@/components/ui/columns';
import { DataTable } from '@/components/ui/data-table';
import { FailureAlert } from '@/components/ui/failure-alert';
import { Loading } from '@/components/ui/loading';
import { useCallableErrorText } from '@/lib/callable-error';
import { downloadCsv, toCsv } from '@/lib/csv';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import {
  useDirectory,
  useImportServices,
  useSaveService,
  useUpdateService,
} from '../api/directory';
import { downloadText } from '../lib/download';
import { ServiceForm } from './service-form';

type Row = { id: string; service: Service; organization: string; overdue: boolean };

type ServicesPageProps = {
  districtId: string;
  /** An operator's organisation: only its services, no import. Null for the coordinator. */
  organizationId: string | null;
  now?: () => Date;
};

/** /servizi: the Ambito's directory for its coordinator, or an organisation's for its operators. */
export function ServicesPage({ districtId, organizationId, now }: ServicesPageProps) {
  const { t } = useTranslation('services');
  const language = useLanguage();
  const errorText = useCallableErrorText();
  const clock = now ?? (() => new Date());
  const directory = useDirectory(districtId);
  const save = useSaveService(districtId);
  const update = useUpdateService(districtId);
  const importServices = useImportServices(districtId);
  const [category, setCategory] = useState<ServiceCategory | ''>('');
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const [editing, setEditing] = useState<{ id: string; service: Service } | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const isCoordinator = organizationId === null;

  const data = directory.data;
  const orgName = useMemo(
    () => new Map((data?.organizations ?? []).map((o) => [o.id, o.data.name])),
    [data],
  );
  const allRows: Row[] = useMemo(
    () =>
      (data?.services ?? [])
        .filter((s) => isCoordinator || s.data.organizationId === organizationId)
        .map((s) => ({
          id: s.id,
          service: s.data,
          organization: orgName.get(s.data.organizationId) ?? s.data.organizationId,
          overdue: isCheckOverdue(s.data, clock()),
        })),
    // The clock is read once per data change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, orgName, isCoordinator, organizationId],
  );
  const rows = allRows.filter(
    (r) => (!category || r.service.categories.includes(category)) && (!onlyOverdue || r.overdue),
  );
  const overdueCount = allRows.filter((r) => r.overdue).length;

  const act = async (action: () => Promise<unknown>, done?: string) => {
    setFailure(null);
    setNotice(null);
    try {
      await action();
      if (done) setNotice(done);
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  const columns: Column<Row>[] = [
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
    {
      key: 'organization',
      header: t('table.organization'),
      cell: (r) => r.organization,
      csv: (r) => r.organization,
    },
    {
      key: 'categories',
      header: t('table.categories'),
      cell: (r) => r.service.categories.map((c) => SERVICE_CATEGORY_LABELS[c][language]).join(', '),
      csv: (r) => r.service.categories.map((c) => SERVICE_CATEGORY_LABELS[c][language]).join(', '),
    },
    {
      key: 'status',
      header: t('table.status'),
      cell: (r) => t(`status.${r.service.status}`),
      csv: (r) => t(`status.${r.service.status}`),
    },
    {
      key: 'referrals',
      header: t('table.referrals'),
      cell: (r) => (r.service.acceptingReferrals ? t('table.yes') : t('table.no')),
      csv: (r) => (r.service.acceptingReferrals ? t('table.yes') : t('table.no')),
    },
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
        <div className="d-flex flex-wrap gap-1">
          <button
            type="button"
            className="btn btn-outline-primary btn-xs"
            onClick={() => setEditing({ id: r.id, service: r.service })}
          >
            {t('table.edit')}
            <span className="visually-hidden">: {r.service.name}</span>
          </button>
          <button
            type="button"
            className="btn btn-outline-primary btn-xs"
            onClick={() =>
              void act(() => update.mutateAsync({ id: r.id, change: { lastCheckedAt: clock() } }))
            }
          >
            {t('table.markChecked')}
            <span className="visually-hidden">: {r.service.name}</span>
          </button>
          <button
            type="button"
            className="btn btn-outline-secondary btn-xs"
            onClick={() =>
              void act(() =>
                update.mutateAsync({
                  id: r.id,
                  change: {
                    acceptingReferrals: !r.service.acceptingReferrals,
                    capacityUpdatedAt: clock(),
                  },
                }),
              )
            }
          >
            {r.service.acceptingReferrals ? t('table.closeCapacity') : t('table.openCapacity')}
            <span className="visually-hidden">: {r.service.name}</span>
          </button>
        </div>
      ),
      csv: () => '',
    },
  ];

  const exportJson = () => {
    if (!data) return;
    downloadText(
      `servizi-${districtId}-hsds.json`,
      JSON.stringify(toHsds(data, districtId), null, 2),
      'application/json',
    );
  };
  const exportCsv = () => {
    if (!data) return;
    downloadCsv(
      `servizi-${districtId}-hsds.csv`,
      toCsv(HSDS_SERVICE_CSV_COLUMNS, servicesCsvRows(data)),
    );
  };
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setFailure(t('hsds.notJson'));
      return;
    }
    await act(async () => {
      const result = await importServices.mutateAsync(json);
      setNotice(t('hsds.imported', result));
    });
  };

  const organizations = (data?.organizations ?? [])
    .filter((o) => isCoordinator || o.id === organizationId)
    .map((o) => ({ id: o.id, name: o.data.name }));

  return (
    <div className="container my-4">
      <h1>{t('page.title')}</h1>
      <p>{isCoordinator ? t('page.intro') : t('page.operatorIntro')}</p>
      <p>
        <Link to={`/famiglie/${districtId}`}>{t('page.familyPage')}</Link>
      </p>
      {directory.isPending && <Loading label={t('page.title')} />}
      <FailureAlert message={directory.isError ? t('page.loadFailed') : null} />
      <FailureAlert message={failure} />
      {notice && (
        <div role="status" className="alert alert-success">
          {notice}
        </div>
      )}
      {data && (
        <>
          {overdueCount > 0 && (
            <div className="alert alert-warning" role="status">
              {t('page.overdueCount', { count: overdueCount })}
            </div>
          )}
          {editing ? (
            <ServiceForm
              key={editing === 'new' ? 'new' : editing.id}
              editing={editing === 'new' ? null : editing}
              organizations={organizations}
              now={clock}
              onCancel={() => setEditing(null)}
              onSave={async (id, service) => {
                await save.mutateAsync({ id, service });
                setEditing(null);
                setNotice(t('form.saved'));
              }}
            />
          ) : (
            <button
              type="button"
              className="btn btn-primary mb-3"
              disabled={organizations.length === 0}
              onClick={() => setEditing('new')}
            >
              {t('form.new')}
            </button>
          )}
          <div className="row align-items-end">
            <div className="select-wrapper col-12 col-md-6 form-group">
              <label htmlFor="services-category" className="active">
                {t('filters.category')}
              </label>
              <select
                id="services-category"
                value={category}
                onChange={(e) => setCategory(e.target.value as ServiceCategory | '')}
              >
                <option value="">{t('filters.all')}</option>
                {SERVICE_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {SERVICE_CATEGORY_LABELS[c][language]}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-check col-12 col-md-6">
              <input
                id="services-overdue"
                type="checkbox"
                checked={onlyOverdue}
                onChange={(e) => setOnlyOverdue(e.target.checked)}
              />
              <label htmlFor="services-overdue">{t('filters.onlyOverdue')}</label>
            </div>
          </div>
          <DataTable
            caption={t('table.caption')}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.id}
            fileName={`servizi-${districtId}`}
            empty={t('page.empty')}
            sortable
          />
          {isCoordinator && (
            <section className="my-4" aria-labelledby="services-hsds">
              <h2 id="services-hsds" className="h5">
                {t('hsds.title')}
              </h2>
              <div className="d-flex flex-wrap gap-2 align-items-center">
                <button type="button" className="btn btn-outline-primary" onClick={exportJson}>
                  {t('hsds.export')}
                </button>
                <button type="button" className="btn btn-outline-primary" onClick={exportCsv}>
                  {t('hsds.exportCsv')}
                </button>
                <label className="btn btn-outline-primary mb-0" htmlFor="services-import">
                  {importServices.isPending ? t('hsds.importing') : t('hsds.import')}
                </label>
                <input
                  id="services-import"
                  type="file"
                  accept="application/json,.json"
                  className="visually-hidden"
                  onChange={(e) => void upload(e)}
                />
              </div>
            </section>
          )}
        </>
      )}
    </div>
  );
}
