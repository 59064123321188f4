import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import { TRACKS } from '@domain';
import { useDistrictOrientationStats } from '../api/orientation';

/** The Ambito's view: advice by school and the pupils who left school, as suppressed counts. */
export function DistrictOrientation({ districtId }: { districtId: string }) {
  const { t } = useTranslation('orientation');
  const query = useDistrictOrientationStats(districtId);
  const stats = query.data;
  return (
    <section className="mt-5" aria-labelledby="or-district-title">
      <h2 id="or-district-title" className="h3">
        {t('district.title')}
      </h2>
      <p>{t('district.intro')}</p>
      {query.isPending ? (
        <p>{t('loading')}</p>
      ) : !stats || stats.schools.length === 0 ? (
        <p>{t('district.empty')}</p>
      ) : (
        <>
          <p className="fw-semibold">
            {t('district.leftTotal', { count: stats.leftSchool as number })}
          </p>
          <div className="table-responsive">
            <table className="table table-sm">
              <caption>{t('district.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('district.school')}</th>
                  <th scope="col" className="text-end">
                    {t('groups.pupils')}
                  </th>
                  {TRACKS.map((track) => (
                    <th key={track} scope="col" className="text-end">
                      {t(`tracks.${track}`)}
                    </th>
                  ))}
                  <th scope="col" className="text-end">
                    {t('district.steered')}
                  </th>
                  <th scope="col" className="text-end">
                    {t('district.leftSchool')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {stats.schools.map((s) => (
                  <tr key={s.schoolId}>
                    <th scope="row">{s.name}</th>
                    <td className="text-end">{s.pupils}</td>
                    {TRACKS.map((track) => (
                      <td key={track} className="text-end">
                        {s.byTrack[track]}
                      </td>
                    ))}
                    <td className="text-end">{s.steered}</td>
                    <td className="text-end">{s.leftSchool}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
