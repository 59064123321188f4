import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import '@/features/staff/locales';
import { Link } from 'react-router';
import {
  AUDIT_ACTIONS,
  TRANSFERRED_AUTHOR,
  auditFieldLabel,
  auditTarget,
  type AuditAction,
} from '@domain';
import { ControlledDateField } from '@/components/ui/controlled-date-field';
import { Loading } from '@/components/ui/loading';
import { SelectField } from '@/components/ui/select-field';
import { useAuditLog, type AuditFilters } from '../api/get-audit-log';
import { useSchoolPupils } from '../api/get-school-pupils';
import { useStaff } from '../api/get-staff';
import type { AuditRecord, PupilRecord, StaffMember } from '../lib/types';
import { useStaffName } from './staff-names';

const NO_FILTERS: AuditFilters = { pupilId: '', actorUid: '', action: '', from: '', to: '' };

/** /registro-accessi: the school's audit log for its head, newest first, a page at a time. */
export function AuditLog({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation('staff');
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const log = useAuditLog(schoolId, filters);
  // The log holds ids only; the school's staff and pupils, read once, give the names.
  const staff = useStaff(schoolId).data?.staff ?? [];
  const pupils = useSchoolPupils(schoolId).data ?? [];
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const unreadable = log.data?.pages.reduce((n, p) => n + p.unreadable, 0) ?? 0;

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <AuditFiltersForm staff={staff} pupils={pupils} applied={filters} onApply={setFilters} />
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
  pupils: PupilRecord[];
  applied: AuditFilters;
  onApply: (filters: AuditFilters) => void;
};

/** Filters apply on submit, so choosing several does not query the log at every change. */
function AuditFiltersForm({ staff, pupils, applied, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation('staff');
  const [draft, setDraft] = useState<AuditFilters>(applied);
  const set = <K extends keyof AuditFilters>(key: K, value: AuditFilters[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const choose = (field: 'pupilId' | 'actorUid' | 'action', value: string) =>
    field === 'action'
      ? set(field, AUDIT_ACTIONS.find((a) => a === value) ?? '')
      : set(field, value);
  const selects = [
    {
      id: 'audit-pupil',
      field: 'pupilId',
      label: t('audit.pupil'),
      all: t('audit.allPupils'),
      width: 'col-lg-3',
      options: pupils.map((p) => ({ value: p.id, label: `${p.lastName} ${p.firstName}` })),
    },
    {
      id: 'audit-actor',
      field: 'actorUid',
      label: t('audit.actor'),
      all: t('audit.allActors'),
      width: 'col-lg-3',
      options: staff.map((s) => ({ value: s.id, label: s.displayName })),
    },
    {
      id: 'audit-action',
      field: 'action',
      label: t('audit.action'),
      all: t('audit.allActions'),
      width: 'col-lg-2',
      options: AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) })),
    },
  ] as const;
  return (
    <form
      className="card card-bg p-3 my-4"
      aria-label={t('audit.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <div className="row g-3 align-items-end">
        {selects.map(({ id, field, label, all, width, options }) => (
          <SelectField
            key={id}
            id={id}
            label={label}
            className={`col-12 col-md-6 ${width} select-wrapper form-group mb-0`}
            placeholder={all}
            options={options}
            select={{ id, value: draft[field], onChange: (e) => choose(field, e.target.value) }}
          />
        ))}
        {(['from', 'to'] as const).map((bound) => (
          // Typed gg/mm/aaaa in every browser; the filter keeps the day as YYYY-MM-DD.
          <ControlledDateField
            key={bound}
            id={`audit-${bound}`}
            label={t(`audit.${bound}`)}
            className="col-6 col-lg-2 form-group mb-0"
            // In a row of filters the placeholder says the format; an error still explains it.
            hint=""
            value={draft[bound] ? new Date(`${draft[bound]}T00:00:00Z`) : null}
            onChange={(day) => set(bound, day ? day.toISOString().slice(0, 10) : '')}
          />
        ))}
        <div className="col-12 d-flex gap-2">
          <button type="submit" className="btn btn-primary">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            className="btn btn-outline-primary"
            onClick={() => {
              setDraft(NO_FILTERS);
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
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const staffName = useStaffName(staff);
  const pupilNames = new Map(pupils.map((p) => [p.id, `${p.lastName} ${p.firstName}`]));
  const when = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'it-IT', {
    dateStyle: 'short',
    timeStyle: 'medium',
  });
  const actorName = (uid: string | null) =>
    uid === null
      ? t('audit.system')
      : uid === TRANSFERRED_AUTHOR
        ? t('audit.transferredAuthor')
        : staffName(uid);

  /** "Colloquio con la famiglia di Rossi Mario" rather than the document's path. */
  const documentName = (entry: AuditRecord) => {
    const target = auditTarget(entry.targetPath);
    const pupil = entry.pupilId
      ? (pupilNames.get(entry.pupilId) ?? t('audit.unknownPupil'))
      : t('audit.unknownPupil');
    switch (target.kind) {
      case 'pupil':
      case 'transferRequest':
        return t(`audit.documents.${target.kind}`, { name: pupil });
      case 'record':
        return t(`audit.documents.${target.recordKind}`, { name: pupil });
      case 'user':
        return t('audit.documents.user', { name: staffName(target.uid) });
      case 'school':
        return t('audit.documents.school');
      default:
        return t('audit.documents.other');
    }
  };

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
            const action: AuditAction = e.action;
            return (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.at.toISOString()}>{when.format(e.at)}</time>
                </td>
                <td>{actorName(e.actorUid)}</td>
                <td>{t(`audit.actions.${action}`)}</td>
                <td>
                  {e.pupilId &&
                    (pupilName ? (
                      <Link to={`/alunni/${e.pupilId}`}>{pupilName}</Link>
                    ) : (
                      t('audit.unknownPupil')
                    ))}
                </td>
                <td>
                  {e.changedFields.length > 0 ? (
                    e.changedFields.map((f) => auditFieldLabel(f, language)).join(', ')
                  ) : (
                    <span aria-hidden="true">{t('audit.noFields')}</span>
                  )}
                </td>
                <td className="small">{documentName(e)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
