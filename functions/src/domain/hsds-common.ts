// Open Referral HSDS 3.0: ids, taxonomies and helpers the import, the export and the CSV share
// (pure). `Json` and `isoDate` are for the hsds-* modules only (hsds.ts does not re-export them).

export const HSDS_VERSION = '3.0';
/** Taxonomy of the programme's categories and of the national portal's. */
export const CATEGORY_TAXONOMY = 'percorsi-categorie';
export const PIM_TAXONOMY = 'portale-integrazione-migranti';

export type Json = Record<string, unknown>;

/** A stable UUID-shaped id (128-bit hash, version nibble 8) for `kind` and our id. */
export function hsdsUuid(kind: string, id: string): string {
  const input = `${kind}:${id}`;
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < input.length; i++) {
    const k = input.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  const hex = [h1 ^ h2 ^ h3 ^ h4, h2 ^ h1, h3 ^ h1, h4 ^ h1]
    .map((h) => (h >>> 0).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The day of a date (YYYY-MM-DD), as HSDS dates are written. */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
