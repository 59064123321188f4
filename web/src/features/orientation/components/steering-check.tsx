import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import { Link } from 'react-router';
import { TRACKS, type SchoolOrientationStats } from '@domain';
import { useLanguage } from '@/lib/i18n';
import { useSchoolOrientationStats } from '../api/orientation';

const pct = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—';

function fmtMark(n: number | null, language: string): string {
  return n === null
    ? '—'
    : n.toLocaleString(language === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 2 });
}

/** By group: the share advised to each track next to the group's mean mark. */
export function GroupTable({ stats }: { stats: SchoolOrientationStats }) {
  const { t } = useTranslation('orientation');
  const language = useLanguage();
  return (
    <section className="mt-5" aria-labelledby="or-groups-title">
      <h2 id="or-groups-title" className="h4">
        {t('groups.title')}
      </h2>
      <p>{t('groups.intro')}</p>
      <div className="table-responsive">
        <table className="table table-sm">
          <caption>{t('groups.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('groups.group')}</th>
              <th scope="col" className="text-end">
                {t('groups.pupils')}
              </th>
              {TRACKS.map((track) => (
                <th key={track} scope="col" className="text-end">
                  {t(`tracks.${track}`)}
                </th>
              ))}
              <th scope="col" className="text-end">
                {t('groups.meanMark')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.groups.map((g) => (
              <tr key={`${g.dimension}-${g.group}`}>
                <th scope="row">
                  <span className="text-secondary small d-block">
                    {t(`groups.dimension.${g.dimension}`)}
                  </span>
                  {t(`groups.names.${g.group as 'nai'}`)}
                </th>
                <td className="text-end">{g.pupils}</td>
                {TRACKS.map((track) => (
                  <td key={track} className="text-end">
                    {pct(g.byTrack[track], g.pupils)}
                  </td>
                ))}
                <td className="text-end">{fmtMark(g.meanMark, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The head's steering check: pupils advised a shorter track than their marks suggest. */
export function SteeringCheck({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation('orientation');
  const language = useLanguage();
  const query = useSchoolOrientationStats(schoolId);
  if (query.isPending) return <p>{t('loading')}</p>;
  if (query.isError) {
    return (
      <div className="alert alert-warning" role="alert">
        {t('notAllowed')}
      </div>
    );
  }
  const stats = query.data;
  if (!stats || stats.pupils === 0) return <p>{t('steering.none')}</p>;
  return (
    <>
      <section aria-labelledby="or-steering-title">
        <h2 id="or-steering-title" className="h4">
          {t('steering.title')}
        </h2>
        <p>{t('steering.intro')}</p>
        <p>
          {t('steering.summary', {
            pupils: stats.pupils,
            reviews: stats.reviews,
            fullHours: stats.fullHours,
          })}{' '}
          {stats.familyChoiceKnown > 0 &&
            t('steering.followed', {
              followed: stats.familyFollowedAdvice,
              known: stats.familyChoiceKnown,
            })}
        </p>
        {stats.steered.length === 0 ? (
          <p>{t('steering.empty')}</p>
        ) : (
          <div className="table-responsive">
            <table className="table">
              <caption>{t('steering.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('steering.pupil')}</th>
                  <th scope="col">{t('steering.class')}</th>
                  <th scope="col" className="text-end">
                    {t('steering.meanMark')}
                  </th>
                  <th scope="col">{t('steering.studyLevel')}</th>
                  <th scope="col">{t('steering.recommended')}</th>
                  <th scope="col">{t('steering.family')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.steered.map((p) => (
                  <tr key={p.pupilId}>
                    <th scope="row">
                      <Link to={`/alunni/${encodeURIComponent(p.pupilId)}/orientamento`}>
                        {p.name}
                      </Link>
                    </th>
                    <td>{p.className}</td>
                    <td className="text-end">{fmtMark(p.meanMark, language)}</td>
                    <td>{p.studyLevel ?? t('steering.firstLanguage')}</td>
                    <td>{t(`tracks.${p.recommendedTrack}`)}</td>
                    <td>{p.familyTrack ? t(`tracks.${p.familyTrack}`) : t('none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <GroupTable stats={stats} />
    </>
  );
}
