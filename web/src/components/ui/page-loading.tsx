import type { ReactNode } from 'react';
import { Loading } from './loading';

type PageLoadingProps = {
  /** The page's heading, painted at once: it is what a slow phone shows first. */
  title: ReactNode;
  label: string;
};

/**
 * A page whose data (or code) is still on its way: its heading and a spinner, a screen tall so
 * that whatever the route renders below it (and the footer) never sits in view and then jumps
 * down when the page arrives (a layout shift).
 */
export function PageLoading({ title, label }: PageLoadingProps) {
  return (
    <div className="min-vh-100">
      <h1>{title}</h1>
      <Loading label={label} />
    </div>
  );
}
