import { useEffect, useRef, useState } from 'react';

/** How far below the fold a chart starts drawing, so scrolling rarely meets an empty box. */
const MARGIN = '300px';

/**
 * True once the element comes near the viewport, or the page is about to be printed (the
 * printable report needs every chart). Where IntersectionObserver is missing, true at once.
 * Lets the dashboard draw the charts in view first instead of all of them while loading.
 */
export function useNearViewport<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    const show = () => setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) show();
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [near]);

  return { ref, near };
}
