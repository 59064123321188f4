/** A well-formed codice fiscale for demo pupils. */

const CF_MONTHS = 'ABCDEHLMPRST';
const CF_ODD = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

function cfPart(name: string, isFirstName: boolean): string {
  const clean = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  const consonants = clean.replace(/[AEIOU]/g, '');
  const vowels = clean.replace(/[^AEIOU]/g, '');
  if (isFirstName && consonants.length >= 4) {
    return `${consonants[0]}${consonants[2]}${consonants[3]}`;
  }
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

function cfCheck(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    const ch = partial.charAt(i);
    const isDigit = ch >= '0' && ch <= '9';
    const idx = isDigit ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (CF_ODD[idx] ?? 0) : idx;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** A well-formed codice fiscale (check character included; omocodia ignored). */
export function codiceFiscale(
  lastName: string,
  firstName: string,
  birthDate: Date,
  sex: 'F' | 'M',
  belfiore: string,
): string {
  const yy = String(birthDate.getUTCFullYear() % 100).padStart(2, '0');
  const mm = CF_MONTHS.charAt(birthDate.getUTCMonth());
  const dd = String(birthDate.getUTCDate() + (sex === 'F' ? 40 : 0)).padStart(2, '0');
  const partial = `${cfPart(lastName, false)}${cfPart(firstName, true)}${yy}${mm}${dd}${belfiore}`;
  return partial + cfCheck(partial);
}
