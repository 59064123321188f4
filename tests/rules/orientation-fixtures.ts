import type { OrientationRecord } from '@domain';

// Orientation records (issue 14) fed to both the zod schema and the rules (parity), and the
// valid record the access matrix writes.

export const validOrientation: OrientationRecord = {
  schoolYear: '2026/27',
  orientationHours: 18,
  review: {
    date: new Date('2026-10-20T00:00:00Z'),
    languages: [
      { language: 'ar', level: 'native' },
      { language: 'fr', level: 'B1' },
      { language: 'it', level: 'A2+' },
    ],
    strengthSubjects: ['matematica', 'scienze'],
    interests: 'Elettronica, calcio',
    schoolingAbroad: 'Cinque anni di scuola primaria in Marocco, in arabo e francese',
    outOfSchool: 'Aiuta il padre nella sua officina il sabato',
    familyExpectations: 'La famiglia vorrebbe un diploma tecnico',
    mediatorPresent: true,
    tutorNotes: '',
  },
  advice: {
    date: new Date('2026-11-10T00:00:00Z'),
    interests: 'Area tecnico-scientifica',
    certifications: 'DELF A2',
    recommendedTrack: 'tecnico',
    recommendedCourse: 'Elettronica ed elettrotecnica',
    familyTrack: null,
    enrolledSchool: '',
    enrolledTrack: null,
  },
  exam: {
    invalsiTaken: false,
    l2InsteadOfSecondLanguage: true,
    pdpInForce: true,
    pdpInExam: false,
    italianEntryTest: true,
    usedSecondLanguageHoursForL2: true,
  },
};

const v = validOrientation;
type Data = Record<string, unknown>;

/** Invalid records, each with one thing wrong: refused by the schema and by the rules. */
export const badOrientation: { label: string; data: Data }[] = [
  { label: 'hours above 200', data: { ...v, orientationHours: 201 } },
  { label: 'hours as text', data: { ...v, orientationHours: '18' } },
  { label: 'bad school year', data: { ...v, schoolYear: '2026/28' } },
  { label: 'unknown field', data: { ...v, extra: true } },
  { label: 'missing exam', data: { ...v, exam: undefined } },
  { label: 'unknown track', data: { ...v, advice: { ...v.advice, recommendedTrack: 'its' } } },
  { label: 'unknown family track', data: { ...v, advice: { ...v.advice, familyTrack: 'x' } } },
  {
    label: 'course too long',
    data: { ...v, advice: { ...v.advice, recommendedCourse: 'x'.repeat(201) } },
  },
  {
    label: 'unknown subject',
    data: { ...v, review: { ...v.review, strengthSubjects: ['astrologia'] } },
  },
  {
    label: 'bad language level',
    data: { ...v, review: { ...v.review, languages: [{ language: 'ar', level: 'fluent' }] } },
  },
  {
    label: 'bad language code',
    data: { ...v, review: { ...v.review, languages: [{ language: 'Arabic', level: 'A1' }] } },
  },
  {
    label: 'seven languages',
    data: {
      ...v,
      review: {
        ...v.review,
        languages: ['ar', 'fr', 'it', 'en', 'es', 'de', 'ro'].map((language) => ({
          language,
          level: 'A1',
        })),
      },
    },
  },
  {
    label: 'mediator as text',
    data: { ...v, review: { ...v.review, mediatorPresent: 'yes' } },
  },
  {
    label: 'review without date',
    data: { ...v, review: { ...v.review, date: undefined } },
  },
  { label: 'exam item as text', data: { ...v, exam: { ...v.exam, invalsiTaken: 'no' } } },
  { label: 'exam item missing', data: { ...v, exam: { ...v.exam, pdpInExam: undefined } } },
];

/** Drops `undefined` fields (the "missing" variants), as Firestore would refuse them. */
export function withoutUndefined(data: Data): Data {
  const clean = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(clean);
    if (value instanceof Date || value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, clean(v)]),
    );
  };
  return clean(data) as Data;
}
