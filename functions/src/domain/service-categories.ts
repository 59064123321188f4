// The directory's categories: the programme's ten, with their names, and the national
// Portale Integrazione Migranti areas each falls under (the HSDS export's second taxonomy).

/** The programme's ten categories (DOMAIN.md), with stable ids. */
export const SERVICE_CATEGORIES = [
  'salute',
  'lavoro',
  'scuola-formazione',
  'casa',
  'trasporti',
  'accoglienza',
  'associazionismo',
  'italiano-l2',
  'contrasto-poverta',
  'progetti-locali',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** Italian and English names of the categories (the family page has its own, in 8 languages). */
export const SERVICE_CATEGORY_LABELS: Record<ServiceCategory, { it: string; en: string }> = {
  salute: { it: 'Salute', en: 'Health' },
  lavoro: { it: 'Lavoro', en: 'Work' },
  'scuola-formazione': {
    it: 'Scuola e formazione professionale',
    en: 'School and vocational training',
  },
  casa: { it: 'Casa', en: 'Housing' },
  trasporti: { it: 'Trasporti', en: 'Transport' },
  accoglienza: { it: 'Accoglienza', en: 'Reception' },
  associazionismo: { it: 'Associazionismo', en: 'Associations' },
  'italiano-l2': { it: 'Corsi di italiano L2', en: 'Italian (L2) courses' },
  'contrasto-poverta': {
    it: 'Enti del privato sociale contro la povertà',
    en: 'Non-profit organisations against poverty',
  },
  'progetti-locali': { it: 'Progetti locali', en: 'Local projects' },
};

/**
 * Areas of the national Portale Integrazione Migranti (integrazionemigranti.gov.it), used as a
 * second taxonomy in the HSDS export so that a directory can be matched with the portal's.
 */
export const PIM_CATEGORIES = {
  lavoro: 'Lavoro',
  salute: 'Salute',
  casa: 'Casa',
  'istruzione-formazione': 'Istruzione e formazione',
  'lingua-italiana': 'Lingua italiana',
  'minori-seconde-generazioni': 'Minori e seconde generazioni',
  'mediazione-interculturale': 'Mediazione interculturale',
  accoglienza: 'Accoglienza',
  'vita-sociale': 'Associazionismo e vita sociale',
  'servizi-sociali': 'Servizi sociali e contrasto alla povertà',
  trasporti: 'Trasporti e mobilità',
  'progetti-territoriali': 'Progetti territoriali',
} as const;
export type PimCategory = keyof typeof PIM_CATEGORIES;

/** Each programme category and the portal's areas it falls under. */
export const CATEGORY_TO_PIM: Record<ServiceCategory, readonly PimCategory[]> = {
  salute: ['salute'],
  lavoro: ['lavoro'],
  'scuola-formazione': ['istruzione-formazione', 'minori-seconde-generazioni'],
  casa: ['casa'],
  trasporti: ['trasporti'],
  accoglienza: ['accoglienza', 'mediazione-interculturale'],
  associazionismo: ['vita-sociale', 'mediazione-interculturale'],
  'italiano-l2': ['lingua-italiana'],
  'contrasto-poverta': ['servizi-sociali'],
  'progetti-locali': ['progetti-territoriali', 'minori-seconde-generazioni'],
};
