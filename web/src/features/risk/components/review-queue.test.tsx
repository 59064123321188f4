import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { evidenceKey, type RiskFlag } from '@domain';
import { renderWithProviders } from '@/testing/test-utils';
import { readRisks, type PupilRisk } from '../api/risk-refs';
import { reviewFlag } from '../api/review-flag';
import { storedRiskFixture } from '../testing/risk-fixtures';
import { ReviewQueue, ReviewQueueNavLabel } from './review-queue';

// Firestore is replaced at the edge (the query and its snapshot): the queue's own code —
// pending filter, ordering, the decision and the refetch of its key — runs as in the app.
vi.mock('firebase/firestore', () => ({
  getDocs: vi.fn(() => Promise.resolve({})),
  query: vi.fn(() => ({})),
  where: vi.fn(() => ({})),
}));
vi.mock('../api/risk-refs', () => ({ riskGroup: vi.fn(), readRisks: vi.fn() }));
vi.mock('../api/pupil-names', () => ({
  coordinatedClassIds: vi.fn(() => Promise.resolve(['2b-sec1'])),
  classNames: vi.fn(() => Promise.resolve(new Map([['2b-sec1', '2B']]))),
  scopePupilNames: vi.fn(() =>
    Promise.resolve(
      new Map([
        ['p-low', 'Bianchi Sara'],
        ['p-high', 'Chen Wei'],
        ['p-mid', 'El Idrissi Amina'],
      ]),
    ),
  ),
}));
vi.mock('../api/review-flag', () => ({ reviewFlag: vi.fn() }));

const SCHOOL = 'ic-manzoni';
const flag = (code: string, level: 'amber' | 'red'): RiskFlag => ({
  code,
  level,
  role: 'academic',
  evidence: { n: 1 },
  sentence: { it: `Frase ${code}`, en: `Sentence ${code}` },
});

let risks: PupilRisk[];

beforeEach(() => {
  vi.clearAllMocks();
  risks = [
    {
      ...storedRiskFixture({ score: 11, flags: [flag('meanMark', 'amber')], reviews: {} }),
      pendingReview: ['meanMark'],
      pupilId: 'p-low',
    },
    {
      ...storedRiskFixture({ score: 24, flags: [flag('conduct', 'red')], reviews: {} }),
      pendingReview: ['conduct'],
      pupilId: 'p-high',
    },
    {
      ...storedRiskFixture({
        score: 15,
        flags: [flag('meanMark', 'amber'), flag('failingSubjects', 'amber')],
        reviews: {},
      }),
      // Only what the functions list as pending is queued.
      pendingReview: ['failingSubjects'],
      pupilId: 'p-mid',
    },
  ];
  vi.mocked(readRisks).mockImplementation(() => ({ items: risks, unreadable: 0 }));
  vi.mocked(reviewFlag).mockImplementation(async ({ pupilId, code, decision, reason }) => {
    // What the callable writes: a review on the same evidence, and the shorter pending list.
    risks = risks.map((r) => {
      const decided = r.flags.find((f) => f.code === code);
      if (r.pupilId !== pupilId || !decided) return r;
      const at = new Date();
      const review = { decision, reason, byUid: 'demo-coordinator', byName: 'P', at };
      return {
        ...r,
        reviews: { ...r.reviews, [code]: { ...review, evidenceKey: evidenceKey(decided) } },
        pendingReview: r.pendingReview.filter((c) => c !== code),
      };
    });
    return { reviewedLevel: 'green' };
  });
});

const coordinator = { uid: 'demo-coordinator', role: 'coordinator' as const };

function renderQueue(viewer: { uid: string; role: 'coordinator' | 'head' } = coordinator) {
  return renderWithProviders(
    <>
      <nav>
        <ReviewQueueNavLabel schoolId={SCHOOL} viewer={viewer} label="Da rivedere" />
      </nav>
      <main>
        <ReviewQueue schoolId={SCHOOL} viewer={viewer} />
      </main>
    </>,
  );
}

const itemTitles = () =>
  within(screen.getByRole('main'))
    .getAllByRole('article')
    .map((a) => within(a).getByRole('heading', { level: 2 }).textContent);

describe('ReviewQueue', () => {
  it('lists the pending flags, highest score first, with pupil link, class, sentence and level', async () => {
    renderQueue();
    expect(await screen.findByText('3 segnalazioni da rivedere')).toBeInTheDocument();
    expect(itemTitles()).toEqual([
      'Chen Wei (2B) – Comportamento',
      'El Idrissi Amina (2B) – Insufficienze',
      'Bianchi Sara (2B) – Media dei voti',
    ]);
    const first = screen.getAllByRole('article')[0]!;
    expect(within(first).getByRole('link', { name: 'Chen Wei' })).toHaveAttribute(
      'href',
      '/alunni/p-high',
    );
    expect(within(first).getByText('Frase conduct')).toBeInTheDocument();
    expect(within(first).getByText('Livello della segnalazione: Rosso')).toBeInTheDocument();
  });

  it('shows the count next to the menu entry', async () => {
    renderQueue();
    const nav = screen.getByRole('navigation');
    expect(await within(nav).findByText('Da rivedere, 3 in attesa')).toBeInTheDocument();
  });

  it('dismisses a flag with a reason in place; the item leaves the queue and the count drops', async () => {
    const user = userEvent.setup();
    renderQueue();
    await screen.findByText('3 segnalazioni da rivedere');
    const item = screen.getByRole('article', { name: /El Idrissi Amina/ });
    await user.click(within(item).getByRole('button', { name: 'Respingi la segnalazione' }));
    expect(reviewFlag).not.toHaveBeenCalled();
    await user.type(within(item).getByLabelText(/Motivo della decisione/), 'Già recuperate');
    await user.click(within(item).getByRole('button', { name: 'Respingi la segnalazione' }));

    expect(reviewFlag).toHaveBeenCalledWith({
      schoolId: SCHOOL,
      pupilId: 'p-mid',
      code: 'failingSubjects',
      decision: 'dismissed',
      reason: 'Già recuperate',
    });
    expect(await screen.findByText('2 segnalazioni da rivedere')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /El Idrissi Amina/ })).toBeNull();
    expect(
      within(screen.getByRole('navigation')).getByText('Da rivedere, 2 in attesa'),
    ).toBeInTheDocument();
  });

  it('keeps out a flag whose review already covers its evidence, even if still listed', async () => {
    const [low] = risks;
    const decided = low!.flags[0]!;
    risks[0] = {
      ...low!,
      reviews: {
        meanMark: {
          decision: 'confirmed',
          reason: 'Visto',
          byUid: 'u',
          byName: 'U',
          at: new Date(),
          evidenceKey: evidenceKey(decided),
        },
      },
    };
    renderQueue();
    expect(await screen.findByText('2 segnalazioni da rivedere')).toBeInTheDocument();
  });

  it('lets the head decide from the whole school queue too', async () => {
    renderQueue({ uid: 'demo-head', role: 'head' });
    await screen.findByText('3 segnalazioni da rivedere');
    expect(screen.getAllByRole('button', { name: 'Respingi la segnalazione' })).toHaveLength(3);
    expect(screen.queryByText(/Le decisioni spettano/)).toBeNull();
  });
});
