/** One demo pupil: name, languages, dates, PDP, codice fiscale, assignments and a note. */
import { monthsBetween } from '../../../functions/src/domain/common';
import { addDays, copy, daysBetween, maxDate, minDate, utc, weekdayBack } from './calendar';
import { type ClassPlan, LEVEL_OFFSET, STAFF } from './classes';
import { codiceFiscale } from './codice-fiscale';
import { COUNTRIES, type Country } from './countries';
import type { Arrival, Ctx, Draft, Profile, RedFeature } from './draft';
import { BIRTHPLACES, ITALIAN_FRIENDLY, ITALIAN_MONTHS, LANGUAGE_NAMES } from './names';
import type { Rng } from './prng';
import { firstScrutinio, placeDates } from './pupil-dates';
import { chooseArrival, pickAmber, RED_WEIGHTS } from './risk-profile';

function makeName(
  rng: Rng,
  country: Country,
  sex: 'F' | 'M',
  arrival: Arrival,
): { first: string; last: string } {
  const italianFriendly = arrival === 'bornIT' ? 0.3 : arrival === 'early' ? 0.15 : 0.03;
  const first = rng.chance(italianFriendly)
    ? rng.pick(ITALIAN_FRIENDLY[sex])
    : rng.pick(sex === 'M' ? country.male : country.female);
  let last = rng.pick(country.surnames);
  if (country.code === 'IN' && rng.chance(0.4)) last = sex === 'M' ? 'Singh' : 'Kaur';
  return { first, last };
}

function homeLanguages(rng: Rng, d: Pick<Draft, 'country' | 'lastName' | 'arrival'>): string[] {
  let langs = d.country.languages(rng);
  if (d.country.code === 'IN') {
    const sikh = ['Singh', 'Kaur', 'Sandhu', 'Gill', 'Dhillon', 'Sidhu'].includes(d.lastName);
    langs = sikh ? ['pa'] : ['hi'];
  }
  const withItalian =
    d.arrival === 'bornIT' ? 0.7 : d.arrival === 'early' ? 0.5 : d.arrival === 'mid' ? 0.15 : 0;
  if (rng.chance(withItalian)) langs = [...langs, 'it'];
  return langs.slice(0, 5);
}

export function makeDraft(
  rng: Rng,
  ctx: Ctx,
  cls: ClassPlan,
  profile: Profile,
  index: number,
  id: string,
): Draft {
  const staff = STAFF[cls.schoolId];
  const arrival = chooseArrival(rng, cls, ctx);
  const country = rng.weighted(
    COUNTRIES.map((c) => [c, arrival === 'recent' ? c.weightRecent : c.weight] as const),
  );
  const sex: 'F' | 'M' = rng.chance(0.49) ? 'F' : 'M';
  const name = makeName(rng, country, sex, arrival);
  const d: Draft = {
    id,
    index,
    cls,
    staff,
    profile,
    arrival,
    country,
    sex,
    firstName: name.first,
    lastName: name.last,
    birthDate: utc(2000, 1, 1),
    arrivalDate: null,
    first: utc(2000, 9, 1),
    homeLanguages: [],
    citizenships: [],
    needsMediator: false,
    amber: new Set(),
    red: new Set(),
    ritardo: 0,
    placement: 'byAge',
    priorSchoolingYears: 0,
    priorSchoolingInterrupted: false,
    pdp: false,
    pdpDate: null,
    codiceFiscale: '',
    schoolPupilCode: '',
    notes: '',
    createdAt: copy(ctx.asOf),
    assigned: new Set(),
    l2Rank: null,
    records: [],
    counters: {
      l2Assessments: 0,
      tutoringSessions: 0,
      peerSessions: 0,
      familyMeetings: 0,
      termRecords: 0,
      interventions: 0,
    },
  };
  d.homeLanguages = homeLanguages(rng, d);
  const close = country.proximity > 0;
  const mediatorP = {
    recent: close ? 0.35 : 0.85,
    mid: close ? 0.15 : 0.45,
    early: close ? 0.05 : 0.2,
    bornIT: close ? 0.02 : 0.1,
  }[arrival];
  d.needsMediator = rng.chance(mediatorP) && d.homeLanguages[0] !== 'it';

  // Latent risk profile -> indicator features.
  if (profile === 'amber') pickAmber(rng, d, rng.chance(0.35) ? 2 : 1);
  if (profile === 'red') {
    const first = rng.weighted(RED_WEIGHTS(d));
    if (first === 'threeAmber') pickAmber(rng, d, 3);
    else {
      d.red.add(first);
      if (rng.chance(0.2)) {
        const second = rng.weighted(
          RED_WEIGHTS(d).filter(([f]) => f !== 'threeAmber' && f !== first) as [
            RedFeature,
            number,
          ][],
        );
        d.red.add(second);
      }
      if (d.red.has('fails3') && d.red.has('veryLowMean')) d.red.delete('fails3');
      if (rng.chance(0.5)) pickAmber(rng, d, 1);
    }
  }

  // Ritardo and birth date: born in year so that yearsBehind() gives `ritardo`.
  d.ritardo = d.red.has('ritardo2') ? 2 : d.amber.has('ritardo1') ? 1 : 0;
  const actualIndex = LEVEL_OFFSET[cls.level] + cls.year - 1;
  const birthYear = ctx.startYear - 6 - actualIndex - d.ritardo;
  const dayOfYear = rng.int(0, 364);
  d.birthDate = addDays(utc(birthYear, 1, 1), dayOfYear);

  placeDates(rng, d, ctx);

  // Placement: lower class on entry for pupils who arrived at school age.
  const arrivedAtSchoolAge = d.arrival === 'recent' || d.arrival === 'mid';
  if (arrivedAtSchoolAge && d.ritardo === 1)
    d.placement = rng.chance(0.7) ? 'oneYearLower' : 'byAge';
  if (arrivedAtSchoolAge && d.ritardo >= 2)
    d.placement = rng.chance(0.4) ? 'twoYearsLower' : 'oneYearLower';

  // Prior schooling abroad.
  if (arrivedAtSchoolAge && d.arrivalDate) {
    const ageAtArrival = monthsBetween(d.birthDate, d.arrivalDate) / 12;
    let years = Math.max(0, Math.min(12, Math.floor(ageAtArrival) - 6));
    const interruptedP =
      { UA: 0.4, SN: 0.15, PK: 0.15, BD: 0.15, NG: 0.15, EG: 0.15 }[country.code] ?? 0.05;
    if (years > 0 && rng.chance(interruptedP)) {
      d.priorSchoolingInterrupted = true;
      years = Math.max(0, years - rng.int(1, 2));
    }
    d.priorSchoolingYears = years;
  }

  // Citizenship.
  d.citizenships = [country.code];
  if (country.code === 'MD' && rng.chance(0.3)) d.citizenships.push('RO');
  if (rng.chance(arrival === 'bornIT' ? 0.15 : 0.03)) d.citizenships.push('IT');

  // PDP: most NAI have one after a few weeks; some others for linguistic BES.
  const naiNow = monthsBetween(d.first, ctx.asOf) < 24 && d.arrival === 'recent';
  if (naiNow && !d.amber.has('noPdp')) {
    const due = firstScrutinio(d.first);
    const candidate = addDays(d.first, rng.int(20, 60));
    const date = weekdayBack(minDate(candidate, due));
    if (date <= addDays(ctx.asOf, -1) && rng.chance(due < ctx.asOf ? 1 : 0.8)) {
      d.pdp = true;
      d.pdpDate = maxDate(date, d.first);
    }
  } else if (!naiNow) {
    const p = { mid: 0.35, early: 0.05, bornIT: 0.03, recent: 0 }[d.arrival];
    if (rng.chance(p)) {
      d.pdp = true;
      d.pdpDate = weekdayBack(addDays(ctx.termStart, rng.int(-240, 40)));
      if (d.pdpDate < d.first) d.pdpDate = addDays(d.first, 30);
      if (d.pdpDate > ctx.asOf) d.pdpDate = weekdayBack(addDays(ctx.asOf, -3));
    }
  }

  // Codice fiscale: provisional (11 digits) for some pupils who arrived in the last months.
  const belfiore = arrival === 'bornIT' ? rng.weighted(BIRTHPLACES) : country.belfiore;
  const provisional =
    d.arrival === 'recent' && daysBetween(d.first, ctx.asOf) < 120 && rng.chance(0.5);
  d.codiceFiscale = provisional
    ? String(rng.int(10_000, 99_999)) + String(rng.int(100_000, 999_999))
    : codiceFiscale(d.lastName, d.firstName, d.birthDate, sex, belfiore);
  d.schoolPupilCode = rng.chance(0.08)
    ? ''
    : `${staff.pupilCodePrefix}${String(104_000 + index * 7 + rng.int(0, 6))}`;

  // Enrolment in the tracker: bulk import at the start of the year, or the entry day.
  const importDay = utc(ctx.startYear, 9, 1);
  d.createdAt = d.first > importDay ? copy(d.first) : importDay;

  d.notes = makeNote(rng, d);
  return d;
}

function makeNote(rng: Rng, d: Draft): string {
  if (!rng.chance(0.14)) return '';
  const o = d.sex === 'F' ? 'a' : 'o';
  const lang = LANGUAGE_NAMES[d.homeLanguages[0] ?? ''] ?? "lingua d'origine";
  const options: string[] = [
    `Ha un fratello o una sorella nello stesso istituto.`,
    `Frequenta il doposcuola del centro di aggregazione giovanile di zona il lunedì e il mercoledì.`,
    `La famiglia preferisce ricevere le comunicazioni anche in ${lang}.`,
    `Molto motivat${o} in matematica; chiede spesso di lavorare in gruppo.`,
  ];
  if (d.arrival === 'recent' && d.arrivalDate) {
    const m = ITALIAN_MONTHS[d.arrivalDate.getUTCMonth()] ?? '';
    options.push(
      `Arrivat${o} ${d.country.from} a ${m} ${d.arrivalDate.getUTCFullYear()}; ${d.priorSchoolingInterrupted ? "scolarità interrotta prima dell'arrivo" : "scolarità regolare nel paese d'origine"}.`,
      `Frequenta il laboratorio di italiano L2 il martedì e il giovedì.`,
      `Prima lingua di scolarizzazione: ${lang}. Usa il dizionario bilingue.`,
    );
  }
  if (d.arrival === 'mid' || d.arrival === 'early') {
    options.push(
      `Buona competenza orale; difficoltà nella lingua dello studio (storia e scienze).`,
    );
  }
  if (d.pdp) options.push(`PDP: tempi più lunghi nelle verifiche e mappe concettuali.`);
  return rng.pick(options);
}
