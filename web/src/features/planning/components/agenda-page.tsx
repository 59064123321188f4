import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cefrLabel, suggestPeerPairs, weekStart } from '@domain';
import { Loading } from '@/components/ui/loading';
import { languageName } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useAssignedPupils, useCaseloadNeeds } from '../api/get-caseload';
import { useMyPlans } from '../api/plans';
import type { CaseloadEntry } from '../lib/caseload';
import { type PlanPrefill, PlanForm } from './plan-form';
import { WeekAgenda } from './week-agenda';

const DAY_MS = 86_400_000;
/** Suggestions shown at once: a short list a person can actually weigh. */
const MAX_SUGGESTIONS = 8;

/** /agenda for educators and L2 teachers: caseload by need, week agenda, planning, peer pairs. */
export function AgendaPage({ schoolId, uid }: { schoolId: string; uid: string }) {
  const { t } = useTranslation('planning');
  const caseload = useAssignedPupils(schoolId, uid);
  const needs = useCaseloadNeeds(schoolId, uid, caseload.data);
  const plans = useMyPlans(schoolId, uid);
  const [weekOffset, setWeekOffset] = useState(0);
  const [prefill, setPrefill] = useState<PlanPrefill | null>(null);

  const monday = new Date(weekStart(new Date()).getTime() + weekOffset * 7 * DAY_MS);
  // By name until the cues of need arrive, then by need.
  const entries = useMemo(() => needs.data ?? caseload.data ?? [], [needs.data, caseload.data]);
  const names = useMemo(() => new Map(entries.map((e) => [e.pupilId, e.name])), [entries]);

  if (caseload.isPending || plans.isPending) return <Loading label={t('loading')} />;
  if (caseload.isError || plans.isError) {
    return (
      <div className="alert alert-danger" role="alert">
        {t('error')}
      </div>
    );
  }

  return (
    <>
      <CaseloadTable entries={entries} ranked={needs.isSuccess} />
      <WeekAgenda
        schoolId={schoolId}
        uid={uid}
        plans={plans.data}
        names={names}
        monday={monday}
        onWeek={(delta) => setWeekOffset((w) => (delta === 0 ? 0 : w + delta))}
      />
      <PlanForm
        schoolId={schoolId}
        uid={uid}
        caseload={entries}
        prefill={prefill}
        onClearPrefill={() => setPrefill(null)}
      />
      <PeerSuggestions entries={entries} names={names} onAccept={setPrefill} />
    </>
  );
}

function CaseloadTable({ entries, ranked }: { entries: CaseloadEntry[]; ranked: boolean }) {
  const { t } = useTranslation('planning');
  return (
    <section className="mb-5" aria-labelledby="caseload-title" aria-busy={!ranked}>
      <h2 className="h4" id="caseload-title">
        {t('caseload.title')}
      </h2>
      {!ranked && entries.length > 0 && <Loading label={t('caseload.ranking')} />}
      {entries.length === 0 ? (
        <p>{t('caseload.empty')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm">
            <thead>
              <tr>
                <th scope="col">{t('caseload.pupil')}</th>
                <th scope="col">{t('caseload.risk')}</th>
                <th scope="col">{t('caseload.l2')}</th>
                <th scope="col">{t('caseload.lastSession')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.pupilId}>
                  <th scope="row">
                    <Link to={`/alunni/${e.pupilId}`}>{e.name}</Link>
                  </th>
                  <td>{e.risk ? t(`risk.${e.risk.level}`) : t('caseload.unknown')}</td>
                  <td>{e.l2Level ? cefrLabel(e.l2Level) : t('caseload.unknown')}</td>
                  <td>
                    {e.daysSinceSession === null
                      ? t('caseload.never')
                      : t('caseload.daysAgo', { count: e.daysSinceSession })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type PeerSuggestionsProps = {
  entries: CaseloadEntry[];
  names: Map<string, string>;
  onAccept: (prefill: PlanPrefill) => void;
};

function PeerSuggestions({ entries, names, onAccept }: PeerSuggestionsProps) {
  const { t } = useTranslation('planning');
  const pairs = useMemo(() => {
    const all = suggestPeerPairs(
      entries.map((e) => ({
        id: e.pupilId,
        homeLanguages: e.homeLanguages,
        l2Level: e.l2Level,
        bornInItaly: e.bornInItaly,
      })),
    );
    // The closest tutor of each tutee (the list comes ordered by tutee, closest first).
    const seen = new Set<string>();
    return all.filter((p) => !seen.has(p.tuteePupilId) && seen.add(p.tuteePupilId));
  }, [entries]);

  return (
    <section className="mb-5" aria-labelledby="peer-title">
      <h2 className="h4" id="peer-title">
        {t('peer.title')}
      </h2>
      <p>{t('peer.hint')}</p>
      {pairs.length === 0 ? (
        <p>{t('peer.empty')}</p>
      ) : (
        <ul>
          {pairs.slice(0, MAX_SUGGESTIONS).map((p) => (
            <li key={`${p.tutorPupilId}-${p.tuteePupilId}`} className="mb-2">
              {t('peer.pair', {
                tutor: names.get(p.tutorPupilId) ?? '',
                tutee: names.get(p.tuteePupilId) ?? '',
                languages: p.sharedLanguages
                  .map((l) => languageName(l, currentLanguage()))
                  .join(', '),
              })}{' '}
              <button
                type="button"
                className="btn btn-outline-primary btn-sm"
                onClick={() =>
                  onAccept({
                    pupilIds: [p.tutorPupilId, p.tuteePupilId],
                    subject: 'Peer education',
                    peerPair: { tutorPupilId: p.tutorPupilId, tuteePupilId: p.tuteePupilId },
                  })
                }
              >
                {t('peer.accept')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
