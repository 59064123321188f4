/**
 * Validation messages shared by forms, functions and import reports. Schemas carry the key
 * (`validation.*`) as their error message, so every side can show it in the user's language.
 */
export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const validationMessages = {
  'validation.required': { it: 'Campo obbligatorio', en: 'Required field' },
  'validation.tooLong': { it: 'Testo troppo lungo', en: 'Text too long' },
  'validation.invalidDate': {
    it: 'Data non valida: scrivere gg/mm/aaaa (es. 05/03/2026)',
    en: 'Invalid date: write dd/mm/yyyy (e.g. 05/03/2026)',
  },
  'validation.impossibleDate': {
    it: 'Questo giorno non esiste nel calendario (es. 31/02, o 29/02 in un anno non bisestile)',
    en: 'This day does not exist in the calendar (e.g. 31/02, or 29/02 outside a leap year)',
  },
  'validation.dateInFuture': {
    it: 'La data non può essere nel futuro',
    en: 'The date cannot be in the future',
  },
  'validation.codiceMeccanografico': {
    it: 'Codice meccanografico non valido (10 caratteri, es. MIIC8AB00X)',
    en: 'Invalid school code (10 characters, e.g. MIIC8AB00X)',
  },
  'validation.codiceFiscale': {
    it: 'Codice fiscale non valido (16 caratteri, o 11 cifre se provvisorio)',
    en: 'Invalid tax code (16 characters, or 11 digits if provisional)',
  },
  'validation.countryCode': {
    it: 'Paese non valido (codice ISO di 2 lettere)',
    en: 'Invalid country (2-letter ISO code)',
  },
  'validation.languageCode': {
    it: 'Lingua non valida (codice ISO di 2 o 3 lettere)',
    en: 'Invalid language (2- or 3-letter ISO code)',
  },
  'validation.markRange': {
    it: 'Il voto deve essere tra 1 e 10',
    en: 'The mark must be between 1 and 10',
  },
  'validation.hoursRange': {
    it: 'Le ore devono essere un numero tra 0 e 2000',
    en: 'Hours must be a number between 0 and 2000',
  },
  'validation.absencesExceedHours': {
    it: 'Le ore di assenza non possono superare le ore di lezione',
    en: 'Absence hours cannot exceed lesson hours',
  },
  'validation.minutesRange': {
    it: 'La durata deve essere tra 5 e 480 minuti',
    en: 'Duration must be between 5 and 480 minutes',
  },
  'validation.invalidChoice': { it: 'Scelta non valida', en: 'Invalid choice' },
  'validation.schoolYear': {
    it: 'Anno scolastico non valido (es. 2025/26)',
    en: 'Invalid school year (e.g. 2025/26)',
  },
  'validation.classYear': {
    it: 'Anno di corso non valido per questo grado',
    en: 'Invalid class year for this level',
  },
  'validation.reasonRequired': {
    it: 'Indicare il motivo dell’assenza',
    en: 'Give the reason for the absence',
  },
  'validation.pdpDateRequired': {
    it: 'Indicare la data del PDP',
    en: 'Give the date of the PDP',
  },
  'validation.arrivalBeforeBirth': {
    it: 'La data di arrivo non può precedere la nascita',
    en: 'The arrival date cannot be before birth',
  },
  'validation.firstSchoolBeforeArrival': {
    it: 'Il primo ingresso a scuola in Italia non può precedere l’arrivo',
    en: 'First entry into an Italian school cannot be before arrival',
  },
  'validation.atLeastOne': { it: 'Indicarne almeno uno', en: 'Give at least one' },
  // referrals (issue 13)
  'validation.referralDueInPast': {
    it: 'La scadenza per la risposta deve essere nel futuro',
    en: 'The reply deadline must be in the future',
  },
  'validation.referralDueTooFar': {
    it: 'La scadenza per la risposta è troppo lontana (al massimo 120 giorni)',
    en: 'The reply deadline is too far away (120 days at most)',
  },
  'validation.referralOutcomeRequired': {
    it: 'Indicare l’esito per la famiglia',
    en: 'Give the outcome for the family',
  },
  'validation.unknownSubject': { it: 'Materia non riconosciuta', en: 'Unknown subject' },
  'validation.tooManyMarks': {
    it: 'Al massimo 13 voti per periodo',
    en: 'At most 13 marks per term',
  },
  'validation.email': { it: 'Indirizzo email non valido', en: 'Invalid email address' },
  'validation.number': { it: 'Inserire un numero', en: 'Enter a number' },
  'validation.startTime': { it: 'Ora non valida (es. 14:30)', en: 'Invalid time (e.g. 14:30)' },
  'validation.tooManyPupils': {
    it: 'Al massimo 6 alunni per incontro',
    en: 'At most 6 pupils per session',
  },
  'validation.individualOnePupil': {
    it: 'Un incontro individuale ha un solo alunno',
    en: 'An individual session has one pupil',
  },
  'validation.duplicatePupil': { it: 'Alunno ripetuto', en: 'Pupil listed twice' },
  'validation.recurrenceUntil': {
    it: 'La data di fine deve seguire la prima data, entro un anno',
    en: 'The end date must follow the first date, within a year',
  },
  'validation.attendanceEveryPupil': {
    it: 'Indicare la presenza di ogni alunno',
    en: 'Give the attendance of every pupil',
  },
  // services directory (issue 13)
  'validation.url': {
    it: 'Indirizzo web non valido (es. https://www.comune.milano.it)',
    en: 'Invalid web address (e.g. https://www.comune.milano.it)',
  },
  'validation.phone': { it: 'Numero di telefono non valido', en: 'Invalid phone number' },
  'validation.opensBeforeCloses': {
    it: 'L’orario di chiusura deve seguire l’apertura',
    en: 'Closing time must follow opening time',
  },
  'validation.slug': {
    it: 'Solo lettere minuscole, cifre e trattini',
    en: 'Lower-case letters, digits and hyphens only',
  },
  'validation.postalCode': { it: 'CAP non valido (5 cifre)', en: 'Invalid postcode (5 digits)' },
  'validation.categoryRequired': {
    it: 'Indicare almeno una categoria',
    en: 'Choose at least one category',
  },
  'validation.duplicate': { it: 'Valore ripetuto', en: 'Repeated value' },
  'validation.tooManyTranslations': {
    it: 'Al massimo 12 lingue per campo',
    en: 'At most 12 languages per field',
  },
  'validation.ageRange': {
    it: 'L’età massima non può essere inferiore alla minima',
    en: 'The maximum age cannot be below the minimum',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ValidationMessageKey = keyof typeof validationMessages;

/** Translates a schema message key; an unknown key is returned as it is. */
export function translateValidationMessage(key: string, language: Language): string {
  const entry = (validationMessages as Record<string, Record<Language, string>>)[key];
  return entry ? entry[language] : key;
}
