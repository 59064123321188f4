import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isNai } from '@domain';
import { countryName, formatDate, searchable } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { ClassRecord, PupilRecord } from '../lib/types';

/** Columns and order another feature adds (the app composes them, e.g. the risk level). */
export type PupilsTableExtras = {
  columns: { id: string; header: string; cell: (pupil: PupilRecord) => ReactNode }[];
  /** Order of the rows; a stable sort keeps last-name order on ties. */
  compare?: (a: PupilRecord, b: PupilRecord) => number;
  /** Says how the rows are ordered. */
  note?: string;
};

type PupilsTableProps = {
  pupils: PupilRecord[];
  classes: ClassRecord[];
  naiMonths: number;
  /** The day NAI status is computed for (today in the app, fixed in tests). */
  asOf: Date;
  extras?: PupilsTableExtras | null;
};

const ALL_CLASSES = '';

export function PupilsTable({ pupils, classes, naiMonths, asOf, extras }: PupilsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const searchId = useId();
  const classFilterId = useId();
  const [search, setSearch] = useState('');
  const [classId, setClassId] = useState(ALL_CLASSES);

  const classNames = useMemo(() => new Map(classes.map((c) => [c.id, c.name])), [classes]);
  // Only the classes the user actually has pupils in: a teacher should not scroll
  // through the whole school's class list.
  const classOptions = useMemo(() => {
    const ids = new Set(pupils.map((p) => p.classId));
    return [...ids]
      .map((id) => ({ id, name: classNames.get(id) ?? t('pupils.unknownClass') }))
      .sort((a, b) => a.name.localeCompare(b.name, 'it', { numeric: true }));
  }, [pupils, classNames, t]);

  const visible = useMemo(() => {
    const needle = searchable(search.trim());
    const ordered = extras?.compare ? [...pupils].sort(extras.compare) : pupils;
    return ordered.filter(
      (p) =>
        (classId === ALL_CLASSES || p.classId === classId) &&
        (needle === '' ||
          searchable(`${p.lastName} ${p.firstName}`).includes(needle) ||
          searchable(`${p.firstName} ${p.lastName}`).includes(needle)),
    );
  }, [pupils, search, classId, extras]);

  return (
    <>
      <div className="row">
        <div className="col-12 col-md-6">
          <div className="form-group">
            <label htmlFor={searchId} className="active">
              {t('pupils.search')}
            </label>
            <input
              id={searchId}
              type="search"
              className="form-control"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              aria-describedby={`${searchId}-hint`}
              autoComplete="off"
            />
            <small id={`${searchId}-hint`} className="form-text">
              {t('pupils.searchHint')}
            </small>
          </div>
        </div>
        <div className="col-12 col-md-6">
          <div className="select-wrapper form-group">
            <label htmlFor={classFilterId}>{t('pupils.classFilter')}</label>
            <select
              id={classFilterId}
              value={classId}
              onChange={(event) => setClassId(event.target.value)}
            >
              <option value={ALL_CLASSES}>{t('pupils.allClasses')}</option>
              {classOptions.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>

      <p aria-live="polite" className="fw-semibold">
        {t('pupils.count', { count: visible.length })}
      </p>
      {extras?.note && <p className="small">{extras.note}</p>}

      {visible.length === 0 ? (
        <p>{pupils.length === 0 ? t('pupils.empty') : t('pupils.noMatch')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-striped">
            <caption>{t('pupils.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pupils.colPupil')}</th>
                <th scope="col">{t('pupils.colClass')}</th>
                <th scope="col">{t('pupils.colCountryOfBirth')}</th>
                <th scope="col">{t('pupils.colArrival')}</th>
                <th scope="col">
                  <abbr title={t('pupils.naiTitle')}>{t('pupils.colNai')}</abbr>
                </th>
                {extras?.columns.map((column) => (
                  <th key={column.id} scope="col">
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {visible.map((pupil) => (
                <tr key={pupil.id}>
                  <th scope="row">
                    <Link to={`/alunni/${pupil.id}`}>
                      {pupil.lastName} {pupil.firstName}
                    </Link>
                  </th>
                  <td>{classNames.get(pupil.classId) ?? t('pupils.unknownClass')}</td>
                  <td>{countryName(pupil.countryOfBirth, language)}</td>
                  <td>
                    {pupil.arrivalDate
                      ? formatDate(pupil.arrivalDate, language)
                      : t('pupils.bornInItaly')}
                  </td>
                  <td>
                    {isNai(pupil, asOf, naiMonths) ? (
                      <span className="badge bg-primary" title={t('pupils.naiTitle')}>
                        {t('pupils.naiBadge')}
                      </span>
                    ) : (
                      t('pupils.notNai')
                    )}
                  </td>
                  {extras?.columns.map((column) => (
                    <td key={column.id}>{column.cell(pupil)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
