import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  STORED_RECORD_SCHEMAS,
  schoolSchema,
  storedRiskSchema,
  type StoredRisk,
} from '@domain';
import { day, makeClass, makePupil } from '@/testing/pupil-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import type { PupilSheetData } from '../lib/sheet';
import { PupilSheetView } from './pupil-sheet';

const meta = {
  schoolId: 'school-1',
  pupilId: 'p1',
  createdBy: 'u-l2',
  createdAt: day('2025-10-01'),
  updatedAt: day('2025-10-01'),
};
const l2 = (id: string, date: string, level: 'PreA1' | 'A1' | 'A2') => ({
  ...STORED_RECORD_SCHEMAS.l2Assessments.parse({
    date: day(date),
    tool: 'schoolTest',
    domain: 'communication',
    levels: { ascolto: level, lettura: level, parlato: level, interazione: level, scrittura: 'A1' },
    assessorName: 'Giulia Bianchi',
    notes: '',
    ...meta,
  }),
  id,
});
const term = (n: number, italiano: string, absenceHours: number) => ({
  ...STORED_RECORD_SCHEMAS.termRecords.parse({
    schoolYear: '2025/26',
    term: n,
    lessonHours: 400,
    absenceHours,
    annualHours: 990,
    marks: {
      italiano: { kind: 'numeric', value: Number.parseFloat(italiano), raw: italiano },
      matematica: { kind: 'numeric', value: 6, raw: '6-' },
    },
    conduct: { kind: 'numeric', value: 8, raw: '8' },
    ...meta,
  }),
  id: `2025-26-t${n}`,
});

const risk: StoredRisk = storedRiskSchema.parse({
  level: 'amber',
  levelReason: {
    it: 'Giallo: media dei voti sotto la sufficienza.',
    en: 'Amber: mean mark below pass.',
  },
  score: 3,
  flags: [
    {
      code: 'meanMark',
      level: 'amber',
      role: 'academic',
      evidence: { mean: 5.6 },
      sentence: { it: 'Media dei voti 5,6 nel 1° periodo.', en: 'Mean mark 5.6 in term 1.' },
    },
    {
      code: 'absences',
      level: 'amber',
      role: 'context',
      evidence: { pct: 12 },
      sentence: { it: 'Assenze al 12% delle ore.', en: 'Absences at 12% of hours.' },
    },
  ],
  followUps: [
    {
      code: 'familyMeeting',
      owner: 'coordinator',
      due: day('2025-11-15'),
      evidence: {},
      sentence: {
        it: 'Nessun colloquio con la famiglia in questo periodo.',
        en: 'No family meeting this term.',
      },
      ownerUids: ['u-coord'],
    },
  ],
  protective: [],
  engineVersion: '2.0.0',
  reviews: {
    meanMark: {
      decision: 'confirmed',
      reason: 'Difficoltà in italiano per lo studio',
      byUid: 'u-coord',
      byName: 'Paola Verdi',
      at: day('2025-12-01'),
      evidenceKey: 'k',
    },
  },
  reviewedLevel: 'amber',
  pendingReview: ['absences'],
  followUpOwnerUids: ['u-coord'],
  classId: 'c-2b',
  schoolId: 'school-1',
  computedAt: day('2025-12-01'),
  summary: {
    schoolYear: '2025/26',
    term: 1,
    l2Latest: null,
    l2YearStart: null,
    activeIntervention: true,
    familyContactThisTerm: false,
    tutoringMinutesThisYear: 0,
    nai: false,
    pdp: true,
  },
});

const data: PupilSheetData = {
  pupil: makePupil('p1'),
  schoolClass: makeClass('c-2b', '2B'),
  school: schoolSchema.parse({
    name: 'IC Manzoni',
    code: 'MIIC8AB00X',
    kind: 'IC',
    city: 'Milano',
    districtId: 'ambito-mi-1',
    settings: {
      schoolYear: '2025/26',
      termSystem: 'quadrimestri',
      naiMonths: 24,
      thresholds: DEFAULT_THRESHOLDS,
    },
  }),
  // Last year's entry test, then two of this year: "first of the year" is the October one.
  l2Assessments: [
    l2('a3', '2026-02-10', 'A2'),
    l2('a1', '2025-03-01', 'PreA1'),
    l2('a2', '2025-10-06', 'A1'),
  ],
  termRecords: [term(2, '6', 50), term(1, '5½', 30)],
  interventions: [
    {
      ...STORED_RECORD_SCHEMAS.interventions.parse({
        type: 'l2Course',
        tier: 2,
        ownerUid: 'u-l2',
        goal: 'Raggiungere A2 in lettura',
        start: day('2025-10-13'),
        plannedWeeks: 12,
        checkEveryWeeks: 4,
        status: 'active',
        outcome: '',
        ...meta,
      }),
      id: 'i1',
    },
  ],
  risk,
  unreadable: 0,
};

function section(name: RegExp) {
  return screen.getByRole('region', { name });
}

describe('PupilSheetView', () => {
  it('shows every section of the sheet from the records', () => {
    renderWithProviders(
      <PupilSheetView data={data} language="it" today={new Date('2026-03-01T00:00:00Z')} />,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Scheda alunno: El Idrissi Amina' }),
    ).toBeInTheDocument();

    const profile = section(/Profilo/);
    expect(within(profile).getByText('2B')).toBeInTheDocument();
    expect(within(profile).getByText('Sì, del 20/11/2023')).toBeInTheDocument();

    const l2Rows = within(section(/Italiano L2/)).getAllByRole('row');
    expect(l2Rows[1]).toHaveTextContent('Ascolto');
    expect(l2Rows[1]).toHaveTextContent('A1 (06/10/2025)');
    expect(l2Rows[1]).toHaveTextContent('A2 (10/02/2026)');

    // Marks as teachers wrote them, terms in order, absences per term.
    const terms = section(/Voti e assenze/);
    const headers = within(terms)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Materia', '1° periodo', '2° periodo']);
    expect(within(terms).getByRole('row', { name: /Italiano/ })).toHaveTextContent('5½');
    expect(within(terms).getByRole('row', { name: /Matematica/ })).toHaveTextContent('6-');
    expect(within(terms).getByRole('row', { name: /Assenze/ })).toHaveTextContent(
      '30 h su 400 (8%)',
    );

    const flags = section(/Livello e segnalazioni/);
    expect(flags).toHaveTextContent('Livello: Giallo');
    expect(flags).toHaveTextContent('Giallo: media dei voti sotto la sufficienza.');
    expect(flags).toHaveTextContent('Media dei voti 5,6 nel 1° periodo.');
    expect(flags).toHaveTextContent(
      'Confermata da Paola Verdi il 01/12/2025: Difficoltà in italiano per lo studio',
    );
    expect(flags).toHaveTextContent('Assenze al 12% delle ore.');
    expect(flags).toHaveTextContent('In attesa di decisione');

    expect(section(/Interventi/)).toHaveTextContent('Corso di italiano L2');
    expect(section(/Interventi/)).toHaveTextContent('Raggiungere A2 in lettura');

    const todo = section(/Cose da fare/);
    expect(todo).toHaveTextContent('Nessun colloquio con la famiglia in questo periodo.');
    expect(todo).toHaveTextContent('Entro il 15/11/2025 (scaduta)');
  });

  it('speaks English, flags and level sentence included', () => {
    renderWithProviders(
      <PupilSheetView data={data} language="en" today={new Date('2026-03-01T00:00:00Z')} />,
    );
    // The interface language decides the labels; the engine's sentences come in both.
    expect(screen.getByText('Amber: mean mark below pass.')).toBeInTheDocument();
    expect(screen.getByText(/Mean mark 5.6 in term 1./)).toBeInTheDocument();
  });

  it('says what is missing instead of empty tables', () => {
    renderWithProviders(
      <PupilSheetView
        data={{ ...data, l2Assessments: [], termRecords: [], interventions: [], risk: null }}
        language="it"
        today={new Date('2026-03-01T00:00:00Z')}
      />,
    );
    expect(screen.getByText('Nessuna valutazione di italiano L2.')).toBeInTheDocument();
    expect(screen.getByText("Nessun voto registrato quest'anno.")).toBeInTheDocument();
    expect(screen.getByText('Il livello non è ancora stato calcolato.')).toBeInTheDocument();
    expect(screen.getByText('Nessun intervento.')).toBeInTheDocument();
    expect(screen.getByText('Nessuna attività in scadenza.')).toBeInTheDocument();
  });
});
