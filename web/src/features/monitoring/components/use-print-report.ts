import { useEffect, useState } from 'react';
import type { MonitoringReport } from '@domain';

/** Prints one frozen report: renders it into the print area, prints, then clears it. */
export function usePrintReport() {
  const [printing, setPrinting] = useState<MonitoringReport | null>(null);
  useEffect(() => {
    if (!printing) return;
    document.body.classList.add('monitoring-printing');
    const done = () => {
      document.body.classList.remove('monitoring-printing');
      setPrinting(null);
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('monitoring-printing');
    };
  }, [printing]);
  return { printing, print: setPrinting };
}
