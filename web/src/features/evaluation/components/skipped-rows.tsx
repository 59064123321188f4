import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/evaluation/locales';
import { CEFR_LEVELS, OUTCOMES, SCHOOL_LEVELS } from '@domain';
import type { CellHint, CellProblem, SkippedRow } from '../lib/evaluation-file';

/** A whole year of a large school can be skipped for one wrong column: the list stays short. */
const MAX_SHOWN = 100;

const ALLOWED: Partial<Record<CellHint, readonly string[]>> = {
  level: SCHOOL_LEVELS,
  cefr: CEFR_LEVELS,
  outcome: OUTCOMES,
};

/** The rows left out of the figures, each with its line in the file and what is wrong. */
export function SkippedRows({ rows }: { rows: SkippedRow[] }) {
  const { t } = useTranslation('evaluation');
  const headingId = useId();
  const problemText = ({ column, value, hint }: CellProblem) => {
    const explanation = t(`hints.${hint}`, { values: (ALLOWED[hint] ?? []).join(', ') });
    return value === ''
      ? t('skipped.emptyCell', { column, hint: explanation })
      : t('skipped.cell', { column, value, hint: explanation });
  };
  return (
    <section className="mb-4" aria-labelledby={headingId}>
      <h3 className="h5" id={headingId}>
        {t('skipped.title')}
      </h3>
      <ul>
        {rows.slice(0, MAX_SHOWN).map(({ line, problems }) => (
          <li key={line}>
            <span className="fw-semibold">{t('skipped.line', { line })}</span>:{' '}
            {problems.map(problemText).join('; ')}
          </li>
        ))}
      </ul>
      {rows.length > MAX_SHOWN && <p>{t('skipped.more', { count: rows.length - MAX_SHOWN })}</p>}
    </section>
  );
}
