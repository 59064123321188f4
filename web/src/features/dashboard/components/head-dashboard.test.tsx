import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { districtStatsFixture, schoolStatsFixture } from '../testing/stats-fixtures';
import { DistrictView } from './district-dashboard';
import { HeadDashboard } from './head-dashboard';

describe('HeadDashboard', () => {
  it('shows the follow-up work apart from the levels: open and overdue, by kind', () => {
    const stats = schoolStatsFixture();
    stats.stats.followUpsOpen = {
      familyMeeting: 5,
      mediatorMissing: 1,
      naiPdp: 2,
      sessionGap: 0,
      examChecklist: 0,
    };
    stats.stats.followUpsOverdue = 3;
    renderWithProviders(<HeadDashboard stats={stats} />);
    const figure = (label: string) =>
      screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(figure('Compiti aperti')).toBe('8');
    expect(figure('Compiti scaduti')).toBe('3');
    const table = screen.getByRole('table', { name: 'Lavoro da fare' });
    const row = within(table).getByRole('row', { name: /Colloquio con la famiglia/ });
    expect(within(row).getByRole('cell').textContent).toBe('5');
    expect(screen.getByText(/Scaduti: 3\./)).toBeInTheDocument();
  });

  it('shows the distribution, links classes and pupils, and filters by keyboard', async () => {
    const user = userEvent.setup();
    renderWithProviders(<HeadDashboard stats={schoolStatsFixture()} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Cruscotto del rischio di dispersione',
    );
    const distribution = screen.getByRole('table', { name: 'Distribuzione del rischio' });
    const red = within(distribution).getByRole('row', { name: /Rosso/ });
    expect(
      within(red)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', '4']);

    const byClass = screen.getByRole('table', { name: 'Rischio per classe' });
    expect(within(byClass).getByRole('link', { name: 'Apri la classe 2B' })).toHaveAttribute(
      'href',
      '/classi/2b',
    );
    const toAct = screen.getByRole('table', { name: 'Alunni su cui intervenire' });
    expect(within(toAct).getAllByRole('link', { name: /^Cognome/ })[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/alunni\//),
    );

    await user.selectOptions(screen.getByLabelText('Classe'), '2B');
    expect(
      within(screen.getByRole('table', { name: 'Alunni su cui intervenire' })).getAllByRole('row'),
    ).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: /Filtra per livello Giallo/ }));
    expect(screen.getByLabelText('Livello di rischio')).toHaveValue('amber');
    expect(screen.getByText('Filtri attivi: 2')).toBeInTheDocument();
  });
});

describe('DistrictView', () => {
  it('shows schools with small counts as "<=3" and no pupil or class', () => {
    renderWithProviders(<DistrictView stats={districtStatsFixture()} />);
    const table = screen.getByRole('table', { name: 'Scuole a confronto' });
    const row = within(table).getByRole('row', { name: /IC di prova/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // pupils 40, red 4, amber 7, green 29
    expect(cells.slice(0, 4)).toEqual(['40', '4', '7', '29']);
    expect(cells).toContain('<=3');
    expect(screen.queryByText(/Cognome/)).toBeNull();
    expect(screen.queryByRole('link', { name: /1A|2B/ })).toBeNull();
  });
});
