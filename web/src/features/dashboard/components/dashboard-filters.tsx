import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { RISK_FLAG_CODES, RISK_LEVELS, type RiskLevel } from '@domain';
import { NO_FILTERS, type ClassRow, type DashboardFilters as Filters } from '../lib/filters';

type DashboardFiltersProps = {
  value: Filters;
  onChange: (next: Filters) => void;
  classes: ClassRow[];
};

const isLevel = (v: string): v is RiskLevel => (RISK_LEVELS as readonly string[]).includes(v);

/** Native selects: keyboard and screen-reader friendly with no extra code. */
export function DashboardFilters({ value, onChange, classes }: DashboardFiltersProps) {
  const { t } = useTranslation('dashboard');
  const ids = { level: useId(), classId: useId(), year: useId(), flag: useId() };
  const years = [...new Set(classes.map((c) => c.classYear))].sort((a, b) => a - b);
  const active = Object.values(value).filter((v) => v !== '').length;

  const select = (
    key: keyof Filters,
    label: string,
    options: { value: string; label: string }[],
    allLabel: string,
  ) => (
    <div className="col-12 col-md-6 col-lg-3">
      <div className="select-wrapper mb-3">
        <label htmlFor={ids[key]}>{label}</label>
        <select
          id={ids[key]}
          value={value[key]}
          onChange={(e) => {
            const v = e.target.value;
            if (key === 'level') onChange({ ...value, level: isLevel(v) ? v : '' });
            else onChange({ ...value, [key]: v });
          }}
        >
          <option value="">{allLabel}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );

  return (
    <form
      className="dashboard-filters card p-3 mb-4 d-print-none"
      aria-label={t('filters.title')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="row">
        {select(
          'level',
          t('filters.level'),
          RISK_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) })),
          t('filters.all'),
        )}
        {select(
          'classId',
          t('filters.class'),
          classes.map((c) => ({ value: c.classId, label: c.className })),
          t('filters.allClasses'),
        )}
        {select(
          'year',
          t('filters.year'),
          years.map((y) => ({ value: String(y), label: t('filters.yearOption', { year: y }) })),
          t('filters.all'),
        )}
        {select(
          'flag',
          t('filters.flag'),
          RISK_FLAG_CODES.map((c) => ({ value: c, label: t(`flags.${c}`) })),
          t('filters.all'),
        )}
      </div>
      <div className="d-flex align-items-center gap-3">
        <p className="mb-0 small" role="status">
          {t('filters.active', { count: active })}
        </p>
        <button
          type="button"
          className="btn btn-outline-secondary btn-xs"
          onClick={() => onChange(NO_FILTERS)}
          disabled={active === 0}
        >
          {t('filters.reset')}
        </button>
      </div>
    </form>
  );
}
