import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import '@/features/records/locales';
import { Link } from 'react-router';
import { cefrLabel, cefrRank } from '@domain';
import { TextField } from '@/components/ui/text-field';
import { formatDate, searchable } from '@/lib/format';
import type { ClassOverviewRow } from '../api/get-class-overview';

type Column = 'pupil' | 'l2' | 'absences' | 'belowPass' | 'family' | 'followUp';
type Direction = 'ascending' | 'descending';

/** Sort value of a row for a column; null (no data) always sorts last. */
function sortValue(row: ClassOverviewRow, column: Column): string | number | null {
  const s = row.summary;
  switch (column) {
    case 'pupil':
      return `${row.lastName} ${row.firstName}`;
    case 'l2':
      return s.lastL2 ? cefrRank(s.lastL2.level) : null;
    case 'absences':
      return s.absencePct;
    case 'belowPass':
      return s.belowPass;
    case 'family':
      return s.lastFamilyContact?.getTime() ?? null;
    case 'followUp':
      return s.nextFollowUp?.due.getTime() ?? null;
  }
}

const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

export function sortRows(rows: ClassOverviewRow[], column: Column, direction: Direction) {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order =
      typeof x === 'string' && typeof y === 'string'
        ? collator.compare(x, y)
        : Number(x) - Number(y);
    return (
      sign * order ||
      collator.compare(sortValue(a, 'pupil') as string, sortValue(b, 'pupil') as string)
    );
  });
}

/** The class's pupils with their latest data; sortable by every column, searchable by name. */
export function ClassOverviewTable({ rows }: { rows: ClassOverviewRow[] }) {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ column: Column; direction: Direction }>({
    column: 'pupil',
    direction: 'ascending',
  });
  const percent = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'it-IT', {
    maximumFractionDigits: 1,
  });

  const visible = useMemo(() => {
    const needle = searchable(search.trim());
    const matching = rows.filter(
      (r) =>
        needle === '' ||
        searchable(`${r.lastName} ${r.firstName}`).includes(needle) ||
        searchable(`${r.firstName} ${r.lastName}`).includes(needle),
    );
    return sortRows(matching, sort.column, sort.direction);
  }, [rows, search, sort]);

  const columns: [Column, string][] = [
    ['pupil', t('classView.colPupil')],
    ['l2', t('classView.colL2')],
    ['absences', t('classView.colAbsences')],
    ['belowPass', t('classView.colBelowPass')],
    ['family', t('classView.colFamily')],
    ['followUp', t('classView.colFollowUp')],
  ];
  const none = (
    <>
      <span aria-hidden="true">{t('classView.none')}</span>
      <span className="visually-hidden">{t('classView.noneLabel')}</span>
    </>
  );

  const toggle = (column: Column) =>
    setSort((current) => ({
      column,
      direction:
        current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <>
      <div style={{ maxWidth: '28rem' }}>
        <TextField
          id={searchId}
          label={t('classView.search')}
          input={{
            type: 'search',
            autoComplete: 'off',
            value: search,
            onChange: (event) => setSearch(event.target.value),
          }}
        />
      </div>
      <p aria-live="polite" className="fw-semibold">
        {t('classView.count', { count: visible.length })}
      </p>
      {visible.length === 0 ? (
        <p>{rows.length === 0 ? t('classView.empty') : t('classView.noMatch')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-striped">
            <caption>{t('classView.caption')}</caption>
            <thead>
              <tr>
                {columns.map(([column, label]) => (
                  <th
                    key={column}
                    scope="col"
                    aria-sort={sort.column === column ? sort.direction : 'none'}
                  >
                    <button
                      type="button"
                      className="btn btn-link p-0 text-start fw-semibold"
                      onClick={() => toggle(column)}
                    >
                      {label}
                      <span aria-hidden="true">
                        {sort.column === column
                          ? sort.direction === 'ascending'
                            ? ' ▲'
                            : ' ▼'
                          : ''}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => {
                const s = row.summary;
                return (
                  <tr key={row.pupilId}>
                    <th scope="row">
                      <Link to={`/alunni/${row.pupilId}`}>
                        {row.lastName} {row.firstName}
                      </Link>
                    </th>
                    <td>{s.lastL2 ? cefrLabel(s.lastL2.level) : none}</td>
                    <td>{s.absencePct === null ? none : `${percent.format(s.absencePct)}%`}</td>
                    <td>{s.belowPass === null ? none : s.belowPass}</td>
                    <td>
                      {s.lastFamilyContact ? formatDate(s.lastFamilyContact, language) : none}
                    </td>
                    <td>
                      {s.nextFollowUp ? (
                        <span
                          className={s.nextFollowUp.overdue ? 'text-danger fw-semibold' : undefined}
                        >
                          {formatDate(s.nextFollowUp.due, language)}
                          {s.nextFollowUp.overdue && ` (${t('classView.overdue')})`}
                        </span>
                      ) : (
                        none
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
