import { Suspense, type ReactNode } from 'react';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';

/**
 * A page's heavy part (lazy modules, the Firestore SDK): mounted once the page's first frame is
 * painted, with `fallback` shown meanwhile and while its code loads.
 */
export function AfterFirstPaint({
  fallback,
  children,
}: {
  fallback: ReactNode;
  children: ReactNode;
}) {
  const painted = useAfterFirstPaint();
  return <Suspense fallback={fallback}>{painted ? children : fallback}</Suspense>;
}
