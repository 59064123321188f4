import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import { riskLevelRank } from '@domain';
import { useClassRisks, type ClassRiskScope, type PupilNeed } from '../api/get-class-risks';
import { LevelBadge } from './level-badge';

/** A column another feature's table can show, keyed by pupil id. */
export type PupilColumn = {
  id: string;
  header: string;
  cell: (pupil: { id: string }) => ReactNode;
};

export type PupilNeedColumns = {
  columns: PupilColumn[];
  /** Most need first: reviewed level, then score; pupils without an assessment last. */
  compare: (a: { id: string }, b: { id: string }) => number;
  note: string;
};

/** Orders pupils by need; a stable sort keeps the previous (alphabetical) order on ties. */
export function compareNeed(
  needs: ReadonlyMap<string, PupilNeed>,
): (a: { id: string }, b: { id: string }) => number {
  const rank = (id: string) => {
    const need = needs.get(id);
    return need ? [riskLevelRank(need.reviewedLevel), need.score] : [-1, -1];
  };
  return (a, b) => {
    const [la = -1, sa = -1] = rank(a.id);
    const [lb = -1, sb = -1] = rank(b.id);
    return lb - la || sb - sa;
  };
}

/**
 * The level (after review) and the open follow-ups of each listed pupil, read in one query for
 * the school or one per class; `scope: null` reads nothing and adds no column. `pending` while
 * the levels of a non-empty scope are on their way (a failed read is not pending: no columns).
 */
export function usePupilNeedColumns(
  schoolId: string,
  scope: ClassRiskScope | null,
): { needs: PupilNeedColumns | null; pending: boolean } {
  const { t } = useTranslation('risk');
  const query = useClassRisks(schoolId, scope);
  const pending = scope !== null && scope.length > 0 && query.isPending;
  if (scope === null || !query.data) return { needs: null, pending };
  const needs = query.data;
  return {
    pending,
    needs: {
      columns: [
        {
          id: 'level',
          header: t('list.level'),
          cell: ({ id }) => {
            const need = needs.get(id);
            return need ? <LevelBadge level={need.reviewedLevel} /> : t('list.noAssessment');
          },
        },
        {
          id: 'followUps',
          header: t('list.followUps'),
          cell: ({ id }) => {
            const count = needs.get(id)?.openFollowUps ?? 0;
            return count === 0 ? t('common.none') : t('list.openFollowUps', { count });
          },
        },
      ],
      compare: compareNeed(needs),
      note: t('list.sortedByNeed'),
    },
  };
}
