import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import { TRACKS, type Track } from '@domain';
import { TableView, figureColumn, labelColumn, type ViewColumn } from '@/components/ui/table-view';

/**
 * Pupils by the track they were advised: one row per group (a school, a group of pupils), its
 * pupils, one column per track, then the figures the caller adds.
 */
export function TrackTable<T>({
  labelHeader,
  label,
  pupils,
  byTrack,
  more = [],
  ...table
}: {
  caption: string;
  labelHeader: string;
  label: (row: T) => ReactNode;
  pupils: (row: T) => ReactNode;
  byTrack: (row: T, track: Track) => ReactNode;
  /** Figures after the tracks. */
  more?: { key: string; header: string; cell: (row: T) => ReactNode }[];
  rows: readonly T[];
  rowKey: (row: T) => string;
}) {
  const { t } = useTranslation('orientation');
  const columns: ViewColumn<T>[] = [
    labelColumn('label', labelHeader, label),
    figureColumn('pupils', t('groups.pupils'), pupils),
    ...TRACKS.map((track) =>
      figureColumn<T>(track, t(`tracks.${track}`), (row) => byTrack(row, track)),
    ),
    ...more.map((c) => figureColumn(c.key, c.header, c.cell)),
  ];
  return (
    <TableView {...table} captionClassName={null} rowHeaderClassName={null} columns={columns} />
  );
}

/** Loading, or the viewer may not read the orientation figures. */
export function OrientationLoadState({ pending }: { pending: boolean }) {
  const { t } = useTranslation('orientation');
  if (pending) return <p>{t('loading')}</p>;
  return (
    <div className="alert alert-warning" role="alert">
      {t('notAllowed')}
    </div>
  );
}
