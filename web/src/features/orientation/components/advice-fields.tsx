import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import type { OrientationAdvice } from '@domain';
import { DateInput, Text, TrackSelect } from './orientation-fields';

/** The consiglio di orientamento, then the family's choice and where the pupil enrolled. */
export function AdviceFields({
  advice,
  setAdvice,
}: {
  advice: OrientationAdvice;
  setAdvice: (patch: Partial<OrientationAdvice>) => void;
}) {
  const { t } = useTranslation('orientation');
  return (
    <>
      <DateInput
        id="or-advice-date"
        label={t('advice.date')}
        value={advice.date}
        onChange={(date) => setAdvice({ date })}
      />
      <Text
        id="or-advice-interests"
        label={t('advice.interests')}
        value={advice.interests}
        onChange={(v) => setAdvice({ interests: v })}
      />
      <Text
        id="or-advice-certifications"
        label={t('advice.certifications')}
        value={advice.certifications}
        onChange={(v) => setAdvice({ certifications: v })}
        rows={1}
      />
      <TrackSelect
        id="or-advice-track"
        label={t('advice.recommendedTrack')}
        value={advice.recommendedTrack}
        onChange={(recommendedTrack) => setAdvice({ recommendedTrack })}
      />
      <Text
        id="or-advice-course"
        label={t('advice.recommendedCourse')}
        value={advice.recommendedCourse}
        onChange={(v) => setAdvice({ recommendedCourse: v })}
        rows={1}
      />
      <h3 className="h6 mt-4">{t('advice.familyLegend')}</h3>
      <TrackSelect
        id="or-family-track"
        label={t('advice.familyTrack')}
        value={advice.familyTrack}
        onChange={(familyTrack) => setAdvice({ familyTrack })}
        unknownLabel={t('advice.unknown')}
      />
      <Text
        id="or-enrolled-school"
        label={t('advice.enrolledSchool')}
        value={advice.enrolledSchool}
        onChange={(v) => setAdvice({ enrolledSchool: v })}
        rows={1}
      />
      <TrackSelect
        id="or-enrolled-track"
        label={t('advice.enrolledTrack')}
        value={advice.enrolledTrack}
        onChange={(enrolledTrack) => setAdvice({ enrolledTrack })}
        unknownLabel={t('advice.unknown')}
      />
    </>
  );
}
