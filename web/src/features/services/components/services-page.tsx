import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '@/features/services/locales';
import {
  SERVICE_CATEGORIES,
  SERVICE_CATEGORY_LABELS,
  isCheckOverdue,
  type Service,
  type ServiceCategory,
} from '@domain';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { DataTable } from '@/components/ui/data-table';
import { FailureAlert } from '@/components/ui/failure-alert';
import { Loading } from '@/components/ui/loading';
import { SelectField } from '@/components/ui/select-field';
import { useCallableErrorText } from '@/lib/callable-error';
import { useLanguage } from '@/lib/i18n';
import {
  useDirectory,
  useImportServices,
  useSaveService,
  useUpdateService,
} from '../api/directory';
import { HsdsTools } from './hsds-tools';
import { useServiceColumns, type ServiceRow } from './service-columns';
import { ServiceForm } from './service-form';

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
  const allRows: ServiceRow[] = useMemo(
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

  const columns = useServiceColumns({
    onEdit: (r) => setEditing({ id: r.id, service: r.service }),
    onMarkChecked: (r) =>
      void act(() => update.mutateAsync({ id: r.id, change: { lastCheckedAt: clock() } })),
    onToggleCapacity: (r) =>
      void act(() =>
        update.mutateAsync({
          id: r.id,
          change: { acceptingReferrals: !r.service.acceptingReferrals, capacityUpdatedAt: clock() },
        }),
      ),
  });

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
            <SelectField
              id="services-category"
              label={t('filters.category')}
              className="select-wrapper col-12 col-md-6 form-group"
              placeholder={t('filters.all')}
              options={SERVICE_CATEGORIES.map((c) => ({
                value: c,
                label: SERVICE_CATEGORY_LABELS[c][language],
              }))}
              select={{
                id: 'services-category',
                value: category,
                onChange: (e) => setCategory(e.target.value as ServiceCategory | ''),
              }}
            />
            <CheckboxField
              id="services-overdue"
              label={t('filters.onlyOverdue')}
              className="form-check col-12 col-md-6"
              checked={onlyOverdue}
              onChange={setOnlyOverdue}
            />
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
            <HsdsTools
              districtId={districtId}
              directory={data}
              importing={importServices.isPending}
              onNotJson={() => setFailure(t('hsds.notJson'))}
              onImport={(json) =>
                act(async () => {
                  const result = await importServices.mutateAsync(json);
                  setNotice(t('hsds.imported', result));
                })
              }
            />
          )}
        </>
      )}
    </div>
  );
}
