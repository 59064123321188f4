import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { schoolYearOf, type Role } from '@domain';
import { renderWithProviders } from '@/testing/test-utils';
import type { RecordEntry, Viewer } from '../lib/types';
import { pupilScope } from '../testing/records-fixtures';
import { PupilRecords } from './pupil-records';

// The hub with its data layer replaced: what each role is offered, and the delete flow.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const meta = (createdBy: string) => ({
  schoolId: 's',
  pupilId: 'p',
  createdBy,
  createdAt: day('2026-11-10'),
  updatedAt: day('2026-11-10'),
});
const entries: RecordEntry[] = [
  {
    kind: 'tutoringSessions',
    id: 't1',
    pending: false,
    data: {
      ...meta('edu'),
      date: day('2026-11-10'),
      educatorUid: 'edu',
      subject: 'Matematica',
      minutes: 60,
      format: 'individual',
      attended: true,
      absenceReason: '',
      planId: null,
      notes: '',
    },
  },
  {
    kind: 'familyMeetings',
    id: 'f1',
    pending: true,
    data: {
      ...meta('med'),
      date: day('2026-11-12'),
      participants: ['mother'],
      language: 'ar',
      mediatorNeeded: true,
      mediatorPresent: true,
      held: true,
      outcome: 'positive',
      followUp: 'Controllo compiti',
      followUpDue: day('2099-01-10'),
      notes: '',
    },
  },
];

const deleteRecord = vi.fn(() => Promise.resolve({ status: 'saved' as const }));
const createRecord = vi.fn(() => Promise.resolve({ id: 'new', status: 'saved' as const }));
const updateRecord = vi.fn(() => Promise.resolve({ status: 'saved' as const }));
/** What the hub asked to read, call by call. */
const reads: unknown[] = [];
vi.mock('../api/get-records', () => ({
  usePupilRecords: (_school: string, _pupil: string, asked: unknown) => (
    reads.push(asked),
    {
      entries,
      unreadable: 0,
      isPending: false,
      failedKinds: [],
      refetch: () => undefined,
    }
  ),
}));
vi.mock('../api/create-record', () => ({
  useCreateRecord: () => ({ mutateAsync: createRecord }),
}));
vi.mock('../api/update-record', () => ({
  useUpdateRecord: () => ({ mutateAsync: updateRecord }),
}));
vi.mock('../api/delete-record', () => ({
  useDeleteRecord: () => ({ mutateAsync: deleteRecord, isPending: false }),
}));

const scope = pupilScope({ teacherUids: ['teach'], assignedUids: ['edu', 'med'] });

function renderAs(uid: string, role: Role) {
  const viewer: Viewer = { uid, role, displayName: uid };
  renderWithProviders(<PupilRecords scope={scope} viewer={viewer} partners={[]} termCount={2} />);
}

const addButtons = () =>
  screen.getAllByRole('button', { name: /^Aggiungi / }).map((b) => b.textContent);

beforeEach(() => {
  for (const mock of [deleteRecord, createRecord, updateRecord]) mock.mockClear();
});

describe('PupilRecords', () => {
  it('offers a mediator family meetings only, and edits only their own record', () => {
    renderAs('med', 'mediator');
    expect(addButtons()).toEqual(['Aggiungi colloquio con la famiglia']);
    expect(screen.getAllByRole('button', { name: /^Modifica / })).toHaveLength(1);
    expect(screen.getByText('In attesa di sincronizzazione')).toBeInTheDocument();
  });

  it('offers an educator sessions but no marks', () => {
    renderAs('edu', 'educator');
    expect(addButtons()).toEqual([
      'Aggiungi sessione di tutoraggio',
      'Aggiungi sessione di peer education',
    ]);
  });

  it('reads an educator’s own interventions by owner, and shows them without edit', () => {
    entries.push({
      kind: 'interventions',
      id: 'i1',
      pending: false,
      data: {
        ...meta('coord'),
        type: 'tutoring',
        tier: 2,
        ownerUid: 'edu',
        goal: 'Metodo di studio in matematica',
        start: day('2026-10-05'),
        plannedWeeks: 8,
        checkEveryWeeks: 2,
        status: 'active',
        outcome: '',
      },
    });
    try {
      reads.length = 0;
      renderAs('edu', 'educator');
      expect(reads.at(-1)).toEqual([
        { kind: 'l2Assessments', ownerUid: null },
        { kind: 'tutoringSessions', ownerUid: null },
        { kind: 'peerSessions', ownerUid: null },
        { kind: 'interventions', ownerUid: 'edu' },
      ]);
      expect(screen.getAllByText(/Metodo di studio in matematica/).length).toBeGreaterThan(0);
      expect(screen.queryByRole('button', { name: /^Modifica Intervento/ })).toBeNull();
      expect(addButtons()).not.toContain('Aggiungi intervento');
    } finally {
      entries.pop();
    }
  });

  it('offers the coordinator every kind and edit on every record', () => {
    renderAs('coord', 'coordinator');
    expect(addButtons()).toHaveLength(6);
    expect(screen.getAllByRole('button', { name: /^Elimina / })).toHaveLength(2);
  });

  it('lists open follow-ups and filters the timeline by kind', async () => {
    const user = userEvent.setup();
    renderAs('teach', 'teacher');
    expect(screen.getByText('Controllo compiti')).toBeInTheDocument();
    expect(screen.getByText('2 registrazioni')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Mostra'), 'tutoringSessions');
    expect(screen.getByText('1 registrazione')).toBeInTheDocument();
    expect(screen.getByText('Matematica – 60 minuti, individuale')).toBeInTheDocument();
  });

  it('deletes only after confirmation, and cancelling keeps the record', async () => {
    const user = userEvent.setup();
    renderAs('edu', 'educator');
    await user.click(
      screen.getByRole('button', { name: 'Elimina Sessione di tutoraggio 10/11/2026' }),
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Eliminare questa registrazione?' });
    expect(within(dialog).getByRole('button', { name: 'Annulla' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deleteRecord).not.toHaveBeenCalled();

    await user.click(
      screen.getByRole('button', { name: 'Elimina Sessione di tutoraggio 10/11/2026' }),
    );
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Elimina' }),
    );
    expect(deleteRecord).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'tutoringSessions', recordId: 't1', uid: 'edu' }),
    );
    expect(await screen.findByText('Eliminato.')).toBeInTheDocument();
  });

  it('saves marks for a term that has a record as an update of that record, wherever it is', async () => {
    // A record saved before ids were per term: found by its year and term, not by its id.
    entries.push({
      kind: 'termRecords',
      id: 'older-id',
      pending: false,
      data: {
        ...meta('teach'),
        schoolYear: schoolYearOf(new Date()),
        term: 1,
        lessonHours: 300,
        absenceHours: 12,
        annualHours: 990,
        marks: { italiano: { kind: 'numeric', value: 6, raw: '6' } },
        conduct: null,
      },
    });
    try {
      const user = userEvent.setup();
      renderAs('teach', 'teacher');
      await user.click(screen.getByRole('button', { name: 'Aggiungi voti e assenze' }));
      expect(screen.getByText(/^Per questo periodo c'è già una registrazione/)).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Salva' }));

      expect(await screen.findByText('Salvato.')).toBeInTheDocument();
      expect(createRecord).not.toHaveBeenCalled();
      expect(updateRecord).toHaveBeenCalledWith(
        expect.objectContaining({
          kind: 'termRecords',
          recordId: 'older-id',
          data: expect.objectContaining({ lessonHours: 300, absenceHours: 12 }),
        }),
      );
    } finally {
      entries.pop();
    }
  });
});
