import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/planning/locales';
import { Link } from 'react-router';
import { cefrLabel, suggestPeerPairs, weekStart } from '@domain';
import { Loading } from '@/components/ui/loading';
import { labelColumn, TableView } from '@/components/ui/table-view';
import { languageName } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useAssignedPupils, useCaseloadCues, useDaysSinceSessions } from '../api/get-caseload';
import { useClassNames } from '../api/get-class-names';
import { useMyPlans } from '../api/plans';
import { type CaseloadEntry, orderByNeed } from '../lib/caseload';
import { type PlanPrefill, PlanForm } from './plan-form';
import { WeekAgenda } from './week-agenda';

const DAY_MS = 86_400_000;
/** Suggestions shown at once: a short list a person can actually weigh. */
const MAX_SUGGESTIONS = 8;

type AgendaTab = 'week' | 'caseload';
const TABS: readonly AgendaTab[] = ['week', 'caseload'];

/**
 * /agenda for educators and L2 teachers: the week first, with the planning form and the peer
 * pairs; the caseload by need on its own tab, read and drawn only when that tab is opened.
 */
export function AgendaPage({ schoolId, uid }: { schoolId: string; uid: string }) {
  const { t } = useTranslation('planning');
  const [tab, setTab] = useState<AgendaTab>('week');
  const caseload = useAssignedPupils(schoolId, uid);
  const plans = useMyPlans(schoolId, uid);
  const pupilIds = useMemo(() => caseload.data?.map((p) => p.pupilId), [caseload.data]);
  // The week needs only the pupils and the plans: the rest is read once it is on screen.
  const weekShown = caseload.isSuccess && plans.isSuccess;
  const cues = useCaseloadCues(schoolId, uid, weekShown ? pupilIds : undefined);
  const lastSessions = useDaysSinceSessions(schoolId, uid, pupilIds, tab === 'caseload');
  const classNames = useClassNames(schoolId, weekShown);
  const [weekOffset, setWeekOffset] = useState(0);
  const [prefill, setPrefill] = useState<PlanPrefill | null>(null);

  const monday = new Date(weekStart(new Date()).getTime() + weekOffset * 7 * DAY_MS);
  // By name, with the cues merged in as they arrive.
  const entries = useMemo(
    () =>
      (caseload.data ?? []).map((e) => ({
        ...e,
        ...cues.data?.get(e.pupilId),
        daysSinceSession: lastSessions.data?.get(e.pupilId) ?? null,
      })),
    [caseload.data, cues.data, lastSessions.data],
  );
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
      <AgendaTabs current={tab} onSelect={setTab} />
      <div
        role="tabpanel"
        id="agenda-panel-week"
        aria-labelledby="agenda-tab-week"
        hidden={tab !== 'week'}
      >
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
          classNames={classNames.data ?? NO_CLASS_NAMES}
          cuesReady={cues.isSuccess}
          prefill={prefill}
          onClearPrefill={() => setPrefill(null)}
        />
        <PeerSuggestions entries={entries} names={names} onAccept={setPrefill} />
      </div>
      <div
        role="tabpanel"
        id="agenda-panel-caseload"
        aria-labelledby="agenda-tab-caseload"
        hidden={tab !== 'caseload'}
      >
        {tab === 'caseload' && (
          <CaseloadTable entries={entries} ranked={cues.isSuccess && lastSessions.isSuccess} />
        )}
      </div>
    </>
  );
}

const NO_CLASS_NAMES: ReadonlyMap<string, string> = new Map();

/** The ARIA tabs pattern: arrow keys, Home and End move between the tabs and select them. */
function AgendaTabs({
  current,
  onSelect,
}: {
  current: AgendaTab;
  onSelect: (tab: AgendaTab) => void;
}) {
  const { t } = useTranslation('planning');
  const refs = useRef(new Map<AgendaTab, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.indexOf(current);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    refs.current.get(next)?.focus();
  }

  return (
    <div
      role="tablist"
      aria-label={t('tabs.label')}
      className="nav nav-tabs mb-4"
      onKeyDown={onKeyDown}
    >
      {TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            if (el) refs.current.set(tab, el);
          }}
          type="button"
          role="tab"
          id={`agenda-tab-${tab}`}
          aria-selected={tab === current}
          aria-controls={`agenda-panel-${tab}`}
          tabIndex={tab === current ? 0 : -1}
          className={`nav-link${tab === current ? ' active' : ''}`}
          onClick={() => onSelect(tab)}
        >
          {t(`tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}

function CaseloadTable({ entries, ranked }: { entries: CaseloadEntry[]; ranked: boolean }) {
  const { t } = useTranslation('planning');
  // By name until every cue has arrived, then by need.
  const rows = useMemo(() => (ranked ? orderByNeed(entries) : entries), [entries, ranked]);
  return (
    <section className="mb-5" aria-labelledby="caseload-title" aria-busy={!ranked}>
      <h2 className="h4" id="caseload-title">
        {t('caseload.title')}
      </h2>
      {!ranked && entries.length > 0 && <Loading label={t('caseload.ranking')} />}
      {entries.length === 0 ? (
        <p>{t('caseload.empty')}</p>
      ) : (
        <TableView
          rowHeaderClassName={null}
          columns={[
            labelColumn('pupil', t('caseload.pupil'), (e: CaseloadEntry) => (
              <Link to={`/alunni/${e.pupilId}`}>{e.name}</Link>
            )),
            labelColumn('risk', t('caseload.risk'), (e: CaseloadEntry) =>
              e.risk ? t(`risk.${e.risk.level}`) : t('caseload.unknown'),
            ),
            labelColumn('l2', t('caseload.l2'), (e: CaseloadEntry) =>
              e.l2Level ? cefrLabel(e.l2Level) : t('caseload.unknown'),
            ),
            labelColumn('lastSession', t('caseload.lastSession'), (e: CaseloadEntry) =>
              e.daysSinceSession === null
                ? t('caseload.never')
                : t('caseload.daysAgo', { count: e.daysSinceSession }),
            ),
          ]}
          rows={rows}
          rowKey={(e) => e.pupilId}
        />
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
