import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/schools/locales';
import type { School } from '@domain';
import { Loading } from '@/components/ui/loading';
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
  return (
    <div className="table-responsive">
      <table className="table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.code')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.city')}</th>
            <th scope="col">{t('table.district')}</th>
            <th scope="col">{t('table.head')}</th>
            <th scope="col">{t('table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {schools.map((school) => {
            const schoolHeads = heads.filter((h) => h.schoolId === school.id);
            return (
              <tr key={school.id}>
                <th scope="row">{school.name}</th>
                <td>
                  <code>{school.code}</code>
                </td>
                <td>{t(`kinds.${school.kind}`)}</td>
                <td>{school.city}</td>
                <td>{districtName.get(school.districtId) ?? school.districtId}</td>
                <td>
                  {schoolHeads.length === 0
                    ? t('table.noHead')
                    : schoolHeads.map((h) => `${h.displayName} (${h.email})`).join(', ')}
                </td>
                <td>
                  <div className="d-flex flex-wrap gap-2">
                    <button
                      type="button"
                      className="btn btn-outline-primary btn-sm"
                      aria-label={t('table.editLabel', { name: school.name })}
                      onClick={() => onEdit(school)}
                    >
                      {t('table.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-outline-primary btn-sm"
                      aria-label={t('table.appointLabel', { name: school.name })}
                      onClick={() => onAppoint(school)}
                    >
                      {t('table.appoint')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
