import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ageAt, isNai, monthsInItalianSchool, type Pupil } from '@domain';
import { countryName, formatDate, languageName } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { PupilRecord } from '../lib/types';

type PupilProfileProps = {
  pupil: PupilRecord;
  naiMonths: number;
  asOf: Date;
};

const PLACEMENT_KEYS = {
  byAge: 'pupil.placementByAge',
  oneYearLower: 'pupil.placementOneYearLower',
  twoYearsLower: 'pupil.placementTwoYearsLower',
} as const satisfies Record<Pupil['placement'], string>;

/** "Profilo e percorso": the intake facts of a pupil as a definition list. */
export function PupilProfile({ pupil, naiMonths, asOf }: PupilProfileProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = (d: Date) => formatDate(d, language);
  const months = monthsInItalianSchool(pupil, asOf);

  const rows: [label: string, value: ReactNode][] = [
    [t('pupil.birthDate'), date(pupil.birthDate)],
    [t('pupil.age'), t('pupil.years', { count: ageAt(pupil.birthDate, asOf) })],
    [t('pupil.sex'), pupil.sex === 'F' ? t('pupil.sexF') : t('pupil.sexM')],
    [t('pupil.countryOfBirth'), countryName(pupil.countryOfBirth, language)],
    [t('pupil.citizenships'), pupil.citizenships.map((c) => countryName(c, language)).join(', ')],
    [
      t('pupil.homeLanguages'),
      pupil.homeLanguages.map((l) => languageName(l, language)).join(', '),
    ],
    [t('pupil.arrivalDate'), pupil.arrivalDate ? date(pupil.arrivalDate) : t('pupils.bornInItaly')],
    [
      t('pupil.firstSchoolDate'),
      pupil.firstItalianSchoolDate ? date(pupil.firstItalianSchoolDate) : t('common.notGiven'),
    ],
    [
      t('pupil.monthsInSchool'),
      months === null ? t('common.notGiven') : t('pupil.months', { count: Math.max(0, months) }),
    ],
    [
      t('pupil.nai'),
      isNai(pupil, asOf, naiMonths) ? t('pupil.naiYes', { months: naiMonths }) : t('pupil.naiNo'),
    ],
    [
      t('pupil.priorSchooling'),
      t('pupil.priorSchoolingValue', {
        years: t('pupil.years', { count: pupil.priorSchoolingYears }),
        continuity: pupil.priorSchoolingInterrupted
          ? t('pupil.interrupted')
          : t('pupil.notInterrupted'),
      }),
    ],
    [t('pupil.placement'), t(PLACEMENT_KEYS[pupil.placement])],
    [
      t('pupil.pdp'),
      pupil.pdp && pupil.pdpDate
        ? t('pupil.pdpYes', { date: date(pupil.pdpDate) })
        : t('pupil.pdpNo'),
    ],
    [
      t('pupil.notes'),
      pupil.notes.trim() === '' ? (
        t('pupil.noNotes')
      ) : (
        <span style={{ whiteSpace: 'pre-wrap' }}>{pupil.notes}</span>
      ),
    ],
  ];

  return (
    <dl>
      {rows.map(([label, value]) => (
        <div key={label} className="row mb-2">
          <dt className="col-sm-5 col-lg-4">{label}</dt>
          <dd className="col-sm-7 col-lg-8 mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
