/** Italian-friendly first names, language names, months and Lombard birthplaces (data). */
import { list } from './countries';

/** Names families born or settled in Italy often choose. */
export const ITALIAN_FRIENDLY = {
  M: list('Luca, Matteo, Adam, Kevin, Christian, Leonardo, Alessio, Daniel, Samuel, Nicolas'),
  F: list('Sofia, Giulia, Noemi, Aurora, Alice, Emily, Giorgia, Melissa, Sara, Rebecca'),
};

export const LANGUAGE_NAMES: Record<string, string> = {
  ro: 'rumeno',
  sq: 'albanese',
  ar: 'arabo',
  ber: 'berbero',
  zh: 'cinese',
  wuu: 'wenzhouese',
  tl: 'tagalog',
  uk: 'ucraino',
  ru: 'russo',
  hi: 'hindi',
  pa: 'punjabi',
  es: 'spagnolo',
  qu: 'quechua',
  ur: 'urdu',
  wo: 'wolof',
  fr: 'francese',
  bn: 'bengalese',
  si: 'singalese',
  ta: 'tamil',
  en: 'inglese',
  ig: 'igbo',
  yo: 'yoruba',
  bin: 'edo',
  pt: 'portoghese',
  it: 'italiano',
};

export const ITALIAN_MONTHS = list(
  'gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre',
);

/** Lombard municipalities (codice catastale) for pupils born in Italy. */
export const BIRTHPLACES: (readonly [string, number])[] = [
  ['F205', 70], // Milano
  ['I690', 8], // Sesto San Giovanni
  ['C707', 7], // Cinisello Balsamo
  ['F704', 7], // Monza
  ['A794', 4], // Bergamo
  ['B157', 4], // Brescia
];
