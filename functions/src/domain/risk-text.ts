// How the engine writes numbers, dates and subjects in its sentences (Italian and English).
import type { SchoolSettings } from './school';

/**
 * Truncates (not rounds) to `decimals`, so a shown value never crosses the threshold it is
 * compared with (9.96% is shown as 9,9%, never as 10%).
 */
export function truncate(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.floor(n * f + 1e-9) / f;
}

export function fmt(n: number, lang: 'it' | 'en', decimals = 1): string {
  const t = truncate(n, decimals);
  let s = t.toFixed(decimals);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return lang === 'it' ? s.replace('.', ',') : s;
}

export function fmtDate(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function subjectLabel(key: string): string {
  return key.replace(/_/g, ' ');
}

/** "quadrimestre" or "trimestre", for the Italian sentences. */
export function termWord(termSystem: SchoolSettings['termSystem']): string {
  return termSystem === 'quadrimestri' ? 'quadrimestre' : 'trimestre';
}
