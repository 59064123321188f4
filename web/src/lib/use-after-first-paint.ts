import { useEffect, useState } from 'react';

/**
 * False until the page's first frame is on screen, then true. A page mounts its data part (the
 * Firestore SDK, a few hundred KB to evaluate on a school laptop or a phone) only then, so its
 * heading is painted first instead of waiting behind that work (Lighthouse's LCP).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // requestAnimationFrame runs just before the next paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}
