import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type MonitoringReport,
  type PupilMonitoringFacts,
  buildClassMonitoring,
  buildDistrictMonitoring,
  buildSchoolMonitoring,
  reportFigures,
} from '@domain';
import { renderWithProviders } from '@/testing/test-utils';
import { MonitoringPage } from './monitoring-page';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const facts = (pupilId: string, minutes: number): PupilMonitoringFacts => ({
  schoolId: 's1',
  pupilId,
  classId: 'c1',
  computedAt: day('2026-11-20'),
  tutoring: [{ date: day('2026-11-02'), minutes, l2: true }],
  peer: [],
  meetings: [{ date: day('2026-11-03'), mediator: true }],
  l2: [],
  terms: [],
  interventions: [],
  orientation: [],
  referrals: [],
  reviewedLevel: 'green',
  activeIntervention: false,
});

function districtDoc(minutes: number) {
  const classDoc = buildClassMonitoring({
    schoolId: 's1',
    classId: 'c1',
    facts: ['a', 'b', 'c', 'd', 'e'].map((p) => facts(p, minutes)),
    computedAt: day('2026-11-20'),
  });
  const school = buildSchoolMonitoring({
    schoolId: 's1',
    schoolName: 'IC Manzoni',
    districtId: 'd1',
    period: '2026-Q4',
    classes: [classDoc],
    computedAt: day('2026-11-20'),
  });
  return buildDistrictMonitoring({
    districtId: 'd1',
    districtName: 'Ambito 1',
    regionId: 'lombardia',
    period: '2026-Q4',
    schools: [school],
    computedAt: day('2026-11-20'),
  });
}

const mocks = vi.hoisted(() => ({
  figures: null as unknown,
  reports: [] as unknown[],
  freeze: vi.fn(),
}));

vi.mock('../api/monitoring', () => ({
  useMonitoringFigures: () => ({ isPending: false, data: mocks.figures }),
  useReports: () => ({ data: mocks.reports }),
  useFreezeReport: () => ({ mutate: mocks.freeze, isPending: false, isError: false }),
}));

describe('MonitoringPage (Ambito)', () => {
  beforeEach(() => {
    mocks.freeze.mockReset();
    mocks.reports = [];
  });

  it('shows the indicators, the schools suppressed, and freezes the period', async () => {
    mocks.figures = districtDoc(60);
    const user = userEvent.setup();
    renderWithProviders(<MonitoringPage scope="district" scopeId="d1" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Monitoraggio del programma',
    );
    const table = screen.getByRole('table', { name: /^Indicatori – Ambito 1/ });
    const l2 = within(table).getByRole('row', { name: /Alunni raggiunti: italiano L2/ });
    expect(within(l2).getAllByRole('cell').at(-1)?.textContent).toBe('5');
    const mediator = within(table).getByRole('row', {
      name: /Famiglie raggiunte con un mediatore/,
    });
    expect(within(mediator).getAllByRole('cell').at(-1)?.textContent).toBe('5');
    const red = within(table).getByRole('row', { name: /Alunni in rosso \(dopo la revisione\)/ });
    expect(within(red).getAllByRole('cell').at(-1)?.textContent).toBe('<=3');
    expect(screen.getByRole('table', { name: /^Scuole dell'Ambito/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Congela il report del periodo' }));
    expect(mocks.freeze).toHaveBeenCalledWith(expect.stringMatching(/^\d{4}-Q[1-4]$/));
  });

  it('shows later corrections as differences against the frozen report', () => {
    const frozenDoc = districtDoc(60);
    const period = frozenDoc.period;
    const report: MonitoringReport = {
      scope: 'district',
      scopeId: 'd1',
      scopeName: 'Ambito 1',
      period,
      frozenAt: day('2026-11-20'),
      frozenBy: 'u1',
      frozenByName: 'Coordinatrice',
      engineVersion: '2.0.0',
      aggregationVersion: '1.0.0',
      ...reportFigures(frozenDoc),
    };
    mocks.reports = [report];
    mocks.figures = districtDoc(120);
    renderWithProviders(<MonitoringPage scope="district" scopeId="d1" />);
    const item = screen.getByTestId(`report-${period}`);
    expect(item).toHaveTextContent('Congelato il');
    const changes = within(item).getByRole('table', { name: /^Correzioni successive/ });
    const hours = within(changes).getByRole('row', { name: /^Ore erogate: italiano L2/ });
    expect(
      within(hours)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['5', '10', '+5']);
  });

  it('says plainly that what help changed is an observation, not proof', async () => {
    mocks.figures = districtDoc(60);
    const user = userEvent.setup();
    renderWithProviders(<MonitoringPage scope="district" scopeId="d1" />);
    expect(screen.getByText(/Il confronto si calcola sull'anno scolastico/)).toBeInTheDocument();
    const select = screen.getByLabelText<HTMLSelectElement>('Periodo');
    await user.selectOptions(select, select.options[0]!.value);
    expect(screen.getByText(/è un'osservazione, non una prova/)).toBeInTheDocument();
  });
});
