import { useTranslation } from 'react-i18next';
import '@/features/pupil-sheet/locales';
import { isNai, type Language } from '@domain';
import { countryName, formatDate, languageName } from '@/lib/format';
import type { PupilSheetData } from '../lib/sheet';
import { Field, SheetSection } from './sheet-section';

type SheetProfileProps = { data: PupilSheetData; language: Language; today: Date };

/** Who the pupil is: class, birth, languages, arrival and first Italian school, NAI, PDP. */
export function SheetProfile({ data, language, today }: SheetProfileProps) {
  const { t } = useTranslation('pupilSheet');
  const { pupil, schoolClass, school } = data;
  const date = (d: Date) => formatDate(d, language);
  const nai = school ? isNai(pupil, today, school.settings.naiMonths) : null;
  const className = schoolClass?.name ?? t('none');
  return (
    <SheetSection id="sheet-profile" title={t('profile.title')}>
      <dl className="row mb-0 small">
        <Field label={t('profile.class')}>{className}</Field>
        <Field label={t('profile.birthDate')}>{date(pupil.birthDate)}</Field>
        <Field label={t('profile.countryOfBirth')}>
          {countryName(pupil.countryOfBirth, language)}
        </Field>
        <Field label={t('profile.homeLanguages')}>
          {pupil.homeLanguages.map((l) => languageName(l, language)).join(', ')}
        </Field>
        <Field label={t('profile.arrival')}>
          {pupil.arrivalDate ? date(pupil.arrivalDate) : t('none')}
        </Field>
        <Field label={t('profile.firstSchool')}>
          {pupil.firstItalianSchoolDate ? date(pupil.firstItalianSchoolDate) : t('none')}
        </Field>
        <Field label={t('profile.nai')}>
          {nai === null ? t('none') : nai ? t('profile.yes') : t('profile.no')}
        </Field>
        <Field label={t('profile.placement')}>{t(`profile.placements.${pupil.placement}`)}</Field>
        <Field label={t('profile.pdp')}>
          {pupil.pdp && pupil.pdpDate
            ? t('profile.pdpOn', { date: date(pupil.pdpDate) })
            : t('profile.no')}
        </Field>
      </dl>
    </SheetSection>
  );
}
