import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { occurrenceKey, sessionPlanSchema, weekStart, type SessionPlan } from '@domain';
import { renderWithProviders } from '@/testing/test-utils';
import type { StoredPlan } from '../api/plans';
import type { CaseloadEntry } from '../lib/caseload';
import { AgendaPage } from './agenda-page';

// The agenda with its data layer replaced: the plans live in an in-memory "server" read through
// a real query, so a delete is seen only once the plans query is invalidated and read again.

const DAY_MS = 86_400_000;
const monday = weekStart(new Date());
const tuesday = new Date(monday.getTime() + DAY_MS);
const ddmmyyyy = (date: Date) => occurrenceKey(date).split('-').reverse().join('/');

function makePlan(id: string, overrides: Partial<SessionPlan>): StoredPlan {
  const plan = sessionPlanSchema.parse({
    date: monday,
    startTime: '14:30',
    minutes: 60,
    subject: 'Matematica',
    format: 'individual',
    pupilIds: ['p1'],
    educatorUid: 'edu',
    recurrence: { kind: 'none' },
    peerPair: null,
    outcomes: {},
    lastMarkedDate: null,
    schoolId: 's',
    createdBy: 'edu',
    createdAt: monday,
    updatedAt: monday,
    ...overrides,
  });
  return { id, ...plan };
}

const caseload: CaseloadEntry[] = [
  {
    pupilId: 'p1',
    name: 'Amina El Idrissi',
    classId: 'c',
    homeLanguages: ['ar'],
    bornInItaly: false,
    risk: null,
    l2Level: null,
    daysSinceSession: null,
  },
];

const server = { plans: [] as StoredPlan[] };
const readPlans = vi.fn(() => Promise.resolve([...server.plans]));
const deletePlan = vi.fn((planId: string) => {
  server.plans = server.plans.filter((p) => p.id !== planId);
  return Promise.resolve();
});

const readLastSessions = vi.fn(() => Promise.resolve(new Map([['p1', 3]])));

vi.mock('../api/get-caseload', () => ({
  useAssignedPupils: () => ({ isPending: false, isError: false, data: caseload }),
  useCaseloadCues: () => ({
    isSuccess: true,
    data: new Map([['p1', { risk: { level: 'amber', score: 40 }, l2Level: 'A2' }]]),
  }),
  useDaysSinceSessions: (_s: string, _u: string, _ids: string[], enabled: boolean) =>
    useQuery({ queryKey: ['lastSessions'], queryFn: readLastSessions, enabled }),
}));
vi.mock('../api/get-class-names', () => ({
  useClassNames: () => ({ data: new Map([['c', '2B']]) }),
}));
vi.mock('../api/plans', () => ({
  useMyPlans: () => useQuery({ queryKey: ['plans'], queryFn: readPlans }),
  useDeletePlan: () => {
    const queryClient = useQueryClient();
    return useMutation({
      mutationFn: (planId: string) => deletePlan(planId),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
    });
  },
  useCreatePlan: () => ({
    mutate: vi.fn(),
    reset: vi.fn(),
    isPending: false,
    isError: false,
    isSuccess: false,
  }),
  useMarkOccurrence: () => ({ mutate: vi.fn(), isPending: false, isError: false }),
}));

const mathsButton = () =>
  screen.findByRole('button', {
    name: `Elimina piano Matematica del ${ddmmyyyy(monday)} alle 14:30`,
  });

beforeEach(() => {
  server.plans = [
    makePlan('plan-maths', {}),
    makePlan('plan-l2', {
      date: tuesday,
      startTime: '09:00',
      subject: 'Italiano L2',
      recurrence: { kind: 'weekly', until: new Date(tuesday.getTime() + 28 * DAY_MS) },
    }),
  ];
  readPlans.mockClear();
  readLastSessions.mockClear();
  deletePlan.mockClear();
});

describe('AgendaPage, deleting a plan', () => {
  it('offers no delete for a plan with a marked occurrence (its missed reasons live on it)', async () => {
    server.plans = [
      makePlan('plan-maths', {
        outcomes: {
          [occurrenceKey(monday)]: { status: 'missed', reason: 'Alunno in gita', attendance: {} },
        },
        lastMarkedDate: occurrenceKey(monday),
      }),
      ...server.plans.slice(1),
    ];
    renderWithProviders(<AgendaPage schoolId="s" uid="edu" />);
    await screen.findByRole('button', {
      name: `Elimina piano Italiano L2 del ${ddmmyyyy(tuesday)} alle 09:00`,
    });
    expect(screen.queryByRole('button', { name: /^Elimina piano Matematica/ })).toBeNull();
  });

  it('names each delete button after its plan and explains what deleting keeps', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AgendaPage schoolId="s" uid="edu" />);
    await user.click(await mathsButton());
    expect(
      screen.getByRole('button', {
        name: `Elimina piano Italiano L2 del ${ddmmyyyy(tuesday)} alle 09:00`,
      }),
    ).toBeInTheDocument();

    const dialog = screen.getByRole('alertdialog', { name: 'Eliminare questo piano?' });
    expect(dialog).toHaveAccessibleDescription(
      `Il piano «Matematica» (il ${ddmmyyyy(monday)} alle 14:30) sparisce dall'agenda: ` +
        'i suoi incontri futuri non compariranno più. Gli incontri già registrati restano ' +
        "nelle schede degli alunni. L'operazione non si può annullare.",
    );
  });

  it('deletes after confirmation, and the plan leaves the agenda once the plans are read again', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AgendaPage schoolId="s" uid="edu" />);
    await user.click(await mathsButton());
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Elimina piano' }),
    );

    expect(deletePlan).toHaveBeenCalledExactlyOnceWith('plan-maths');
    expect(await screen.findByText('Piano eliminato.')).toBeInTheDocument();
    expect(readPlans).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/Matematica/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByText('09:00 · Italiano L2')).toBeInTheDocument();
  });

  it('does nothing when cancelled, and gives focus back to the button', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AgendaPage schoolId="s" uid="edu" />);
    const opener = await mathsButton();
    await user.click(opener);
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByRole('button', { name: 'Annulla' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Annulla' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    expect(deletePlan).not.toHaveBeenCalled();
    expect(readPlans).toHaveBeenCalledTimes(1);
    expect(screen.getByText('14:30 · Matematica')).toBeInTheDocument();
  });

  it('says in Italian why a refused delete failed, next to the button, and keeps the plan', async () => {
    deletePlan.mockRejectedValueOnce(
      Object.assign(new Error('Missing or insufficient permissions.'), {
        code: 'permission-denied',
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<AgendaPage schoolId="s" uid="edu" />);
    const opener = await mathsButton();
    await user.click(opener);
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Elimina piano' }),
    );

    const item = opener.closest('li');
    if (!item) throw new Error('The delete button sits outside its plan');
    expect(await within(item).findByRole('alert')).toHaveTextContent(
      'Piano non eliminato: non hai il permesso di eliminarlo.',
    );
    expect(deletePlan).toHaveBeenCalledExactlyOnceWith('plan-maths');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(screen.getByText('14:30 · Matematica')).toBeInTheDocument();
    expect(screen.queryByText('Piano eliminato.')).not.toBeInTheDocument();
  });

  it('tells the user offline that nothing was deleted', async () => {
    deletePlan.mockRejectedValueOnce(Object.assign(new Error('Offline'), { code: 'unavailable' }));
    const user = userEvent.setup();
    renderWithProviders(<AgendaPage schoolId="s" uid="edu" />);
    await user.click(await mathsButton());
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Elimina piano' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Piano non eliminato: sei senza connessione. Riprova quando la rete torna disponibile.',
    );
    expect(screen.getByText('14:30 · Matematica')).toBeInTheDocument();
  });
});

describe('AgendaPage, tabs', () => {
  it('shows the week first and reads the caseload only when its tab is opened', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AgendaPage schoolId="s" uid="edu" />);
    const weekTab = await screen.findByRole('tab', { name: 'Settimana' });
    const caseloadTab = screen.getByRole('tab', { name: 'Alunni seguiti' });
    expect(weekTab).toHaveAttribute('aria-selected', 'true');
    expect(caseloadTab).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('heading', { name: /^Settimana dal/ })).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
    expect(readLastSessions).not.toHaveBeenCalled();

    await user.click(caseloadTab);
    const panel = screen.getByRole('tabpanel', { name: 'Alunni seguiti' });
    expect(
      within(panel).getByRole('heading', { name: 'Alunni seguiti, per bisogno' }),
    ).toBeVisible();
    const row = await within(panel).findByRole('row', { name: /Amina El Idrissi/ });
    expect(row).toHaveTextContent('Giallo');
    expect(row).toHaveTextContent('A2');
    expect(await within(row).findByText('3 giorni fa')).toBeInTheDocument();
    expect(readLastSessions).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading', { name: /^Settimana dal/ })).toBeNull();
  });

  it('moves between the tabs with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AgendaPage schoolId="s" uid="edu" />);
    const weekTab = await screen.findByRole('tab', { name: 'Settimana' });
    await user.click(weekTab);
    await user.keyboard('{ArrowRight}');
    const caseloadTab = screen.getByRole('tab', { name: 'Alunni seguiti' });
    expect(caseloadTab).toHaveFocus();
    expect(caseloadTab).toHaveAttribute('aria-selected', 'true');
    expect(caseloadTab).toHaveAttribute('tabindex', '0');
    expect(weekTab).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{Home}');
    expect(weekTab).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Settimana' })).toBeVisible();
    await user.keyboard('{End}');
    expect(caseloadTab).toHaveAttribute('aria-selected', 'true');
  });
});
