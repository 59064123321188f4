import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';
import { useClassCoordinator } from '../api/get-class-coordinator';
import { useRisk } from '../api/get-risk';
import { useRiskHistory } from '../api/get-risk-history';
import { useReviewFlag } from '../api/review-flag';
import { riskHistoryFixture, storedRiskFixture, success } from '../testing/risk-fixtures';
import { RiskPanel } from './risk-panel';

// The api hooks are replaced: these tests are about what each role sees and does; the
// listeners themselves run against the emulators in tests/e2e/risk-flags.test.ts.
vi.mock('../api/get-risk', () => ({ useRisk: vi.fn() }));
vi.mock('../api/get-risk-history', () => ({ useRiskHistory: vi.fn() }));
vi.mock('../api/get-class-coordinator', () => ({ useClassCoordinator: vi.fn() }));
vi.mock('../api/review-flag', () => ({ useReviewFlag: vi.fn() }));

const mutateAsync = vi.fn<(input: unknown) => Promise<unknown>>();
const SCHOOL = 'ic-manzoni';
const PUPIL = 'pupil-1';

beforeEach(() => {
  // Cleared here, not after: resetting the language below re-renders the previous test's tree.
  vi.clearAllMocks();
  vi.mocked(useRisk).mockReturnValue(success(storedRiskFixture()));
  vi.mocked(useRiskHistory).mockReturnValue(success(riskHistoryFixture()));
  vi.mocked(useClassCoordinator).mockReturnValue({
    data: 'demo-coordinator',
  } as ReturnType<typeof useClassCoordinator>);
  mutateAsync.mockReset().mockResolvedValue({ reviewedLevel: 'amber' });
  vi.mocked(useReviewFlag).mockReturnValue({ mutateAsync } as unknown as ReturnType<
    typeof useReviewFlag
  >);
});

afterEach(async () => {
  await act(() => i18n.changeLanguage('it'));
});

const renderPanel = (uid: string, role: 'teacher' | 'coordinator' | 'referent' | 'mediator') =>
  renderWithProviders(<RiskPanel schoolId={SCHOOL} pupilId={PUPIL} viewer={{ uid, role }} />);

// The fixture is computed on 2026-11-20; the panel is looked at on the 21st.
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const flagArticle = (name: string) => screen.getByRole('article', { name });

describe('RiskPanel', () => {
  it('shows level, flags with Italian sentences and evidence, protective signals and the trend', () => {
    renderPanel('demo-teacher', 'teacher');
    expect(screen.getByRole('heading', { level: 2, name: 'Segnalazioni di rischio' }));
    expect(screen.getByText(/conferma o respinge/)).toBeInTheDocument();
    expect(screen.getByText('Livello Giallo')).toBeInTheDocument();

    const absences = flagArticle('Assenze');
    expect(within(absences).getByText('Assenze al 12% delle ore: soglia 10%')).toBeInTheDocument();
    expect(within(absences).getByText('Ore di assenza').nextSibling).toHaveTextContent('24');
    expect(within(absences).getByText('Da rivedere')).toBeInTheDocument();

    const failing = flagArticle('Insufficienze');
    expect(within(failing).getByText('Respinta')).toBeInTheDocument();
    expect(
      within(failing).getByText(/Respinta da Paolo Galli il 21\/11\/2026/),
    ).toBeInTheDocument();
    expect(within(failing).getByText(/Insufficienze già recuperate/)).toBeInTheDocument();
    expect(within(failing).getByText('Materie').nextSibling).toHaveTextContent(
      'matematica, scienze',
    );

    expect(screen.getByText('Tutoraggio regolare')).toBeInTheDocument();

    // The level's flag comes first; absences and failing subjects are under "to watch".
    expect(screen.getByText('Giallo per: media dei voti.')).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Segnalazioni',
      "Da tenere d'occhio",
      'Da fare',
      'Segnali protettivi',
      'Andamento del livello',
    ]);
    const articles = screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'));
    expect(articles.map((id) => document.getElementById(id ?? '')?.textContent)).toEqual([
      'Media dei voti',
      'Assenze',
      'Insufficienze',
    ]);
    const trend = screen.getByRole('table', { name: /Variazioni del livello di rischio/ });
    expect(within(trend).getAllByRole('row')).toHaveLength(4);
  });

  it('lists the follow-ups with owner and due date, overdue ones in red and in words', () => {
    renderPanel('demo-teacher', 'teacher');
    const meeting = screen.getByText('Colloquio con la famiglia').closest('li');
    if (!meeting) throw new Error('no follow-up item');
    expect(meeting).toHaveTextContent('Chi se ne occupa: coordinatore di classe');
    const overdue = within(meeting).getByText('Scaduto il 13/10/2026');
    expect(overdue).toHaveClass('text-danger');
    expect(overdue.querySelector('svg')).not.toBeNull();

    const pdp = screen.getByText('PDP per alunno NAI').closest('li');
    if (!pdp) throw new Error('no follow-up item');
    expect(within(pdp).getByText('Entro il 31/01/2027')).not.toHaveClass('text-danger');
  });

  it('puts a red detail flag of a green pupil under "to watch", not as the level', () => {
    vi.mocked(useRisk).mockReturnValue(
      success(
        storedRiskFixture({
          level: 'green',
          reviewedLevel: 'green',
          levelReason: {
            it: 'Verde: ritardo scolastico da seguire, senza un segnale sui voti.',
            en: 'Green: years behind to watch, with no signal in the marks.',
          },
          flags: [
            {
              code: 'ritardo',
              level: 'red',
              role: 'context',
              evidence: { yearsBehind: 2, thresholdYears: 2 },
              sentence: { it: 'Due anni di ritardo', en: 'Two years behind' },
            },
          ],
          followUps: [],
        }),
      ),
    );
    renderPanel('demo-teacher', 'teacher');
    expect(screen.getByText('Livello Verde')).toBeInTheDocument();
    expect(screen.getByText(/Verde: ritardo scolastico da seguire/)).toBeInTheDocument();
    expect(screen.getByText('Nessuna segnalazione determina il livello.')).toBeInTheDocument();
    const watch = screen.getByRole('heading', { level: 3, name: "Da tenere d'occhio" });
    expect(watch.compareDocumentPosition(flagArticle('Ritardo scolastico'))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(screen.getByText('Nessuna attività da svolgere.')).toBeInTheDocument();
  });

  it('switches sentences and labels to English with the interface language', async () => {
    renderPanel('demo-teacher', 'teacher');
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('heading', { level: 2, name: 'Risk flags' })).toBeInTheDocument();
    const absences = flagArticle('Absences');
    expect(
      within(absences).getByText('Absences at 12% of hours: threshold 10%'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Assenze al 12% delle ore: soglia 10%')).toBeNull();
    expect(screen.getByText(/Dismissed by Paolo Galli on 21\/11\/2026/)).toBeInTheDocument();
    expect(screen.getByText('Amber because of: mean mark.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'To watch' })).toBeInTheDocument();
    expect(screen.getByText('Overdue since 13/10/2026')).toBeInTheDocument();
  });

  it('shows the reviewed level when a dismissal lowered it', () => {
    vi.mocked(useRisk).mockReturnValue(
      success(storedRiskFixture({ level: 'red', reviewedLevel: 'amber' })),
    );
    renderPanel('demo-teacher', 'teacher');
    expect(screen.getByText('Livello Rosso')).toBeInTheDocument();
    expect(screen.getByText('Livello dopo la revisione:')).toBeInTheDocument();
    expect(screen.getByText('Livello Giallo')).toBeInTheDocument();
  });

  it('offers no review controls to a teacher', () => {
    renderPanel('demo-teacher', 'teacher');
    expect(screen.queryByRole('button', { name: 'Conferma la segnalazione' })).toBeNull();
    expect(screen.queryByLabelText(/Motivo della decisione/)).toBeNull();
  });

  it('offers no review controls to a coordinator of another class', () => {
    renderPanel('other-coordinator', 'coordinator');
    expect(screen.queryByRole('button', { name: 'Respingi la segnalazione' })).toBeNull();
  });

  it('lets the class coordinator dismiss a flag only with a reason', async () => {
    const user = userEvent.setup();
    renderPanel('demo-coordinator', 'coordinator');
    const absences = flagArticle('Assenze');
    await user.click(within(absences).getByRole('button', { name: 'Respingi la segnalazione' }));
    const reason = within(absences).getByLabelText(/Motivo della decisione/);
    expect(reason).toHaveAccessibleDescription(/Campo obbligatorio/);
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveFocus();
    expect(mutateAsync).not.toHaveBeenCalled();

    await user.type(reason, '   ');
    await user.click(within(absences).getByRole('button', { name: 'Respingi la segnalazione' }));
    expect(mutateAsync).not.toHaveBeenCalled();

    await user.clear(reason);
    await user.type(reason, 'Assenze giustificate per ricovero');
    await user.click(within(absences).getByRole('button', { name: 'Respingi la segnalazione' }));
    expect(mutateAsync).toHaveBeenCalledWith({
      schoolId: SCHOOL,
      pupilId: PUPIL,
      code: 'absences',
      decision: 'dismissed',
      reason: 'Assenze giustificate per ricovero',
    });
    expect(await within(absences).findByText('Decisione registrata.')).toBeInTheDocument();
    expect(reason).toHaveValue('');
  });

  it("shows the callable's refusal in the interface language", async () => {
    const user = userEvent.setup();
    const refusal = Object.assign(new Error('Non hai i permessi per questa operazione.'), {
      code: 'functions/permission-denied',
      details: { en: 'You are not allowed to do this.' },
    });
    mutateAsync.mockRejectedValue(refusal);
    renderPanel('demo-referent', 'referent');
    const absences = flagArticle('Assenze');
    await user.type(within(absences).getByLabelText(/Motivo della decisione/), 'Verificato');
    await user.click(within(absences).getByRole('button', { name: 'Conferma la segnalazione' }));
    expect(await within(absences).findByRole('alert')).toHaveTextContent(
      'Non hai i permessi per questa operazione.',
    );

    await act(() => i18n.changeLanguage('en'));
    const inEnglish = flagArticle('Absences');
    await user.type(within(inEnglish).getByLabelText(/Reason for the decision/), 'Checked');
    await user.click(within(inEnglish).getByRole('button', { name: 'Confirm the flag' }));
    expect(await within(inEnglish).findByRole('alert')).toHaveTextContent(
      'You are not allowed to do this.',
    );
  });

  it('shows a generic message when the call fails without a reason from the server', async () => {
    const user = userEvent.setup();
    mutateAsync.mockRejectedValue(
      Object.assign(new Error('internal'), { code: 'functions/internal' }),
    );
    renderPanel('demo-referent', 'referent');
    const absences = flagArticle('Assenze');
    await user.type(within(absences).getByLabelText(/Motivo della decisione/), 'Verificato');
    await user.click(within(absences).getByRole('button', { name: 'Conferma la segnalazione' }));
    expect(await within(absences).findByRole('alert')).toHaveTextContent(
      'Non è stato possibile registrare la decisione.',
    );
  });

  it('renders nothing for a mediator and reads nothing', () => {
    const { container } = renderPanel('demo-mediator', 'mediator');
    expect(container).toBeEmptyDOMElement();
    expect(useRisk).not.toHaveBeenCalled();
    expect(useRiskHistory).not.toHaveBeenCalled();
    expect(useClassCoordinator).not.toHaveBeenCalled();
  });

  it('explains when no assessment exists yet', () => {
    vi.mocked(useRisk).mockReturnValue(success(null));
    renderPanel('demo-teacher', 'teacher');
    expect(screen.getByText(/non è ancora stata calcolata/)).toBeInTheDocument();
  });
});
