import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import { Link } from 'react-router';
import type { SchoolOrientationStats } from '@domain';
import { TitledSection } from '@/components/ui/titled-section';
import { useLanguage } from '@/lib/i18n';
import { useSchoolOrientationStats } from '../api/orientation';
import { OrientationLoadState, TrackTable } from './track-table';

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
    <TitledSection
      id="or-groups-title"
      className="mt-5"
      title={t('groups.title')}
      intro={t('groups.intro')}
    >
      <TrackTable
        caption={t('groups.caption')}
        labelHeader={t('groups.group')}
        label={(g) => (
          <>
            <span className="text-secondary small d-block">
              {t(`groups.dimension.${g.dimension}`)}
            </span>
            {t(`groups.names.${g.group as 'nai'}`)}
          </>
        )}
        pupils={(g) => g.pupils}
        byTrack={(g, track) => pct(g.byTrack[track], g.pupils)}
        more={[
          {
            key: 'meanMark',
            header: t('groups.meanMark'),
            cell: (g) => fmtMark(g.meanMark, language),
          },
        ]}
        rows={stats.groups}
        rowKey={(g) => `${g.dimension}-${g.group}`}
      />
    </TitledSection>
  );
}

/** The head's steering check: pupils advised a shorter track than their marks suggest. */
export function SteeringCheck({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation('orientation');
  const language = useLanguage();
  const query = useSchoolOrientationStats(schoolId);
  if (query.isPending || query.isError) return <OrientationLoadState pending={query.isPending} />;
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
