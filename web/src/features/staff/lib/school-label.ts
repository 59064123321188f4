import type { School } from '@domain';

/** "IIS Volta – Milano (MIIS01200T)": name, city and codice meccanografico tell schools apart. */
export function schoolLabel(school: Pick<School, 'name' | 'city' | 'code'>): string {
  return `${school.name} – ${school.city} (${school.code})`;
}
