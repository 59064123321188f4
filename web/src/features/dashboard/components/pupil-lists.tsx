import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { Link } from 'react-router';
import type { StatsPupilEntry } from '@domain';
import { countColumn, textColumn } from '@/components/ui/columns';
import { TableSection } from './table-section';

type PupilListProps = {
  kind: 'toAct' | 'nai';
  entries: StatsPupilEntry[];
  /** Class names by id, for display. */
  classNames: Map<string, string>;
  /** How many there are in all, when the stored list was cut at its limit. */
  total?: number;
};

/** A list of pupils to follow up, each linking to the pupil's page. */
export function PupilList({ kind, entries, classNames, total }: PupilListProps) {
  const { t } = useTranslation('dashboard');
  const title = kind === 'toAct' ? t('toAct.title') : t('nai.title');
  const flagLabels = (e: StatsPupilEntry) =>
    e.flags.map((f) => t(`flags.${f}` as 'flags.absences', { defaultValue: f })).join(', ');
  const className = (e: StatsPupilEntry) => classNames.get(e.classId) ?? e.classId;
  return (
    <TableSection
      title={title}
      fileName={kind === 'toAct' ? 'alunni-da-seguire' : 'nai-senza-pdp'}
      rows={entries}
      rowKey={(e) => e.pupilId}
      empty={kind === 'toAct' ? t('toAct.empty') : t('nai.empty')}
      columns={[
        {
          key: 'pupil',
          header: t('toAct.pupil'),
          cell: (e) => <Link to={`/alunni/${encodeURIComponent(e.pupilId)}`}>{e.name}</Link>,
          csv: (e) => e.name,
        },
        {
          key: 'class',
          header: t('toAct.class'),
          cell: (e) => <Link to={`/classi/${encodeURIComponent(e.classId)}`}>{className(e)}</Link>,
          csv: (e) => className(e),
        },
        textColumn('flags', t('toAct.flags'), flagLabels),
        countColumn<StatsPupilEntry>('score', t('toAct.score'), (e) => e.score),
      ]}
    >
      <p>{kind === 'toAct' ? t('toAct.intro') : t('nai.intro')}</p>
      {total !== undefined && total > entries.length && (
        <p className="small">{t('toAct.truncated', { shown: entries.length, total })}</p>
      )}
    </TableSection>
  );
}
