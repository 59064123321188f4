import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/schools/locales';
import type { School } from '@domain';
import { Loading } from '@/components/ui/loading';
import { labelColumn, TableView, type ViewColumn } from '@/components/ui/table-view';
import { useAppointHead } from '../api/appoint-head';
import { useDistricts } from '../api/get-districts';
import { useHeads, useSchools, type SchoolHead, type SchoolWithId } from '../api/get-schools';
import { useSaveSchool } from '../api/save-school';
import { AppointHeadForm } from './appoint-head-form';
import { SchoolForm, type DistrictOption } from './school-form';

type Panel =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'edit'; school: SchoolWithId }
  | { kind: 'appoint'; schoolId: string; name: string };

/** /scuole: the admin's page. Lists the schools, opens, corrects them and appoints heads. */
export function SchoolsPage() {
  const { t } = useTranslation('schools');
  const schoolsQuery = useSchools();
  const headsQuery = useHeads();
  const districtsQuery = useDistricts();
  const saveSchool = useSaveSchool();
  const appointHead = useAppointHead();
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);

  const save = async (schoolId: string | null, school: School) => {
    const result = await saveSchool.mutateAsync({ schoolId, school });
    if (schoolId) {
      setNotice(t('form.updated', { name: school.name }));
      setPanel({ kind: 'none' });
    } else {
      setNotice(t('form.created', { name: school.name }));
      setPanel({ kind: 'appoint', schoolId: result.schoolId, name: school.name });
    }
  };

  return (
    <>
      <h1>{t('page.title')}</h1>
      <p>{t('page.intro')}</p>
      {notice && (
        <div role="status" className="alert alert-success">
          {notice}
        </div>
      )}
      {panel.kind === 'none' && (
        <button
          type="button"
          className="btn btn-primary mb-3"
          onClick={() => {
            setNotice(null);
            setPanel({ kind: 'create' });
          }}
        >
          {t('page.newSchool')}
        </button>
      )}
      {(panel.kind === 'create' || panel.kind === 'edit') && (
        <SchoolForm
          key={panel.kind === 'edit' ? panel.school.id : 'new'}
          school={panel.kind === 'edit' ? panel.school : null}
          districts={districtsQuery.data ?? null}
          districtsFailed={districtsQuery.isError}
          onSave={(school) => save(panel.kind === 'edit' ? panel.school.id : null, school)}
          onCancel={() => setPanel({ kind: 'none' })}
        />
      )}
      {panel.kind === 'appoint' && (
        <AppointHeadForm
          key={panel.schoolId}
          schoolName={panel.name}
          onAppoint={(person) => appointHead.mutateAsync({ ...person, schoolId: panel.schoolId })}
          onClose={() => setPanel({ kind: 'none' })}
        />
      )}
      {schoolsQuery.isPending ? (
        <Loading label={t('page.loading')} />
      ) : schoolsQuery.isError ? (
        <div className="alert alert-danger" role="alert">
          <p>{t('page.error')}</p>
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => void schoolsQuery.refetch()}
          >
            {t('page.retry')}
          </button>
        </div>
      ) : (
        <>
          {schoolsQuery.data.unreadable > 0 && (
            <div className="alert alert-warning" role="alert">
              {t('page.unreadable', { count: schoolsQuery.data.unreadable })}
            </div>
          )}
          <SchoolsTable
            schools={schoolsQuery.data.items}
            heads={headsQuery.data ?? []}
            districts={districtsQuery.data ?? []}
            onEdit={(school) => {
              setNotice(null);
              setPanel({ kind: 'edit', school });
            }}
            onAppoint={(school) => {
              setNotice(null);
              setPanel({ kind: 'appoint', schoolId: school.id, name: school.name });
            }}
          />
        </>
      )}
    </>
  );
}

type SchoolsTableProps = {
  schools: readonly SchoolWithId[];
  heads: readonly SchoolHead[];
  districts: readonly DistrictOption[];
  onEdit: (school: SchoolWithId) => void;
  onAppoint: (school: SchoolWithId) => void;
};

export function SchoolsTable({ schools, heads, districts, onEdit, onAppoint }: SchoolsTableProps) {
  const { t } = useTranslation('schools');
  if (schools.length === 0) return <p>{t('page.empty')}</p>;
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  const headsOf = (school: SchoolWithId) => heads.filter((h) => h.schoolId === school.id);
  const actions = (school: SchoolWithId) => [
    {
      key: 'edit',
      label: t('table.edit'),
      aria: t('table.editLabel', { name: school.name }),
      onClick: onEdit,
    },
    {
      key: 'appoint',
      label: t('table.appoint'),
      aria: t('table.appointLabel', { name: school.name }),
      onClick: onAppoint,
    },
  ];
  const columns: ViewColumn<SchoolWithId>[] = [
    labelColumn('name', t('table.name'), (school) => school.name),
    { key: 'code', header: t('table.code'), cell: (school) => <code>{school.code}</code> },
    { key: 'kind', header: t('table.kind'), cell: (school) => t(`kinds.${school.kind}`) },
    { key: 'city', header: t('table.city'), cell: (school) => school.city },
    {
      key: 'district',
      header: t('table.district'),
      cell: (school) => districtName.get(school.districtId) ?? school.districtId,
    },
    {
      key: 'head',
      header: t('table.head'),
      cell: (school) =>
        headsOf(school).length === 0
          ? t('table.noHead')
          : headsOf(school)
              .map((h) => `${h.displayName} (${h.email})`)
              .join(', '),
    },
    {
      key: 'actions',
      header: t('table.actions'),
      cell: (school) => (
        <div className="d-flex flex-wrap gap-2">
          {actions(school).map(({ key, label, aria, onClick }) => (
            <button
              key={key}
              type="button"
              className="btn btn-outline-primary btn-sm"
              aria-label={aria}
              onClick={() => onClick(school)}
            >
              {label}
            </button>
          ))}
        </div>
      ),
    },
  ];
  return (
    <TableView
      caption={t('table.caption')}
      className="table"
      captionClassName={null}
      rowHeaderClassName={null}
      columns={columns}
      rows={schools}
      rowKey={(school) => school.id}
    />
  );
}
