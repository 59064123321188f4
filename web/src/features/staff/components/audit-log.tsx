import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { useAuditLog, type AuditFilters } from '../api/get-audit-log';
import { useSchoolPupils } from '../api/get-school-pupils';
import { useStaff } from '../api/get-staff';
import type { AuditRecord, PupilRecord, StaffMember } from '../lib/types';
import { useStaffName } from './staff-names';

const NO_FILTERS: AuditFilters = { pupilId: '', actorUid: '' };

/** /registro-accessi: the school's audit log for its head, newest first, a page at a time. */
export function AuditLog({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation('staff');
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const log = useAuditLog(schoolId, filters);
  // Names make the log readable; without them the ids still show.
  const staff = useStaff(schoolId).data?.staff ?? [];
  const pupils = useSchoolPupils(schoolId).data ?? [];
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const unreadable = log.data?.pages.reduce((n, p) => n + p.unreadable, 0) ?? 0;

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <AuditFiltersForm staff={staff} applied={filters} onApply={setFilters} />
      {log.isPending && <Loading label={t('common.loading')} />}
      {log.isError && (
        <div role="alert" className="alert alert-danger">
          {t('errors.loadAudit')}
        </div>
      )}
      {log.data && (
        <>
          {unreadable > 0 && (
            <div role="status" className="alert alert-warning">
              {t('common.unreadable', { count: unreadable })}
            </div>
          )}
          <AuditTable entries={entries} staff={staff} pupils={pupils} />
          <p role="status" className="small">
            {t('audit.shown', { count: entries.length })}
          </p>
          {log.hasNextPage && (
            <button
              type="button"
              className="btn btn-outline-primary"
              disabled={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
            >
              {log.isFetchingNextPage ? t('audit.loadingMore') : t('audit.loadMore')}
            </button>
          )}
        </>
      )}
    </>
  );
}

type AuditFiltersFormProps = {
  staff: StaffMember[];
  applied: AuditFilters;
  onApply: (filters: AuditFilters) => void;
};

/** Filters apply on submit, so typing an id does not query the log at every key. */
function AuditFiltersForm({ staff, applied, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation('staff');
  const [pupilId, setPupilId] = useState(applied.pupilId);
  const [actorUid, setActorUid] = useState(applied.actorUid);
  return (
    <form
      className="card card-bg p-3 my-4"
      aria-label={t('audit.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ pupilId: pupilId.trim(), actorUid });
      }}
    >
      <div className="row g-3 align-items-end">
        <div className="col-12 col-md-5 form-group mb-0">
          <label htmlFor="audit-pupil" className="active">
            {t('audit.pupilId')}
          </label>
          <input
            id="audit-pupil"
            type="text"
            className="form-control"
            aria-describedby="audit-pupil-hint"
            value={pupilId}
            onChange={(e) => setPupilId(e.target.value)}
          />
          <small id="audit-pupil-hint" className="form-text">
            {t('audit.pupilIdHint')}
          </small>
        </div>
        <div className="col-12 col-md-4 select-wrapper form-group mb-0">
          <label htmlFor="audit-actor" className="active">
            {t('audit.actor')}
          </label>
          <select id="audit-actor" value={actorUid} onChange={(e) => setActorUid(e.target.value)}>
            <option value="">{t('audit.allActors')}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.displayName}
              </option>
            ))}
          </select>
        </div>
        <div className="col-12 col-md-3 d-flex gap-2">
          <button type="submit" className="btn btn-primary">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            className="btn btn-outline-primary"
            onClick={() => {
              setPupilId('');
              setActorUid('');
              onApply(NO_FILTERS);
            }}
          >
            {t('audit.reset')}
          </button>
        </div>
      </div>
    </form>
  );
}

type AuditTableProps = {
  entries: AuditRecord[];
  staff: StaffMember[];
  pupils: PupilRecord[];
};

export function AuditTable({ entries, staff, pupils }: AuditTableProps) {
  const { t, i18n } = useTranslation('staff');
  const staffName = useStaffName(staff);
  const pupilNames = new Map(pupils.map((p) => [p.id, `${p.lastName} ${p.firstName}`]));
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'it-IT', {
    dateStyle: 'short',
    timeStyle: 'medium',
  });

  if (entries.length === 0) return <p>{t('audit.empty')}</p>;
  return (
    <div className="table-responsive">
      <table className="table table-sm align-middle">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.colWhen')}</th>
            <th scope="col">{t('audit.colActor')}</th>
            <th scope="col">{t('audit.colAction')}</th>
            <th scope="col">{t('audit.colPupil')}</th>
            <th scope="col">{t('audit.colFields')}</th>
            <th scope="col">{t('audit.colTarget')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const pupilName = e.pupilId ? pupilNames.get(e.pupilId) : undefined;
            return (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.at.toISOString()}>{when.format(e.at)}</time>
                </td>
                <td>{e.actorUid ? staffName(e.actorUid) : t('audit.system')}</td>
                <td>{t(`audit.actions.${e.action}`)}</td>
                <td>
                  {e.pupilId &&
                    (pupilName ? (
                      <Link to={`/alunni/${e.pupilId}`}>{pupilName}</Link>
                    ) : (
                      <code>{e.pupilId}</code>
                    ))}
                </td>
                <td>
                  {e.changedFields.length > 0 ? (
                    e.changedFields.map((f, i) => (
                      <span key={f}>
                        {i > 0 && ', '}
                        <code>{f}</code>
                      </span>
                    ))
                  ) : (
                    <span aria-hidden="true">{t('audit.noFields')}</span>
                  )}
                </td>
                <td className="small text-break">
                  <code>{e.targetPath}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
