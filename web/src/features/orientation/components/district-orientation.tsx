import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import { TitledSection } from '@/components/ui/titled-section';
import { useDistrictOrientationStats } from '../api/orientation';
import { TrackTable } from './track-table';

/** The Ambito's view: advice by school and the pupils who left school, as suppressed counts. */
export function DistrictOrientation({ districtId }: { districtId: string }) {
  const { t } = useTranslation('orientation');
  const query = useDistrictOrientationStats(districtId);
  const stats = query.data;
  return (
    <TitledSection
      id="or-district-title"
      className="mt-5"
      headingClassName="h3"
      title={t('district.title')}
      intro={t('district.intro')}
    >
      {query.isPending ? (
        <p>{t('loading')}</p>
      ) : !stats || stats.schools.length === 0 ? (
        <p>{t('district.empty')}</p>
      ) : (
        <>
          <p className="fw-semibold">
            {t('district.leftTotal', { count: stats.leftSchool as number })}
          </p>
          <TrackTable
            caption={t('district.caption')}
            labelHeader={t('district.school')}
            label={(s) => s.name}
            pupils={(s) => s.pupils}
            byTrack={(s, track) => s.byTrack[track]}
            more={[
              { key: 'steered', header: t('district.steered'), cell: (s) => s.steered },
              { key: 'leftSchool', header: t('district.leftSchool'), cell: (s) => s.leftSchool },
            ]}
            rows={stats.schools}
            rowKey={(s) => s.schoolId}
          />
        </>
      )}
    </TitledSection>
  );
}
