import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { PageLoading } from '@/components/ui/page-loading';

type StatsQueryProps<T> = {
  query: UseQueryResult<T | null>;
  /** The page heading, shown above the message when there is nothing to show. */
  title: string;
  /** Why there is nothing to show. */
  emptyMessage: string;
  /** A document that exists but has nothing to show; a missing one never does. */
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
};

/** A stats document once it has loaded, or why it cannot be shown: loading, failed, empty. */
export function StatsQuery<T>({
  query,
  title,
  emptyMessage,
  isEmpty,
  children,
}: StatsQueryProps<T>) {
  const { t } = useTranslation('dashboard');
  if (query.isPending) return <PageLoading title={title} label={t('common.loading')} />;
  if (query.isError) {
    return (
      <div className="alert alert-danger" role="alert">
        {t('common.error')}
      </div>
    );
  }
  if (!query.data || isEmpty?.(query.data)) {
    return (
      <>
        <h1>{title}</h1>
        <div className="alert alert-info" role="status">
          {emptyMessage}
        </div>
      </>
    );
  }
  return children(query.data);
}
