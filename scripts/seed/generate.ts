/**
 * Deterministic demo data set: one Ambito, two Milan schools, ~12 classes, ~250 pupils with a
 * migrant background and their logged records. Pure (no Firebase, no clock, no Math.random):
 * the same options always give the same output, byte for byte.
 *
 * The risk mix is built in: every pupil gets a latent profile (about 60% green, 27% amber,
 * 13% red) and the records are shaped so that the indicators of DOMAIN.md ("Early-warning
 * indicators") fire accordingly. Nationality never drives the profile.
 */
// Domain modules are imported file by file: under `tsx` an ES module cannot take named imports
// through the CommonJS barrel `functions/src/domain/index.ts` (its `export *` is not detected).
import { monthsBetween, schoolYearOf, type RecordMeta } from '../../functions/src/domain/common';
import { CEFR_LEVELS, L2_SKILLS, type CefrLevel } from '../../functions/src/domain/l2';
import type { Pupil } from '../../functions/src/domain/pupil';
import {
  SUBJECTS_BY_LEVEL,
  termRecordId,
  type FamilyMeeting,
  type Intervention,
  type L2Assessment,
  type Mark,
  type PeerSession,
  type RecordKind,
  type TermRecord,
  type TutoringSession,
} from '../../functions/src/domain/records';
import type { Role } from '../../functions/src/domain/roles';
import { DEFAULT_THRESHOLDS, type School } from '../../functions/src/domain/school';
import type { SchoolClass } from '../../functions/src/domain/school-class';

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export const DEMO_PASSWORD = 'Percorsi2026!';
export const DEMO_EMAIL_DOMAIN = 'demo.percorsi.it';
export const DEMO_DISTRICT_ID = 'ambito-mi-1';
export const DEFAULT_AS_OF = '2026-11-20T00:00:00Z';
export const DEFAULT_PUPILS = 250;
export const DEFAULT_SEED = 20261120;
/** Pupils per class aimed at when `pupils` grows beyond the 12 base classes. */
export const PUPILS_PER_CLASS = 21;

export interface GenerateOptions {
  pupils?: number;
  seed?: number;
  asOf?: Date;
}

export interface DemoAccount {
  uid: string;
  email: string;
  password: string;
  displayName: string;
  role: Role;
  schoolId: string | null;
  districtId: string | null;
  /** Short Italian description of what the account sees, for printing. */
  description: string;
}

type WithMeta<T> = T & RecordMeta;
interface RecordKey {
  schoolId: string;
  pupilId: string;
  id: string;
}
export type DemoRecord =
  | (RecordKey & { kind: 'l2Assessments'; data: WithMeta<L2Assessment> })
  | (RecordKey & { kind: 'tutoringSessions'; data: WithMeta<TutoringSession> })
  | (RecordKey & { kind: 'peerSessions'; data: WithMeta<PeerSession> })
  | (RecordKey & { kind: 'familyMeetings'; data: WithMeta<FamilyMeeting> })
  | (RecordKey & { kind: 'termRecords'; data: WithMeta<TermRecord> })
  | (RecordKey & { kind: 'interventions'; data: WithMeta<Intervention> });

export interface DemoData {
  /** Generation parameters, for reports (not written to Firestore). */
  meta: { seed: number; asOf: Date; schoolYear: string };
  districts: { id: string; name: string }[];
  schools: { id: string; data: School }[];
  classes: { schoolId: string; id: string; data: SchoolClass }[];
  pupils: { schoolId: string; id: string; data: Pupil }[];
  records: DemoRecord[];
  accounts: DemoAccount[];
}

/** Uids of the demo accounts (stable: tests and e2e may use them). */
export const DEMO_UIDS = {
  teacher: 'demo-teacher',
  l2teacher: 'demo-l2teacher',
  educator: 'demo-educator',
  mediator: 'demo-mediator',
  coordinator: 'demo-coordinator',
  referent: 'demo-referent',
  head: 'demo-head',
  voltaHead: 'demo-volta-head',
  voltaReferent: 'demo-volta-referent',
  voltaTeacher: 'demo-volta-teacher',
  voltaL2teacher: 'demo-volta-l2teacher',
  voltaEducator: 'demo-volta-educator',
  district: 'demo-district',
  admin: 'demo-admin',
} as const;

/** The demo teacher's classes (school `ic-manzoni`). */
export const DEMO_TEACHER_CLASS_IDS = ['2b-sec1', '3c-sec1'] as const;

// ---------------------------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------------------------

/** mulberry32: tiny, fast, good enough for demo data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the parts, to derive independent sub-seeds. */
function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0001')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Uniform in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from empty list');
    return item;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0 && w > 0) return item;
    }
    const last = [...items].reverse().find(([, w]) => w > 0);
    if (!last) throw new Error('weighted pick with no weight');
    return last[0];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = items[i] as T;
      items[i] = items[j] as T;
      items[j] = a;
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar (UTC)
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const MONTH_DAYS = 30.44;

function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}
function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}
function addMonths(d: Date, n: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()));
}
function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}
function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
function copy(d: Date): Date {
  return new Date(d.getTime());
}
function isWeekend(d: Date): boolean {
  const w = d.getUTCDay();
  return w === 0 || w === 6;
}
/** Moves a weekend day to the previous Friday. */
function weekdayBack(d: Date): Date {
  const w = d.getUTCDay();
  return w === 6 ? addDays(d, -1) : w === 0 ? addDays(d, -2) : d;
}
/** Moves a weekend day to the next Monday. */
function weekdayForward(d: Date): Date {
  const w = d.getUTCDay();
  return w === 6 ? addDays(d, 2) : w === 0 ? addDays(d, 1) : d;
}
/** Next given weekday (1 = Monday) on or after `d`. */
function nextWeekday(d: Date, weekday: number): Date {
  return addDays(d, (weekday - d.getUTCDay() + 7) % 7);
}

/** First lesson day in Lombardy: the first weekday on or after 12 September. */
function schoolStart(startYear: number): Date {
  return weekdayForward(utc(startYear, 9, 12));
}
function term1End(startYear: number): Date {
  return utc(startYear + 1, 1, 31);
}
function schoolEnd(startYear: number): Date {
  return utc(startYear + 1, 6, 8);
}
function startYearOf(schoolYear: string): number {
  return Number(schoolYear.slice(0, 4));
}

function easter(y: number): Date {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(y, month, day);
}

const FIXED_HOLIDAYS = new Set(['11-01', '12-07', '12-08', '04-25', '05-01', '06-02']);

/** A lesson day: Monday-Friday within the school year, not a holiday or a break. */
function isLessonDay(d: Date): boolean {
  if (isWeekend(d)) return false;
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const key = `${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (FIXED_HOLIDAYS.has(key)) return false;
  if ((m === 12 && day >= 23) || (m === 1 && day <= 6)) return false; // vacanze natalizie
  const sy = startYearOf(schoolYearOf(d));
  if (d < schoolStart(sy) || d > schoolEnd(sy)) return false;
  const e = easter(d.getUTCFullYear());
  const fromEaster = daysBetween(e, d);
  if (fromEaster >= -3 && fromEaster <= 2) return false; // vacanze pasquali
  return true;
}

const lessonDayMemo = new Map<string, number>();
/** Lesson days in [from, to). */
function lessonDaysBetween(from: Date, to: Date): number {
  const key = `${from.getTime()}:${to.getTime()}`;
  const hit = lessonDayMemo.get(key);
  if (hit !== undefined) return hit;
  let n = 0;
  for (let d = from; d < to; d = addDays(d, 1)) if (isLessonDay(d)) n++;
  lessonDayMemo.set(key, n);
  return n;
}

/** Moves a day off to the previous lesson day. */
function previousLessonDay(d: Date): Date {
  let x = d;
  for (let i = 0; i < 120 && !isLessonDay(x); i++) x = addDays(x, -1);
  return x;
}

/** A lesson day near `d`: the next one if it is not after `limit`, else the previous one. */
function lessonDayNear(d: Date, limit: Date): Date {
  const next = nextLessonDay(d);
  return next <= limit ? next : previousLessonDay(d);
}

/** Moves a day off (summer, Christmas, weekend) to the next lesson day. */
function nextLessonDay(d: Date): Date {
  let x = d;
  for (let i = 0; i < 120 && !isLessonDay(x); i++) x = addDays(x, 1);
  return x;
}

// ---------------------------------------------------------------------------------------------
// Countries, names, languages
// ---------------------------------------------------------------------------------------------

interface Country {
  code: string;
  /** Codice catastale of the foreign state, for the codice fiscale. */
  belfiore: string;
  /** Weight among resident families (pupils born in Italy, early arrivals). */
  weight: number;
  /** Weight among recent arrivals (2025-26). */
  weightRecent: number;
  /** 1 when Italian is close to the home language (Romance languages). */
  proximity: number;
  /** Italian: "dalla Romania". */
  from: string;
  male: string[];
  female: string[];
  surnames: string[];
  languages: (rng: Rng) => string[];
}

const list = (s: string): string[] => s.split(',').map((x) => x.trim());

const COUNTRIES: Country[] = [
  {
    code: 'RO',
    belfiore: 'Z129',
    weight: 14,
    weightRecent: 5,
    proximity: 1,
    from: 'dalla Romania',
    male: list('Andrei, Alexandru, Ionuț, Mihai, Ștefan, Gabriel, Darius, Luca, David, Matei'),
    female: list('Maria, Ioana, Andreea, Elena, Alexandra, Bianca, Sofia, Daria, Antonia, Ilinca'),
    surnames: list(
      'Popescu, Ionescu, Popa, Dumitru, Stan, Stoica, Gheorghe, Rusu, Munteanu, Constantin, Moldovan, Lungu',
    ),
    languages: () => ['ro'],
  },
  {
    code: 'AL',
    belfiore: 'Z100',
    weight: 10,
    weightRecent: 4,
    proximity: 0,
    from: "dall'Albania",
    male: list('Ardit, Erion, Klevis, Endri, Arbër, Dorian, Besart, Luan, Enea, Noel'),
    female: list('Elona, Klea, Ardita, Anisa, Ersa, Jonida, Sara, Amelia, Xhesika, Reina'),
    surnames: list(
      'Hoxha, Shehu, Dervishi, Gjoka, Kola, Leka, Marku, Basha, Çela, Hysa, Prifti, Meta',
    ),
    languages: () => ['sq'],
  },
  {
    code: 'MA',
    belfiore: 'Z330',
    weight: 10,
    weightRecent: 6,
    proximity: 0,
    from: 'dal Marocco',
    male: list('Mohamed, Youssef, Adam, Amine, Ayoub, Hamza, Rayan, Ilyas, Zakaria, Anas'),
    female: list('Fatima Zahra, Salma, Sara, Yasmine, Aya, Malak, Nour, Khadija, Imane, Hiba'),
    surnames: list(
      'El Amrani, Benali, El Idrissi, Bennani, Ouali, Tahiri, Alaoui, Chakir, Berrada, El Mansouri, Zerouali, Haddad',
    ),
    languages: (r) => (r.chance(0.15) ? ['ar', 'ber'] : r.chance(0.2) ? ['ar', 'fr'] : ['ar']),
  },
  {
    code: 'EG',
    belfiore: 'Z336',
    weight: 9,
    weightRecent: 12,
    proximity: 0,
    from: "dall'Egitto",
    male: list('Mohamed, Ahmed, Omar, Youssef, Mostafa, Karim, Ziad, Mahmoud, Abdelrahman, Seif'),
    female: list('Mariam, Malak, Jana, Habiba, Nour, Farida, Salma, Hana, Rawan, Logina'),
    surnames: list(
      'Abdelaziz, Mahmoud, Hassan, Ibrahim, Saleh, Elsayed, Mostafa, Gaber, Farouk, Abdelrahman, Shehata, Fawzy',
    ),
    languages: () => ['ar'],
  },
  {
    code: 'CN',
    belfiore: 'Z210',
    weight: 8,
    weightRecent: 3,
    proximity: 0,
    from: 'dalla Cina',
    male: list('Jiahao, Yuxuan, Haoran, Zimo, Junjie, Tianyi, Yichen, Mingze, Luca, Kevin'),
    female: list('Xinyi, Yutong, Zixuan, Jiayi, Yiqing, Ruoxi, Mengyao, Anna, Sofia, Chiara'),
    surnames: list('Hu, Chen, Zhou, Wang, Lin, Zhang, Ye, Jin, Xu, Huang, Wu, Zheng'),
    languages: (r) => (r.chance(0.4) ? ['zh', 'wuu'] : ['zh']),
  },
  {
    code: 'PH',
    belfiore: 'Z216',
    weight: 6,
    weightRecent: 3,
    proximity: 0,
    from: 'dalle Filippine',
    male: list(
      'John Paul, Mark Angelo, Joshua, Christian, Jericho, Miguel, Nathaniel, Rafael, Carl, Ezekiel',
    ),
    female: list(
      'Princess, Angel, Nicole, Kristine, Althea, Samantha, Andrea, Mary Joy, Jasmine, Bea',
    ),
    surnames: list(
      'Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Ramos, Villanueva, De Leon, Aquino, Dela Cruz, Castillo',
    ),
    languages: (r) => (r.chance(0.5) ? ['tl', 'en'] : ['tl']),
  },
  {
    code: 'UA',
    belfiore: 'Z138',
    weight: 5,
    weightRecent: 8,
    proximity: 0,
    from: "dall'Ucraina",
    male: list('Maksym, Artem, Oleksandr, Dmytro, Mykyta, Bohdan, Ivan, Denys, Andrii, Yaroslav'),
    female: list(
      'Sofiia, Anastasiia, Solomiia, Viktoriia, Mariia, Daryna, Polina, Veronika, Yelyzaveta, Kateryna',
    ),
    surnames: list(
      'Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boiko, Koval, Oliinyk, Lysenko, Moroz, Savchenko',
    ),
    languages: (r) => (r.chance(0.4) ? ['uk', 'ru'] : ['uk']),
  },
  {
    code: 'IN',
    belfiore: 'Z222',
    weight: 4,
    weightRecent: 4,
    proximity: 0,
    from: "dall'India",
    male: list(
      'Gurpreet, Harpreet, Arshdeep, Manpreet, Jaskaran, Rohit, Aarav, Karan, Simranjit, Arjun',
    ),
    female: list(
      'Simran, Jasleen, Navneet, Harleen, Priya, Ananya, Kiran, Manpreet, Gurleen, Riya',
    ),
    surnames: list('Kumar, Sharma, Sandhu, Gill, Dhillon, Sidhu, Patel, Verma'),
    languages: () => ['pa'], // replaced by name in makeName (Hindi for non-Sikh families)
  },
  {
    code: 'PK',
    belfiore: 'Z236',
    weight: 4,
    weightRecent: 7,
    proximity: 0,
    from: 'dal Pakistan',
    male: list('Muhammad Ali, Hassan, Hamza, Usman, Abdullah, Bilal, Ahmed, Zain, Ayaan, Hussain'),
    female: list('Ayesha, Fatima, Zainab, Maryam, Hira, Iqra, Amna, Khadija, Mahnoor, Eman'),
    surnames: list(
      'Khan, Ahmed, Ali, Hussain, Butt, Iqbal, Chaudhry, Malik, Raza, Shah, Akhtar, Javed',
    ),
    languages: (r) => (r.chance(0.5) ? ['ur', 'pa'] : ['ur']),
  },
  {
    code: 'PE',
    belfiore: 'Z611',
    weight: 5,
    weightRecent: 8,
    proximity: 1,
    from: 'dal Perù',
    male: list(
      'Mateo, Santiago, Sebastián, Diego, Alessandro, Thiago, Adrián, Joaquín, Gael, Luis Fernando',
    ),
    female: list(
      'Valentina, Camila, Luciana, Ximena, Mía, Fernanda, Valeria, Daniela, Alessia, Andrea',
    ),
    surnames: list(
      'Quispe, Flores, Huamán, Mamani, Rojas, Chávez, Vargas, Ramírez, Torres, Gutiérrez, Mendoza, Castillo',
    ),
    languages: (r) => (r.chance(0.1) ? ['es', 'qu'] : ['es']),
  },
  {
    code: 'EC',
    belfiore: 'Z605',
    weight: 3,
    weightRecent: 2,
    proximity: 1,
    from: "dall'Ecuador",
    male: list('Josué, Kevin, Bryan, Jordan, Jhon, Mateo, Dylan, Anthony, Joel, Alexander'),
    female: list(
      'Nayeli, Dayana, Mishell, Emily, Kimberly, Doménica, Sofía, Paula, Ariana, Valentina',
    ),
    surnames: list(
      'Zambrano, Cedeño, Vera, Intriago, Mera, Loor, Macías, Moreira, Guamán, Andrade, Pilco, Salazar',
    ),
    languages: () => ['es'],
  },
  {
    code: 'SN',
    belfiore: 'Z343',
    weight: 3,
    weightRecent: 3,
    proximity: 0,
    from: 'dal Senegal',
    male: list(
      'Mamadou, Cheikh, Ousmane, Abdoulaye, Moustapha, Ibrahima, Modou, Serigne, Babacar, Alioune',
    ),
    female: list('Fatou, Aminata, Awa, Mariama, Khady, Ndeye, Coumba, Sokhna, Aissatou, Astou'),
    surnames: list('Diop, Ndiaye, Fall, Sow, Gueye, Diallo, Faye, Mbaye, Sarr, Ba, Seck, Cissé'),
    languages: (r) => (r.chance(0.5) ? ['wo', 'fr'] : ['wo']),
  },
  {
    code: 'BD',
    belfiore: 'Z249',
    weight: 3,
    weightRecent: 6,
    proximity: 0,
    from: 'dal Bangladesh',
    male: list('Arif, Tanvir, Rifat, Sakib, Rafi, Abir, Mahin, Nayeem, Siam, Tahmid'),
    female: list('Nusrat, Sadia, Tasnim, Jannatul, Sumaiya, Farzana, Raisa, Mim, Anika, Lamia'),
    surnames: list('Hossain, Rahman, Islam, Uddin, Ahmed, Miah, Sarker, Chowdhury, Haque, Alam'),
    languages: () => ['bn'],
  },
  {
    code: 'LK',
    belfiore: 'Z209',
    weight: 3,
    weightRecent: 3,
    proximity: 0,
    from: 'dallo Sri Lanka',
    male: list(
      'Kavindu, Tharindu, Sahan, Pasindu, Dinuka, Nimesh, Chamod, Janith, Sanuka, Ravindu',
    ),
    female: list(
      'Sanduni, Nethmi, Tharushi, Dilki, Hansini, Sewwandi, Imasha, Kavisha, Nadeesha, Senuri',
    ),
    surnames: list(
      'Perera, Fernando, De Silva, Jayasinghe, Wickramasinghe, Bandara, Rathnayake, Gunawardena, Dissanayake, Herath',
    ),
    languages: (r) => (r.chance(0.2) ? ['ta'] : ['si']),
  },
  {
    code: 'NG',
    belfiore: 'Z335',
    weight: 2,
    weightRecent: 2,
    proximity: 0,
    from: 'dalla Nigeria',
    male: list(
      'Chinedu, Emeka, Oluwaseun, Tobi, David, Samuel, Chukwuemeka, Daniel, Ifeanyi, Ayomide',
    ),
    female: list(
      'Chiamaka, Blessing, Precious, Favour, Adaeze, Esther, Joy, Ngozi, Temitope, Peace',
    ),
    surnames: list(
      'Okafor, Okeke, Adeyemi, Eze, Obi, Nwosu, Osagie, Igbinedion, Adebayo, Okonkwo, Uzor, Ogbonna',
    ),
    languages: (r) =>
      r
        .weighted([
          [['en', 'ig'], 3],
          [['en', 'yo'], 3],
          [['en', 'bin'], 2],
          [['en'], 2],
        ] as const)
        .slice(),
  },
  {
    code: 'MD',
    belfiore: 'Z140',
    weight: 2,
    weightRecent: 2,
    proximity: 1,
    from: 'dalla Moldova',
    male: list('Ion, Vlad, Nicolae, Daniel, Cristian, Denis, Artur, Maxim, Victor, Mihai'),
    female: list(
      'Cristina, Ana, Mihaela, Nicoleta, Victoria, Doina, Elena, Irina, Adriana, Daniela',
    ),
    surnames: list(
      'Rusu, Ceban, Ciobanu, Țurcan, Cojocaru, Popa, Lungu, Munteanu, Botnaru, Rotaru',
    ),
    languages: (r) => (r.chance(0.4) ? ['ro', 'ru'] : ['ro']),
  },
  {
    code: 'TN',
    belfiore: 'Z352',
    weight: 2,
    weightRecent: 4,
    proximity: 0,
    from: 'dalla Tunisia',
    male: list('Aymen, Mehdi, Skander, Yassine, Wassim, Ghaith, Rayen, Iheb, Amir, Youssef'),
    female: list('Ines, Eya, Rania, Syrine, Nour, Chaima, Yasmine, Maram, Ons, Lina'),
    surnames: list(
      'Ben Salah, Trabelsi, Jlassi, Gharbi, Hamdi, Ben Ali, Mejri, Bouazizi, Chaabane, Ayari',
    ),
    languages: (r) => (r.chance(0.4) ? ['ar', 'fr'] : ['ar']),
  },
  {
    code: 'SV',
    belfiore: 'Z506',
    weight: 2,
    weightRecent: 5,
    proximity: 1,
    from: 'da El Salvador',
    male: list('José, Carlos, Jonathan, Kevin, Edwin, Jefferson, Brandon, Steven, Óscar, Walter'),
    female: list(
      'Fátima, Gabriela, Katherine, Jennifer, Tatiana, Andrea, Yesenia, Karla, Roxana, Marisol',
    ),
    surnames: list(
      'Hernández, López, Martínez, Rivas, Flores, Portillo, Alvarado, Ramos, Orellana, Argueta',
    ),
    languages: () => ['es'],
  },
  {
    code: 'BR',
    belfiore: 'Z602',
    weight: 1,
    weightRecent: 1,
    proximity: 1,
    from: 'dal Brasile',
    male: list('Gabriel, Miguel, Arthur, Davi, Pedro, Lucas'),
    female: list('Ana Clara, Beatriz, Júlia, Isabela, Laura, Lívia'),
    surnames: list('Silva, Santos, Oliveira, Souza, Pereira, Lima, Ferreira, Costa'),
    languages: () => ['pt'],
  },
];

/** Names families born or settled in Italy often choose. */
const ITALIAN_FRIENDLY = {
  M: list('Luca, Matteo, Adam, Kevin, Christian, Leonardo, Alessio, Daniel, Samuel, Nicolas'),
  F: list('Sofia, Giulia, Noemi, Aurora, Alice, Emily, Giorgia, Melissa, Sara, Rebecca'),
};

const LANGUAGE_NAMES: Record<string, string> = {
  ro: 'rumeno',
  sq: 'albanese',
  ar: 'arabo',
  ber: 'berbero',
  zh: 'cinese',
  wuu: 'wenzhouese',
  tl: 'tagalog',
  uk: 'ucraino',
  ru: 'russo',
  hi: 'hindi',
  pa: 'punjabi',
  es: 'spagnolo',
  qu: 'quechua',
  ur: 'urdu',
  wo: 'wolof',
  fr: 'francese',
  bn: 'bengalese',
  si: 'singalese',
  ta: 'tamil',
  en: 'inglese',
  ig: 'igbo',
  yo: 'yoruba',
  bin: 'edo',
  pt: 'portoghese',
  it: 'italiano',
};

const ITALIAN_MONTHS = list(
  'gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre',
);

/** Lombard municipalities (codice catastale) for pupils born in Italy. */
const BIRTHPLACES: (readonly [string, number])[] = [
  ['F205', 70], // Milano
  ['I690', 8], // Sesto San Giovanni
  ['C707', 7], // Cinisello Balsamo
  ['F704', 7], // Monza
  ['A794', 4], // Bergamo
  ['B157', 4], // Brescia
];

// ---------------------------------------------------------------------------------------------
// Codice fiscale
// ---------------------------------------------------------------------------------------------

const CF_MONTHS = 'ABCDEHLMPRST';
const CF_ODD = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

function cfPart(name: string, isFirstName: boolean): string {
  const clean = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  const consonants = clean.replace(/[AEIOU]/g, '');
  const vowels = clean.replace(/[^AEIOU]/g, '');
  if (isFirstName && consonants.length >= 4) {
    return `${consonants[0]}${consonants[2]}${consonants[3]}`;
  }
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

function cfCheck(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    const ch = partial.charAt(i);
    const isDigit = ch >= '0' && ch <= '9';
    const idx = isDigit ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (CF_ODD[idx] ?? 0) : idx;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** A well-formed codice fiscale (check character included; omocodia ignored). */
export function codiceFiscale(
  lastName: string,
  firstName: string,
  birthDate: Date,
  sex: 'F' | 'M',
  belfiore: string,
): string {
  const yy = String(birthDate.getUTCFullYear() % 100).padStart(2, '0');
  const mm = CF_MONTHS.charAt(birthDate.getUTCMonth());
  const dd = String(birthDate.getUTCDate() + (sex === 'F' ? 40 : 0)).padStart(2, '0');
  const partial = `${cfPart(lastName, false)}${cfPart(firstName, true)}${yy}${mm}${dd}${belfiore}`;
  return partial + cfCheck(partial);
}

// ---------------------------------------------------------------------------------------------
// Schools, classes, staff
// ---------------------------------------------------------------------------------------------

type SchoolId = 'ic-manzoni' | 'iis-volta';
type Level = 'primaria' | 'secondaria1' | 'secondaria2';

const LEVEL_SHORT: Record<Level, string> = {
  primaria: 'prim',
  secondaria1: 'sec1',
  secondaria2: 'sec2',
};
const WEEKLY_HOURS: Record<Level, number> = { primaria: 40, secondaria1: 30, secondaria2: 32 };
const LEVEL_OFFSET: Record<Level, number> = { primaria: 0, secondaria1: 5, secondaria2: 8 };

interface Staff {
  referent: string;
  head: string;
  l2teacher: string;
  educator: string;
  /** The school's demo mediator, if any, and the family languages they cover. */
  mediator: string | null;
  mediatorLanguages: string[];
  shortId: string;
  pupilCodePrefix: string;
}

const STAFF: Record<SchoolId, Staff> = {
  'ic-manzoni': {
    referent: DEMO_UIDS.referent,
    head: DEMO_UIDS.head,
    l2teacher: DEMO_UIDS.l2teacher,
    educator: DEMO_UIDS.educator,
    mediator: DEMO_UIDS.mediator,
    mediatorLanguages: ['ar', 'fr', 'ber'],
    shortId: 'mz',
    pupilCodePrefix: '',
  },
  'iis-volta': {
    referent: DEMO_UIDS.voltaReferent,
    head: DEMO_UIDS.voltaHead,
    l2teacher: DEMO_UIDS.voltaL2teacher,
    educator: DEMO_UIDS.voltaEducator,
    mediator: null,
    mediatorLanguages: [],
    shortId: 'vt',
    pupilCodePrefix: 'S',
  },
};

interface ClassPlan {
  schoolId: SchoolId;
  id: string;
  level: Level;
  year: number;
  section: string;
  site: string;
  teacherUids: string[];
  coordinatorUid: string | null;
  weight: number;
}

function classId(year: number, section: string, level: Level): string {
  return `${year}${section.toLowerCase()}-${LEVEL_SHORT[level]}`;
}

const SITES: Record<Level, string[]> = {
  primaria: ['Plesso Via Padova', 'Plesso Via Crescenzago'],
  secondaria1: ['Plesso Via Russo'],
  secondaria2: ['Sede centrale Via Adige', 'Succursale Via Varanini'],
};

function baseClass(
  schoolId: SchoolId,
  level: Level,
  year: number,
  section: string,
  weight: number,
  teacherUids: string[] = [],
  coordinatorUid: string | null = null,
): ClassPlan {
  return {
    schoolId,
    id: classId(year, section, level),
    level,
    year,
    section,
    site: SITES[level][0] ?? 'Sede',
    teacherUids,
    coordinatorUid,
    weight,
  };
}

const BASE_CLASSES: ClassPlan[] = [
  baseClass('ic-manzoni', 'primaria', 3, 'A', 0.85),
  baseClass('ic-manzoni', 'primaria', 4, 'A', 0.9),
  baseClass('ic-manzoni', 'primaria', 5, 'B', 0.9),
  baseClass('ic-manzoni', 'secondaria1', 1, 'A', 1.0),
  baseClass(
    'ic-manzoni',
    'secondaria1',
    2,
    'B',
    1.05,
    [DEMO_UIDS.teacher, DEMO_UIDS.coordinator],
    DEMO_UIDS.coordinator,
  ),
  baseClass('ic-manzoni', 'secondaria1', 3, 'C', 0.95, [DEMO_UIDS.teacher]),
  baseClass('iis-volta', 'secondaria2', 1, 'A', 1.25, [DEMO_UIDS.voltaTeacher]),
  baseClass('iis-volta', 'secondaria2', 1, 'B', 1.2, [DEMO_UIDS.voltaTeacher]),
  baseClass('iis-volta', 'secondaria2', 2, 'A', 1.1),
  baseClass('iis-volta', 'secondaria2', 3, 'A', 1.0),
  baseClass('iis-volta', 'secondaria2', 4, 'A', 0.9),
  baseClass('iis-volta', 'secondaria2', 5, 'A', 0.8),
];

function sectionName(i: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  let n = i;
  do {
    s = letters.charAt(n % 26) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** The 12 base classes plus, for large data sets, extra sections of ~21 pupils each. */
function planClasses(pupils: number): ClassPlan[] {
  const classes = BASE_CLASSES.map((c) => ({ ...c, teacherUids: [...c.teacherUids] }));
  const wanted = Math.max(BASE_CLASSES.length, Math.ceil(pupils / PUPILS_PER_CLASS));
  const combos: [SchoolId, Level, number][] = [
    ...[1, 2, 3, 4, 5].map((y): [SchoolId, Level, number] => ['ic-manzoni', 'primaria', y]),
    ...[1, 2, 3].map((y): [SchoolId, Level, number] => ['ic-manzoni', 'secondaria1', y]),
    ...[1, 2, 3, 4, 5].map((y): [SchoolId, Level, number] => ['iis-volta', 'secondaria2', y]),
  ];
  const used = new Set(classes.map((c) => `${c.schoolId}/${c.id}`));
  for (let i = 0; classes.length < wanted; i++) {
    const combo = combos[i % combos.length];
    if (!combo) break;
    const [schoolId, level, year] = combo;
    let s = 0;
    while (used.has(`${schoolId}/${classId(year, sectionName(s), level)}`)) s++;
    const section = sectionName(s);
    const sites = SITES[level];
    const plan: ClassPlan = {
      schoolId,
      id: classId(year, section, level),
      level,
      year,
      section,
      site: sites[s % sites.length] ?? 'Sede',
      teacherUids: [],
      coordinatorUid: null,
      weight: 1,
    };
    used.add(`${schoolId}/${plan.id}`);
    classes.push(plan);
  }
  return classes;
}

/** Largest-remainder apportionment of `total` over the weights (ties by position). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map((x) => Math.floor(x));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Pupils
// ---------------------------------------------------------------------------------------------

type Profile = 'green' | 'amber' | 'red';
type Arrival = 'bornIT' | 'early' | 'mid' | 'recent';
type AmberFeature =
  | 'absence'
  | 'fails2'
  | 'lowMean'
  | 'conduct6'
  | 'ritardo1'
  | 'noMeeting'
  | 'mediatorAbsent'
  | 'noPdp'
  | 'sessionGap';
type RedFeature = 'absenceRed' | 'fails3' | 'veryLowMean' | 'conduct5' | 'ritardo2' | 'l2Stuck';

interface Draft {
  id: string;
  index: number;
  cls: ClassPlan;
  staff: Staff;
  profile: Profile;
  arrival: Arrival;
  country: Country;
  sex: 'F' | 'M';
  firstName: string;
  lastName: string;
  birthDate: Date;
  arrivalDate: Date | null;
  first: Date;
  homeLanguages: string[];
  citizenships: string[];
  needsMediator: boolean;
  amber: Set<AmberFeature>;
  red: Set<RedFeature>;
  ritardo: number;
  placement: Pupil['placement'];
  priorSchoolingYears: number;
  priorSchoolingInterrupted: boolean;
  pdp: boolean;
  pdpDate: Date | null;
  codiceFiscale: string;
  schoolPupilCode: string;
  notes: string;
  createdAt: Date;
  assigned: Set<string>;
  /** Latest L2 overall rank (lowest skill), null without assessments. */
  l2Rank: number | null;
  records: DemoRecord[];
  counters: Record<RecordKind, number>;
}

interface Ctx {
  asOf: Date;
  schoolYear: string;
  startYear: number;
  termStart: Date;
}

const AMBER_WEIGHTS = (
  d: Pick<Draft, 'arrival' | 'cls' | 'needsMediator'>,
): [AmberFeature, number][] => [
  ['absence', 3],
  ['fails2', 3],
  ['lowMean', d.cls.level === 'primaria' ? 0 : 2],
  ['conduct6', d.cls.level === 'primaria' ? 0 : 1.5],
  ['ritardo1', d.arrival === 'bornIT' ? 2 : d.arrival === 'early' ? 3 : 7],
  ['noMeeting', 2],
  ['mediatorAbsent', d.needsMediator ? 1.5 : 0],
  ['noPdp', d.arrival === 'recent' ? 2.5 : 0],
  ['sessionGap', d.arrival === 'recent' ? 2.5 : 0],
];

const RED_WEIGHTS = (d: Pick<Draft, 'arrival' | 'cls'>): [RedFeature | 'threeAmber', number][] => [
  ['absenceRed', 3],
  ['fails3', 3],
  ['veryLowMean', d.cls.level === 'primaria' ? 0 : 1.2],
  ['conduct5', d.cls.level === 'primaria' ? 0 : 1],
  ['ritardo2', d.arrival === 'bornIT' ? 0.5 : d.arrival === 'early' ? 1.5 : 4],
  ['l2Stuck', d.arrival === 'recent' ? 7 : 0],
  ['threeAmber', 1.5],
];

function pickAmber(rng: Rng, d: Draft, n: number): void {
  for (let k = 0; k < n; k++) {
    const options = AMBER_WEIGHTS(d).filter(([f]) => {
      if (d.amber.has(f)) return false;
      if (f === 'ritardo1' && d.red.has('ritardo2')) return false;
      if (f === 'sessionGap' && (d.red.has('l2Stuck') || d.amber.has('noPdp'))) return false;
      if (f === 'noPdp' && d.amber.has('sessionGap')) return false;
      if ((f === 'fails2' || f === 'lowMean') && (d.red.has('fails3') || d.red.has('veryLowMean')))
        return false;
      if (f === 'conduct6' && d.red.has('conduct5')) return false;
      if (f === 'absence' && d.red.has('absenceRed')) return false;
      return true;
    });
    if (options.every(([, w]) => w <= 0)) return;
    d.amber.add(rng.weighted(options));
  }
}

/** Nominal age in years at asOf for a pupil with no ritardo in this class. */
function nominalAge(cls: ClassPlan, ctx: Ctx): number {
  const index = LEVEL_OFFSET[cls.level] + cls.year - 1;
  const birthYear = ctx.startYear - 6 - index;
  return ctx.asOf.getUTCFullYear() + ctx.asOf.getUTCMonth() / 12 - birthYear - 0.5;
}

function chooseArrival(rng: Rng, cls: ClassPlan, ctx: Ctx): Arrival {
  const bornItaly = { primaria: 0.55, secondaria1: 0.42, secondaria2: 0.3 }[cls.level];
  if (rng.chance(bornItaly)) return 'bornIT';
  const age = nominalAge(cls, ctx);
  const recentOk = !(cls.level === 'secondaria2' && cls.year >= 4);
  const midOk = age >= 8.7;
  return rng.weighted([
    ['recent', recentOk ? 0.32 : 0],
    ['mid', midOk ? 0.35 : 0],
    ['early', 0.33],
  ] as const);
}

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

/** Summer, Christmas or a weekend: enrolment happens on the next lesson day. */
function enrolmentDay(d: Date): Date {
  return nextLessonDay(d);
}

interface MonthRange {
  min: number;
  max: number;
}

function recentRange(d: Draft, ageMonths: number): MonthRange {
  let min = 0.3;
  let max = Math.min(23, ageMonths - 74);
  const marksFeature =
    d.amber.has('fails2') ||
    d.amber.has('lowMean') ||
    d.amber.has('conduct6') ||
    d.red.has('fails3') ||
    d.red.has('veryLowMean') ||
    d.red.has('conduct5');
  if (marksFeature) min = Math.max(min, 2.3);
  if (d.amber.has('absence') || d.red.has('absenceRed')) min = Math.max(min, 1.5);
  if (d.amber.has('sessionGap')) {
    min = Math.max(min, 1.9);
    max = Math.min(max, 5.4);
  }
  if (d.red.has('l2Stuck')) {
    min = Math.max(min, 7.5);
    max = Math.min(max, 22);
  }
  if (d.amber.has('noPdp')) {
    min = Math.max(min, 10.5);
    max = Math.min(max, 22.5);
  }
  if (max < min) max = min;
  return { min, max };
}

/** Date of the first scrutinio a pupil entering on `entry` takes part in (31 January). */
function firstScrutinio(entry: Date): Date {
  const sy = startYearOf(schoolYearOf(entry));
  const sameYear = term1End(sy);
  return entry <= sameYear ? sameYear : term1End(sy + 1);
}

function placeDates(rng: Rng, d: Draft, ctx: Ctx): void {
  const { asOf } = ctx;
  // First Italian school: the start of primaria; in 1st-2nd primaria the start of infanzia
  // instead, so that pupils born here do not count as newly arrived.
  const primariaStart = schoolStart(d.birthDate.getUTCFullYear() + 6);
  const firstSchool =
    monthsBetween(primariaStart, asOf) < 24
      ? schoolStart(d.birthDate.getUTCFullYear() + 3)
      : primariaStart;
  const ageMonths = monthsBetween(d.birthDate, asOf);
  if (d.arrival === 'bornIT') {
    d.arrivalDate = null;
    d.first = firstSchool;
    return;
  }
  if (d.arrival === 'early') {
    const span = daysBetween(d.birthDate, firstSchool) - 14 - 120;
    d.arrivalDate = addDays(d.birthDate, 120 + Math.floor(rng.float() * Math.max(1, span)));
    d.first = firstSchool;
    return;
  }
  if (d.arrival === 'mid') {
    const maxYears = Math.min(7, ageMonths / 12 - 6.3);
    for (let attempt = 0; attempt < 8; attempt++) {
      const years = rng.range(2.3, Math.max(2.4, maxYears));
      const arrival = addDays(asOf, -Math.round(years * 365.25));
      const first = enrolmentDay(addDays(arrival, rng.int(3, 30)));
      if (monthsBetween(first, asOf) >= 24 && arrival > d.birthDate) {
        d.arrivalDate = arrival;
        d.first = first;
        return;
      }
    }
    d.arrival = 'early';
    placeDates(rng, d, ctx);
    return;
  }
  // recent (NAI)
  const range = recentRange(d, ageMonths);
  const latestEntry = weekdayBack(addDays(asOf, -2));
  let chosen: Date | null = null;
  for (let attempt = 0; attempt < 10 && chosen === null; attempt++) {
    const months = rng.range(range.min, range.max);
    let first = enrolmentDay(addDays(asOf, -Math.round(months * MONTH_DAYS)));
    if (first > latestEntry) first = latestEntry;
    const real = daysBetween(first, asOf) / MONTH_DAYS;
    const okRange = real >= range.min - 0.25 && real <= range.max + 0.25;
    const okNai = monthsBetween(first, asOf) < 24;
    const okPdp = !d.amber.has('noPdp') || firstScrutinio(first) < asOf;
    if (okRange && okNai && okPdp) chosen = first;
  }
  if (chosen === null) {
    // Constraints not satisfiable in this calendar: keep a plain NAI and drop the timing features.
    d.amber.delete('noPdp');
    d.amber.delete('sessionGap');
    d.red.delete('l2Stuck');
    if (d.red.size === 0 && d.profile === 'red') d.red.add('absenceRed');
    if (d.amber.size === 0 && d.profile === 'amber') d.amber.add('absence');
    chosen = minDate(
      latestEntry,
      enrolmentDay(addDays(asOf, -Math.round(rng.range(0.5, 6) * MONTH_DAYS))),
    );
  }
  d.first = chosen;
  const arrival = addDays(chosen, -rng.int(4, 45));
  d.arrivalDate = maxDate(arrival, addDays(d.birthDate, 1));
}

function makeDraft(
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

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

const KIND_SUFFIX: Record<RecordKind, string> = {
  l2Assessments: 'l2',
  tutoringSessions: 'tut',
  peerSessions: 'peer',
  familyMeetings: 'fam',
  termRecords: 'term',
  interventions: 'int',
};

function meta(d: Draft, createdBy: string, date: Date, asOf: Date): RecordMeta {
  const at = minDate(date, asOf);
  return {
    schoolId: d.cls.schoolId,
    pupilId: d.id,
    createdBy,
    createdAt: copy(at),
    updatedAt: copy(at),
  };
}

function nextId(d: Draft, kind: RecordKind, suffix?: string): string {
  d.counters[kind] += 1;
  return suffix
    ? `${d.id}-${KIND_SUFFIX[kind]}-${suffix}`
    : `${d.id}-${KIND_SUFFIX[kind]}-${d.counters[kind]}`;
}

function classLead(d: Draft): string {
  return d.cls.coordinatorUid ?? d.cls.teacherUids[0] ?? d.staff.referent;
}

// ---- L2 -------------------------------------------------------------------------------------

function baseRank(months: number): number {
  if (months < 2) return 0;
  if (months < 6) return 1;
  if (months < 12) return 2;
  if (months < 18) return 3;
  if (months < 30) return 4;
  if (months < 48) return 5;
  if (months < 84) return 6;
  return 7;
}

function level(rank: number): CefrLevel {
  return CEFR_LEVELS[Math.max(0, Math.min(CEFR_LEVELS.length - 1, rank))] ?? 'PreA1';
}

const L2_NOTES = [
  'Comprende consegne semplici; la scrittura è ancora molto fonetica.',
  'Interagisce volentieri con i compagni; lessico scolastico da consolidare.',
  'Buona comprensione orale; difficoltà con i testi di studio.',
  'Progressi evidenti nella lettura; produzione scritta breve ma corretta.',
  '',
  '',
  '',
];

function l2Records(rng: Rng, d: Draft, ctx: Ctx, assessorName: (uid: string) => string): void {
  if (d.arrival === 'bornIT') return;
  const { asOf } = ctx;
  const red = d.red.has('l2Stuck');
  const bonus = d.country.proximity > 0 && rng.chance(0.7) ? 1 : 0;
  const offsets: Record<(typeof L2_SKILLS)[number], number> = {
    ascolto: rng.chance(0.4) ? 1 : 0,
    lettura: rng.chance(0.5) ? -1 : 0,
    parlato: 0,
    interazione: rng.chance(0.3) ? 1 : 0,
    scrittura: rng.chance(0.7) ? -1 : 0,
  };
  interface Test {
    date: Date;
    months: number;
    domain: L2Assessment['domain'];
    tool: L2Assessment['tool'];
  }
  const tests: Test[] = [];
  if (d.arrival === 'recent') {
    const entry = minDate(addDays(d.first, rng.int(3, 12)), asOf);
    tests.push({
      date: weekdayBack(entry) < d.first ? entry : weekdayBack(entry),
      months: 0,
      domain: 'communication',
      tool: 'entryTest',
    });
    for (const k of [6, 12, 18]) {
      const nominal = addMonths(d.first, k);
      if (nominal > asOf) break;
      let date = minDate(addDays(nominal, rng.int(2, 14)), asOf);
      const lesson = lessonDayNear(date, asOf);
      if (lesson >= nominal) date = lesson;
      tests.push({ date, months: k, domain: 'communication', tool: 'schoolTest' });
    }
    while (tests.length > 3) tests.splice(1, 1);
  } else if (d.arrival === 'mid') {
    const m = monthsBetween(d.first, asOf);
    for (const back of [13, 1]) {
      const date = lessonDayNear(addDays(addMonths(asOf, -back), -rng.int(0, 10)), asOf);
      tests.push({ date, months: m - back, domain: 'communication', tool: 'schoolTest' });
    }
  } else {
    // early: one test of the language of study this year
    const date = weekdayBack(minDate(addDays(ctx.termStart, rng.int(15, 45)), addDays(asOf, -1)));
    tests.push({ date, months: monthsBetween(d.first, date), domain: 'study', tool: 'schoolTest' });
  }

  let previous: Record<string, number> | null = null;
  tests.forEach((t, i) => {
    const ranks: Record<string, number> = {};
    for (const skill of L2_SKILLS) {
      let r = baseRank(t.months) + bonus + offsets[skill] - (t.domain === 'study' ? 1 : 0);
      if (!red && t.months >= 6) r = Math.max(r, 2); // A2 reached by 6 months
      if (red) r = i === 0 ? Math.min(r, rng.chance(0.5) ? 0 : 1) : Math.min(r, 1);
      r = Math.max(0, Math.min(8, r));
      if (previous && !red) r = Math.max(r, (previous[skill] ?? 0) + 1); // visible progress
      if (previous && red) r = Math.max(r, previous[skill] ?? 0);
      ranks[skill] = Math.min(8, r);
    }
    previous = ranks;
    const levels = {
      ascolto: level(ranks.ascolto ?? 0),
      lettura: level(ranks.lettura ?? 0),
      parlato: level(ranks.parlato ?? 0),
      interazione: level(ranks.interazione ?? 0),
      scrittura: level(ranks.scrittura ?? 0),
    };
    const minRank = Math.min(...Object.values(ranks));
    const isLast = i === tests.length - 1;
    const cils =
      isLast &&
      d.arrival === 'mid' &&
      d.cls.level === 'secondaria2' &&
      minRank >= 4 &&
      rng.chance(0.3);
    const tool: L2Assessment['tool'] =
      t.tool === 'entryTest' && t.date < utc(2025, 9, 1) ? 'schoolTest' : cils ? 'CILS' : t.tool;
    const uid = d.staff.l2teacher;
    const data: L2Assessment = {
      date: copy(t.date),
      tool,
      domain: t.domain,
      levels: cils
        ? {
            ascolto: level(minRank),
            lettura: level(minRank),
            parlato: level(minRank),
            interazione: level(minRank),
            scrittura: level(minRank),
          }
        : levels,
      assessorName: cils ? 'Università per Stranieri di Siena (CILS)' : assessorName(uid),
      notes: rng.pick(L2_NOTES),
    };
    d.records.push({
      kind: 'l2Assessments',
      schoolId: d.cls.schoolId,
      pupilId: d.id,
      id: nextId(d, 'l2Assessments'),
      data: { ...data, ...meta(d, uid, t.date, asOf) },
    });
    d.l2Rank = cils ? minRank : Math.min(...Object.values(ranks));
  });
  if (d.l2Rank !== null && (d.l2Rank < 4 || d.arrival === 'recent'))
    d.assigned.add(d.staff.l2teacher);
}

// ---- Term records ---------------------------------------------------------------------------

const JUDGEMENT_BY_MIN: [number, Mark & { kind: 'judgement' }][] = [
  [9.5, { kind: 'judgement', value: 'Ottimo' }],
  [8.5, { kind: 'judgement', value: 'Distinto' }],
  [7.5, { kind: 'judgement', value: 'Buono' }],
  [6.5, { kind: 'judgement', value: 'Discreto' }],
  [6, { kind: 'judgement', value: 'Sufficiente' }],
];

function rawMark(v: number): string {
  const n = Math.floor(v);
  const f = v - n;
  if (f === 0) return String(n);
  if (f === 0.25) return `${n}+`;
  if (f === 0.5) return `${n}½`;
  return `${n + 1}-`;
}

function toMark(v: number, level: Level): Mark {
  if (level !== 'primaria') return { kind: 'numeric', value: v, raw: rawMark(v) };
  for (const [min, mark] of JUDGEMENT_BY_MIN) if (v >= min) return { ...mark };
  return { kind: 'judgement', value: 'Non sufficiente' };
}

interface MarksSpec {
  fails: number;
  meanMin: number;
  meanMax: number;
  itaMat: 'avoid' | 'force' | 'any';
}

function marksSpec(rng: Rng, d: Draft): MarksSpec {
  if (d.red.has('veryLowMean'))
    return { fails: rng.int(5, 6), meanMin: 4.0, meanMax: 4.85, itaMat: 'any' };
  if (d.red.has('fails3')) {
    return rng.chance(0.35)
      ? { fails: 2, meanMin: 5.6, meanMax: 6.6, itaMat: 'force' }
      : { fails: rng.int(3, 4), meanMin: 5.0, meanMax: 6.2, itaMat: 'any' };
  }
  if (d.amber.has('lowMean'))
    return {
      fails: d.amber.has('fails2') ? 2 : rng.int(1, 2),
      meanMin: 5.2,
      meanMax: 5.85,
      itaMat: 'avoid',
    };
  // Engine 2: marks carry the level, so pupils drafted at risk mostly have a mean below pass
  // (with absences, ritardo or L2 as context), as real at-risk pupils do.
  if (d.amber.has('fails2')) return { fails: 2, meanMin: 5.4, meanMax: 5.95, itaMat: 'avoid' };
  if (d.profile !== 'green' && rng.chance(0.6))
    return { fails: rng.int(1, 3), meanMin: 5.3, meanMax: 5.95, itaMat: 'avoid' };
  return {
    fails: rng.chance(0.22) ? 1 : 0,
    meanMin: 6.3,
    meanMax: rng.range(7.0, 9.0),
    itaMat: 'avoid',
  };
}

function genMarks(rng: Rng, d: Draft, spec: MarksSpec, level: Level): Record<string, Mark> {
  const subjects: string[] = [...SUBJECTS_BY_LEVEL[level]];
  const nai = d.arrival === 'recent';
  const preferred = nai
    ? ['italiano', 'storia', 'geografia', 'scienze']
    : ['matematica', 'inglese', 'italiano', 'scienze'];
  const ordered = rng
    .shuffle([...subjects])
    .sort((a, b) => Number(preferred.includes(b)) - Number(preferred.includes(a)));
  let failing: string[];
  if (spec.itaMat === 'force') {
    failing = [
      'italiano',
      'matematica',
      ...ordered.filter((s) => s !== 'italiano' && s !== 'matematica'),
    ].slice(0, Math.max(2, spec.fails));
  } else {
    failing = ordered.slice(0, Math.min(spec.fails, subjects.length));
    if (spec.itaMat === 'avoid' && failing.includes('italiano') && failing.includes('matematica')) {
      const swap = ordered.find((s) => !failing.includes(s));
      if (swap) failing = failing.map((s) => (s === 'matematica' ? swap : s));
    }
  }
  // A pupil still learning Italian rarely goes beyond 6½ in the language-heavy subjects.
  const languageHeavy = ['italiano', 'storia', 'geografia'];
  const cap = (s: string) => (nai && (d.l2Rank ?? 0) < 3 && languageHeavy.includes(s) ? 6.5 : 10);
  const values = new Map<string, number>();
  const centre = (spec.meanMin + spec.meanMax) / 2 + 0.4;
  for (const s of subjects) {
    if (failing.includes(s)) values.set(s, rng.pick([4, 4.5, 5, 5, 5.5, 5.5, 5.75]));
    else {
      const v = Math.round((centre + rng.range(-1.3, 1.3)) * 4) / 4;
      values.set(s, Math.max(6, Math.min(cap(s), v)));
    }
  }
  const mean = () => [...values.values()].reduce((a, b) => a + b, 0) / values.size;
  for (let i = 0; i < 300; i++) {
    const m = mean();
    const passes = subjects.filter((s) => !failing.includes(s));
    if (m < spec.meanMin) {
      const low = passes
        .filter((s) => (values.get(s) ?? 10) + 0.5 <= cap(s))
        .sort((a, b) => (values.get(a) ?? 0) - (values.get(b) ?? 0))[0];
      const lowFail = failing.filter((s) => (values.get(s) ?? 6) < 5.5)[0];
      const target = low ?? lowFail;
      if (!target) break;
      values.set(target, (values.get(target) ?? 6) + 0.5);
    } else if (m > spec.meanMax) {
      const high = passes
        .filter((s) => (values.get(s) ?? 6) > 6)
        .sort((a, b) => (values.get(b) ?? 0) - (values.get(a) ?? 0))[0];
      const highFail = failing
        .filter((s) => (values.get(s) ?? 3) > 3)
        .sort((a, b) => (values.get(b) ?? 0) - (values.get(a) ?? 0))[0];
      const target = high ?? highFail;
      if (!target) break;
      const floor = failing.includes(target) ? 3 : 6;
      values.set(target, Math.max(floor, (values.get(target) ?? 6) - 0.5));
    } else break;
  }
  const marks: Record<string, Mark> = {};
  for (const s of subjects) marks[s] = toMark(values.get(s) ?? 6, level);
  return marks;
}

function conductMark(rng: Rng, d: Draft, level: Level, current: boolean): Mark {
  if (level === 'primaria') {
    return {
      kind: 'judgement',
      value: rng.weighted([
        ['Ottimo', 1],
        ['Distinto', 3],
        ['Buono', 4],
        ['Discreto', 1],
      ] as const),
    };
  }
  let v: number = rng.weighted([
    [7, 2],
    [8, 4],
    [9, 3],
    [10, 1],
  ] as const);
  if (current && d.amber.has('conduct6')) v = 6;
  if (current && d.red.has('conduct5')) v = 5;
  return { kind: 'numeric', value: v, raw: String(v) };
}

function absenceShare(rng: Rng, d: Draft, current: boolean): number {
  if (current && d.red.has('absenceRed')) return rng.range(0.21, 0.34);
  if (current && d.amber.has('absence')) return rng.range(0.105, 0.17);
  if (!current && d.profile !== 'green') return rng.range(0.03, 0.12);
  // Most pupils 2-8%, skewed low.
  return 0.015 + 0.065 * rng.float() ** 1.4;
}

/** Class (level, year) of the pupil in a past school year, or null if outside the schools. */
function classInYear(cls: ClassPlan, yearsAgo: number): { level: Level; year: number } | null {
  const index = LEVEL_OFFSET[cls.level] + cls.year - 1 - yearsAgo;
  if (index < 0) return null;
  const level: Level = index >= 8 ? 'secondaria2' : index >= 5 ? 'secondaria1' : 'primaria';
  const sameSchool =
    cls.level === 'secondaria2' ? level === 'secondaria2' : level !== 'secondaria2';
  return sameSchool ? { level, year: index - LEVEL_OFFSET[level] + 1 } : null;
}

function termRecords(rng: Rng, d: Draft, ctx: Ctx): void {
  const { asOf, startYear } = ctx;
  const years: { sy: number; level: Level; current: boolean }[] = [];
  const prev = classInYear(d.cls, 1);
  if (prev) years.push({ sy: startYear - 1, level: prev.level, current: false });
  years.push({ sy: startYear, level: d.cls.level, current: true });

  for (const { sy, level, current } of years) {
    const start = schoolStart(sy);
    const end = schoolEnd(sy);
    const from = maxDate(start, d.first);
    if (from > end || from > asOf) continue;
    const weekly = WEEKLY_HOURS[level];
    // Monte ore from the calendar; personalised (from the entry day) for late entrants.
    const annualHours = Math.max(
      1,
      Math.round((lessonDaysBetween(from, addDays(end, 1)) * weekly) / 5),
    );
    const terms = [
      { term: 1, start, end: term1End(sy) },
      { term: 2, start: addDays(term1End(sy), 1), end },
    ];
    const share = absenceShare(rng, d, current);
    const applicable = terms.filter((t) => t.start <= asOf && t.end >= from);
    const lastTerm = applicable[applicable.length - 1]?.term ?? 0;
    for (const t of terms) {
      if (t.start > asOf || t.end < from) continue;
      const until = minDate(addDays(t.end, 1), asOf);
      const lessonHours = Math.round((lessonDaysBetween(from, until) * weekly) / 5);
      const absenceHours = Math.min(lessonHours, Math.round(lessonHours * share));
      const daysInTerm = daysBetween(maxDate(t.start, from), until);
      const isLatest = current && t.term === lastTerm;
      let marks: Record<string, Mark> = {};
      let conduct: Mark | null = null;
      if (daysInTerm >= 45) {
        const spec: MarksSpec = isLatest
          ? marksSpec(rng, d)
          : !current && t.term === 2
            ? { fails: 0, meanMin: 6.2, meanMax: 7.8, itaMat: 'avoid' } // admitted in June
            : d.profile === 'green'
              ? { fails: rng.chance(0.2) ? 1 : 0, meanMin: 6.3, meanMax: 8.5, itaMat: 'avoid' }
              : { fails: rng.int(0, 2), meanMin: 5.8, meanMax: 7.0, itaMat: 'avoid' };
        marks = genMarks(rng, d, spec, level);
        conduct = conductMark(rng, d, level, isLatest);
      }
      const data: TermRecord = {
        schoolYear: `${sy}/${String((sy + 1) % 100).padStart(2, '0')}`,
        term: t.term,
        lessonHours,
        absenceHours,
        annualHours,
        marks,
        conduct,
      };
      const recordDate = minDate(t.end, asOf);
      d.records.push({
        kind: 'termRecords',
        schoolId: d.cls.schoolId,
        pupilId: d.id,
        // At the term's id, as every writer: one record per pupil, school year and term.
        id: termRecordId(data.schoolYear, data.term),
        data: { ...data, ...meta(d, classLead(d), recordDate, asOf) },
      });
    }
  }
}

// ---- Family meetings ------------------------------------------------------------------------

const FOLLOW_UPS = [
  'Aggiornare la famiglia sulle assenze a fine mese',
  'Verificare la frequenza al laboratorio L2',
  'Consegnare il PDP tradotto',
  'Fissare un incontro con il coordinatore di classe',
  'Ricontattare la famiglia telefonicamente',
];

function meetingLanguage(d: Draft): string {
  return d.needsMediator ? (d.homeLanguages[0] ?? 'it') : 'it';
}

function familyMeetings(rng: Rng, d: Draft, ctx: Ctx): void {
  const { asOf, termStart } = ctx;
  const lang = meetingLanguage(d);
  const mediatorCovers = d.staff.mediator !== null && d.staff.mediatorLanguages.includes(lang);
  const participants = (): FamilyMeeting['participants'] =>
    rng
      .weighted([
        [['mother'], 6],
        [['father'], 2],
        [['mother', 'father'], 1.5],
        [['guardian'], d.cls.level === 'secondaria2' && d.arrival === 'recent' ? 1.5 : 0.2],
        [['mother', 'other'], 0.5],
      ] as const)
      .slice();
  const push = (data: FamilyMeeting, createdBy: string) => {
    d.records.push({
      kind: 'familyMeetings',
      schoolId: d.cls.schoolId,
      pupilId: d.id,
      id: nextId(d, 'familyMeetings'),
      data: { ...data, ...meta(d, createdBy, data.date, asOf) },
    });
    if (createdBy === d.staff.mediator) d.assigned.add(createdBy);
  };
  const creator = (present: boolean) =>
    present && mediatorCovers && d.staff.mediator ? d.staff.mediator : classLead(d);
  const mediatorNote = (present: boolean) =>
    present && !mediatorCovers && d.needsMediator
      ? `Presente un mediatore del servizio comunale (${LANGUAGE_NAMES[lang] ?? lang}).`
      : '';

  // Previous school year: one or two meetings.
  const prevStart = schoolStart(ctx.startYear - 1);
  if (d.first < utc(ctx.startYear, 3, 1)) {
    const n = rng.int(1, 2);
    for (let i = 0; i < n; i++) {
      const base = i === 0 ? utc(ctx.startYear - 1, 12, 1) : utc(ctx.startYear, 4, 10);
      const date = lessonDayNear(
        maxDate(addDays(base, rng.int(0, 20)), addDays(maxDate(prevStart, d.first), 7)),
        asOf,
      );
      if (date >= asOf) continue;
      const present = d.needsMediator && rng.chance(0.8);
      push(
        {
          date,
          participants: participants(),
          language: lang,
          mediatorNeeded: d.needsMediator,
          mediatorPresent: present,
          held: true,
          outcome: rng.weighted([
            ['positive', 5],
            ['neutral', 4],
            ['difficult', d.profile === 'green' ? 0.5 : 2],
          ] as const),
          followUp: '',
          followUpDue: null,
          notes: mediatorNote(present),
        },
        creator(present),
      );
    }
  }

  // This term.
  const from = maxDate(addDays(termStart, 14), d.first);
  const to = addDays(asOf, -1);
  const between = (a: Date, b: Date) =>
    minDate(
      weekdayForward(addDays(a, Math.floor(rng.float() * Math.max(1, daysBetween(a, b))))),
      asOf,
    );
  if (d.amber.has('noMeeting')) {
    if (from <= to && rng.chance(0.5)) {
      const date = maxDate(between(from, to), d.first);
      push(
        {
          date,
          participants: participants(),
          language: lang,
          mediatorNeeded: d.needsMediator,
          mediatorPresent: false,
          held: false,
          outcome: null,
          followUp: 'Ricontattare la famiglia telefonicamente',
          followUpDue: addDays(date, 10),
          notes: 'La famiglia non si è presentata al colloquio.',
        },
        classLead(d),
      );
    }
    return;
  }
  // Welcome meeting on the entry day for new arrivals, else a colloquio in Oct-Nov.
  const welcome = d.first >= termStart && rng.chance(0.7);
  let date = welcome
    ? copy(d.first)
    : between(from <= to ? from : d.first, to >= d.first ? to : d.first);
  if (date < termStart) date = nextLessonDay(termStart);
  if (date > asOf) date = copy(d.first);
  const absent = d.amber.has('mediatorAbsent');
  const present = d.needsMediator && !absent;
  const outcome: FamilyMeeting['outcome'] =
    d.profile === 'green'
      ? rng.weighted([
          ['positive', 6],
          ['neutral', 3.5],
          ['difficult', 0.5],
        ] as const)
      : d.profile === 'amber'
        ? rng.weighted([
            ['positive', 3],
            ['neutral', 5],
            ['difficult', 2],
          ] as const)
        : rng.weighted([
            ['positive', 1],
            ['neutral', 4],
            ['difficult', 5],
          ] as const);
  const follow = outcome === 'difficult' || (d.profile !== 'green' && rng.chance(0.5));
  push(
    {
      date,
      participants: participants(),
      language: absent ? 'it' : lang,
      mediatorNeeded: d.needsMediator,
      mediatorPresent: present,
      held: true,
      outcome,
      followUp: follow ? rng.pick(FOLLOW_UPS) : '',
      followUpDue: follow ? addDays(date, rng.int(14, 35)) : null,
      notes: absent
        ? "Mediatore richiesto ma non disponibile: colloquio svolto con l'aiuto di un fratello maggiore."
        : welcome
          ? 'Colloquio di accoglienza: presentazione della scuola, orari e patto di corresponsabilità.'
          : mediatorNote(present),
    },
    creator(present),
  );
}

// ---- Tutoring -------------------------------------------------------------------------------

const ABSENCE_REASONS = [
  'Assente da scuola',
  'Visita medica',
  "Non si è presentato all'incontro",
  'Uscita anticipata',
];
const STUDY_SUBJECTS = [
  'Matematica',
  'Italiano per lo studio',
  'Metodo di studio',
  'Inglese',
  'Scienze',
  'Storia',
];

function tutoring(rng: Rng, d: Draft, ctx: Ctx): void {
  const { asOf, termStart } = ctx;
  const absentish = d.amber.has('absence') || d.red.has('absenceRed');
  const attendP = absentish ? 0.7 : 0.92;
  const earliest = maxDate(termStart, addDays(d.first, 5));
  const push = (
    date: Date,
    educatorUid: string,
    subject: string,
    minutes: number,
    format: TutoringSession['format'],
    forceAttended = false,
  ) => {
    const attended = forceAttended || rng.chance(attendP);
    const data: TutoringSession = {
      date,
      educatorUid,
      subject,
      minutes,
      format,
      attended,
      absenceReason: attended ? '' : rng.pick(ABSENCE_REASONS),
      planId: null,
      notes: attended && rng.chance(0.15) ? 'Lavoro su lessico e consegne della settimana.' : '',
    };
    d.records.push({
      kind: 'tutoringSessions',
      schoolId: d.cls.schoolId,
      pupilId: d.id,
      id: nextId(d, 'tutoringSessions'),
      data: { ...data, ...meta(d, educatorUid, date, asOf) },
    });
    d.assigned.add(educatorUid);
  };

  // Italian L2 workshop (laboratorio L2) for new arrivals below B1.
  if (d.arrival === 'recent' && d.l2Rank !== null && d.l2Rank < 4) {
    const gap = d.amber.has('sessionGap');
    const lastAllowed = gap ? addDays(asOf, -35) : addDays(asOf, -1);
    const weekday = rng.pick([2, 4]);
    const n = gap ? rng.int(2, 4) : d.l2Rank < 2 ? rng.int(4, 6) : rng.int(2, 4);
    let date = nextWeekday(addDays(lastAllowed, -6), weekday);
    const dates: Date[] = [];
    for (let i = 0; i < n && date >= earliest; i++) {
      if (isLessonDay(date)) dates.push(date);
      date = addDays(date, -7);
    }
    dates.reverse().forEach((dt, i) => {
      // The most recent session is attended, so a pupil below A2 keeps a contact in 4 weeks.
      const lastOne = i === dates.length - 1 && !gap;
      const small = rng.chance(0.7);
      push(
        dt,
        d.staff.l2teacher,
        'Italiano L2',
        small ? 90 : 60,
        small ? 'smallGroup' : 'individual',
        lastOne,
      );
    });
  }

  // Study support with the educator.
  const marksTrouble =
    d.amber.has('fails2') ||
    d.amber.has('lowMean') ||
    d.red.has('fails3') ||
    d.red.has('veryLowMean');
  const p = marksTrouble ? 0.75 : d.ritardo > 0 ? 0.25 : d.profile === 'green' ? 0.08 : 0.15;
  if (rng.chance(p)) {
    const n = rng.int(2, 5);
    const subject = rng.pick(STUDY_SUBJECTS);
    const weekday = rng.pick([1, 3]);
    let date = nextWeekday(addDays(asOf, -7), weekday);
    const dates: Date[] = [];
    for (let i = 0; i < n && date >= earliest; i++) {
      if (isLessonDay(date) && date < asOf) dates.push(date);
      date = addDays(date, -7);
    }
    for (const dt of dates.reverse()) {
      const small = rng.chance(0.6);
      push(
        dt,
        d.staff.educator,
        subject,
        rng.pick([60, 60, 90, 120]),
        small ? 'smallGroup' : 'individual',
      );
    }
  }
}

// ---- Interventions --------------------------------------------------------------------------

function interventions(rng: Rng, d: Draft, ctx: Ctx): void {
  const { asOf } = ctx;
  const plans: Intervention[] = [];
  const startIn = (min: number, max: number) =>
    weekdayBack(maxDate(addDays(asOf, -rng.int(min, max)), d.first));
  const planned = () => weekdayForward(addDays(asOf, rng.int(3, 12)));
  const red = d.profile === 'red';

  if (d.red.has('l2Stuck')) {
    plans.push({
      type: 'l2Course',
      tier: 3,
      ownerUid: d.staff.l2teacher,
      goal: 'Percorso individuale di italiano L2 (4 ore settimanali) con verifica mensile dei progressi.',
      start: startIn(14, 45),
      plannedWeeks: 12,
      checkEveryWeeks: 2,
      status: 'active',
      outcome: '',
    });
  } else if (d.arrival === 'recent' && rng.chance(0.55)) {
    plans.push({
      type: 'l2Course',
      tier: 2,
      ownerUid: d.staff.l2teacher,
      goal: 'Raggiungere il livello A2 di italiano per la comunicazione entro fine anno (laboratorio L2).',
      start: startIn(10, 60),
      plannedWeeks: rng.pick([16, 20, 24]),
      checkEveryWeeks: 4,
      status: 'active',
      outcome: '',
    });
  }
  if (d.red.has('absenceRed') || (d.amber.has('absence') && rng.chance(0.6))) {
    const lang = meetingLanguage(d);
    const owner =
      d.staff.mediator && d.staff.mediatorLanguages.includes(lang)
        ? d.staff.mediator
        : classLead(d);
    const active = red || rng.chance(0.5);
    plans.push({
      type: 'familyMediation',
      tier: red ? 3 : 2,
      ownerUid: owner,
      goal: 'Riportare le assenze sotto il 10% entro fine quadrimestre: contatto settimanale con la famiglia.',
      start: active ? startIn(7, 30) : planned(),
      plannedWeeks: 8,
      checkEveryWeeks: 2,
      status: active ? 'active' : 'planned',
      outcome: '',
    });
    if (owner === d.staff.mediator) d.assigned.add(owner);
  }
  const marksTrouble =
    d.amber.has('fails2') ||
    d.amber.has('lowMean') ||
    d.red.has('fails3') ||
    d.red.has('veryLowMean');
  if (marksTrouble && rng.chance(red ? 0.9 : 0.5)) {
    plans.push({
      type: 'tutoring',
      tier: 2,
      ownerUid: d.staff.educator,
      goal: 'Recupero nelle materie insufficienti: sportello pomeridiano due volte a settimana.',
      start: startIn(7, 40),
      plannedWeeks: 10,
      checkEveryWeeks: 2,
      status: 'active',
      outcome: '',
    });
    d.assigned.add(d.staff.educator);
  }
  const transition =
    (d.cls.level === 'secondaria1' && d.cls.year === 3) ||
    (d.cls.level === 'secondaria2' && d.cls.year === 1);
  if ((d.red.has('ritardo2') || (transition && d.profile !== 'green')) && rng.chance(0.6)) {
    plans.push({
      type: 'orientation',
      tier: 2,
      ownerUid: d.staff.referent,
      goal:
        d.cls.level === 'secondaria1'
          ? 'Orientamento alla scelta della scuola superiore con la famiglia (open day, colloquio con mediatore).'
          : 'Riorientamento: valutare con la famiglia il percorso più adatto (anche IeFP o CPIA).',
      start: startIn(5, 25),
      plannedWeeks: 6,
      checkEveryWeeks: 2,
      status: rng.chance(0.7) ? 'active' : 'planned',
      outcome: '',
    });
  }
  if (d.profile !== 'green' && d.first < utc(ctx.startYear - 1, 11, 1) && rng.chance(0.3)) {
    const ok = rng.chance(0.65);
    plans.push({
      type: rng.pick(['tutoring', 'peerEducation'] as const),
      tier: 1,
      ownerUid: d.staff.educator,
      goal: 'Sostegno allo studio nel secondo quadrimestre dello scorso anno.',
      start: weekdayForward(utc(ctx.startYear, 2, rng.int(5, 25))),
      plannedWeeks: 12,
      checkEveryWeeks: 4,
      status: ok ? 'completed' : 'stopped',
      outcome: ok
        ? 'Obiettivo raggiunto: ammesso/a alla classe successiva con tutte le sufficienze.'
        : 'Interrotto: frequenza irregolare agli incontri.',
    });
  }
  // About one red pupil in four has nothing running yet: the council has planned the help but
  // it has not started (the head's "to act" list). Drawn from the pupil id, not the stream, so
  // every other pupil of the demo stays as it was.
  if (red && hashSeed('not-started', d.id) % 4 === 0) {
    for (const plan of plans) {
      if (plan.status === 'active') {
        plan.status = 'planned';
        plan.start = weekdayForward(addDays(asOf, 7));
      }
    }
  } else if (red && plans.every((p) => p.status !== 'active')) {
    plans.push({
      type: 'other',
      tier: 2,
      ownerUid: classLead(d),
      goal: 'Monitoraggio settimanale del consiglio di classe e patto educativo con la famiglia.',
      start: startIn(3, 20),
      plannedWeeks: 8,
      checkEveryWeeks: 1,
      status: 'active',
      outcome: '',
    });
  }
  for (const plan of plans.slice(0, 3)) {
    if (plan.status !== 'planned' && plan.start > asOf) plan.start = weekdayBack(addDays(asOf, -1));
    const createdOn = plan.status === 'planned' ? addDays(asOf, -rng.int(1, 5)) : plan.start;
    d.records.push({
      kind: 'interventions',
      schoolId: d.cls.schoolId,
      pupilId: d.id,
      id: nextId(d, 'interventions'),
      data: { ...plan, ...meta(d, classLead(d), createdOn, asOf) },
    });
  }
}

// ---- Peer education (second pass, pairs within a class) -------------------------------------

const PEER_TOPICS = [
  'Accoglienza: regole e spazi della scuola',
  'Lessico della matematica',
  'Compiti di storia insieme',
  'Lettura guidata di un testo di scienze',
  'Preparazione alla verifica di geografia',
];

function peerSessions(rng: Rng, drafts: Draft[], ctx: Ctx): { tutor: Draft; tutee: Draft }[] {
  const pairs: { tutor: Draft; tutee: Draft }[] = [];
  const byClass = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = `${d.cls.schoolId}/${d.cls.id}`;
    const arr = byClass.get(key) ?? [];
    arr.push(d);
    byClass.set(key, arr);
  }
  for (const members of byClass.values()) {
    const used = new Set<string>();
    const tutees = members
      .filter((m) => m.arrival === 'recent' && daysBetween(m.first, ctx.asOf) > 21)
      .slice(0, 2);
    for (const tutee of tutees) {
      const candidates = members.filter(
        (m) =>
          m.profile === 'green' && m.arrival !== 'recent' && !used.has(m.id) && m.id !== tutee.id,
      );
      const sameLanguage = candidates.filter((m) => m.homeLanguages[0] === tutee.homeLanguages[0]);
      const pool = sameLanguage.length > 0 ? sameLanguage : candidates;
      if (pool.length === 0 || !rng.chance(0.7)) continue;
      const tutor = rng.pick(pool);
      used.add(tutor.id);
      pairs.push({ tutor, tutee });
      const n = rng.int(2, 4);
      let date = nextWeekday(addDays(ctx.asOf, -7), 4);
      const dates: Date[] = [];
      for (let i = 0; i < n && date > addDays(tutee.first, 7) && date >= ctx.termStart; i++) {
        if (isLessonDay(date) && date < ctx.asOf) dates.push(date);
        date = addDays(date, -7);
      }
      for (const dt of dates.reverse()) {
        const topic = rng.pick(PEER_TOPICS);
        const attended = rng.chance(0.9);
        for (const [self, partner, role] of [
          [tutor, tutee, 'tutor'],
          [tutee, tutor, 'tutee'],
        ] as const) {
          const data: PeerSession = {
            date: copy(dt),
            role,
            partnerPupilId: partner.id,
            topic,
            attended,
            notes: '',
          };
          self.records.push({
            kind: 'peerSessions',
            schoolId: self.cls.schoolId,
            pupilId: self.id,
            id: nextId(self, 'peerSessions'),
            data: { ...data, ...meta(self, self.staff.educator, dt, ctx.asOf) },
          });
          self.assigned.add(self.staff.educator);
        }
      }
    }
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

interface AccountSpec {
  uid: string;
  local: string;
  displayName: string;
  role: Role;
  schoolId: SchoolId | null;
  districtId: string | null;
}

const ACCOUNT_SPECS: AccountSpec[] = [
  {
    uid: DEMO_UIDS.teacher,
    local: 'docente',
    displayName: 'Laura Bianchi',
    role: 'teacher',
    schoolId: 'ic-manzoni',
    districtId: null,
  },
  {
    uid: DEMO_UIDS.l2teacher,
    local: 'facilitatore',
    displayName: 'Marco Ferri',
    role: 'l2teacher',
    schoolId: 'ic-manzoni',
    districtId: null,
  },
  {
    uid: DEMO_UIDS.educator,
    local: 'educatrice',
    displayName: 'Giulia Colombo',
    role: 'educator',
    schoolId: 'ic-manzoni',
    districtId: null,
  },
  {
    uid: DEMO_UIDS.mediator,
    local: 'mediatrice',
    displayName: 'Amina El Idrissi',
    role: 'mediator',
    schoolId: 'ic-manzoni',
    districtId: null,
  },
  {
    uid: DEMO_UIDS.coordinator,
    local: 'coordinatore',
    displayName: 'Paolo Galli',
    role: 'coordinator',
    schoolId: 'ic-manzoni',
    districtId: null,
  },
  {
    uid: DEMO_UIDS.referent,
    local: 'referente',
    displayName: 'Chiara Moretti',
    role: 'referent',
    schoolId: 'ic-manzoni',
    districtId: null,
  },
  {
    uid: DEMO_UIDS.head,
    local: 'dirigente',
    displayName: 'Francesca Rinaldi',
    role: 'head',
    schoolId: 'ic-manzoni',
    districtId: null,
  },
  {
    uid: DEMO_UIDS.voltaHead,
    local: 'dirigente.volta',
    displayName: 'Roberto Marchetti',
    role: 'head',
    schoolId: 'iis-volta',
    districtId: null,
  },
  {
    uid: DEMO_UIDS.voltaReferent,
    local: 'referente.volta',
    displayName: 'Elena Ferrari',
    role: 'referent',
    schoolId: 'iis-volta',
    districtId: null,
  },
  {
    uid: DEMO_UIDS.voltaTeacher,
    local: 'docente.volta',
    displayName: 'Andrea Conti',
    role: 'teacher',
    schoolId: 'iis-volta',
    districtId: null,
  },
  {
    uid: DEMO_UIDS.voltaL2teacher,
    local: 'facilitatrice.volta',
    displayName: 'Silvia Barbieri',
    role: 'l2teacher',
    schoolId: 'iis-volta',
    districtId: null,
  },
  {
    uid: DEMO_UIDS.voltaEducator,
    local: 'educatore.volta',
    displayName: 'Davide Riva',
    role: 'educator',
    schoolId: 'iis-volta',
    districtId: null,
  },
  {
    uid: DEMO_UIDS.district,
    local: 'ambito',
    displayName: 'Stefano Lombardi',
    role: 'district',
    schoolId: null,
    districtId: DEMO_DISTRICT_ID,
  },
  {
    uid: DEMO_UIDS.admin,
    local: 'admin',
    displayName: 'Amministrazione Percorsi',
    role: 'admin',
    schoolId: null,
    districtId: null,
  },
];

const SCHOOL_NAMES: Record<SchoolId, string> = {
  'ic-manzoni': 'IC Manzoni',
  'iis-volta': 'IIS Volta',
};

function describe(spec: AccountSpec, drafts: Draft[], classes: ClassPlan[]): string {
  const school = spec.schoolId ? SCHOOL_NAMES[spec.schoolId] : '';
  const inSchool = drafts.filter((d) => d.cls.schoolId === spec.schoolId);
  const assigned = inSchool.filter((d) => d.assigned.has(spec.uid)).length;
  const taught = classes.filter(
    (c) => c.schoolId === spec.schoolId && c.teacherUids.includes(spec.uid),
  );
  const taughtPupils = inSchool.filter((d) => taught.includes(d.cls)).length;
  const classNames = taught.map((c) => `${c.year}${c.section}`).join(' e ');
  switch (spec.role) {
    case 'teacher':
      return `Docente (${school}) di ${classNames}: vede i ${taughtPupils} alunni delle sue classi`;
    case 'coordinator': {
      const own = classes.find((c) => c.coordinatorUid === spec.uid);
      const n = inSchool.filter((d) => d.cls === own).length;
      return `Coordinatore di ${own ? `${own.year}${own.section}` : '-'} (${school}): ${n} alunni, rivede le segnalazioni e pianifica interventi`;
    }
    case 'l2teacher':
      return `Facilitatore L2 (${school}): ${assigned} alunni assegnati, test d'ingresso e livelli QCER`;
    case 'educator':
      return `Educatore (${school}): ${assigned} alunni assegnati, tutoraggi e peer education`;
    case 'mediator':
      return `Mediatrice arabo/francese (${school}): ${assigned} alunni assegnati, colloqui con le famiglie`;
    case 'referent':
      return `Referente intercultura (${school}): tutti i ${inSchool.length} alunni, accoglienza e registro NAI`;
    case 'head':
      return `Dirigente (${school}): tutta la scuola (${inSchool.length} alunni), cruscotto rischio, ruoli e soglie`;
    case 'district':
      return "Coordinatore d'Ambito 1 Milano: solo dati aggregati e anonimi delle due scuole";
    case 'admin':
      return 'Amministratore: crea scuole e dirigenti';
  }
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

export function generateDemo(options: GenerateOptions = {}): DemoData {
  const total = Math.max(1, Math.floor(options.pupils ?? DEFAULT_PUPILS));
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const asOfIn = options.asOf ?? new Date(DEFAULT_AS_OF);
  const asOf = utc(asOfIn.getUTCFullYear(), asOfIn.getUTCMonth() + 1, asOfIn.getUTCDate());
  const schoolYear = schoolYearOf(asOf);
  const startYear = startYearOf(schoolYear);
  const ctx: Ctx = { asOf, schoolYear, startYear, termStart: schoolStart(startYear) };
  if (ctx.termStart > asOf) ctx.termStart = utc(startYear, 9, 1);
  const main = new Rng(hashSeed(seed, 'main'));

  // Classes and how many pupils each holds.
  const plans = planClasses(total);
  const counts = apportion(
    total,
    plans.map((c) => c.weight),
  );

  // Exact risk mix, shuffled.
  const nRed = Math.round(total * 0.13);
  const nAmber = Math.round(total * 0.27);
  const profiles: Profile[] = main.shuffle([
    ...Array.from({ length: nRed }, (): Profile => 'red'),
    ...Array.from({ length: nAmber }, (): Profile => 'amber'),
    ...Array.from({ length: total - nRed - nAmber }, (): Profile => 'green'),
  ]);

  const pad = Math.max(4, String(total).length);
  const perSchool: Record<SchoolId, number> = { 'ic-manzoni': 0, 'iis-volta': 0 };
  const drafts: Draft[] = [];
  let global = 0;
  plans.forEach((cls, ci) => {
    const n = counts[ci] ?? 0;
    for (let k = 0; k < n; k++) {
      perSchool[cls.schoolId] += 1;
      const index = perSchool[cls.schoolId];
      const id = `${STAFF[cls.schoolId].shortId}-${String(index).padStart(pad, '0')}`;
      const rng = new Rng(hashSeed(seed, 'pupil', global));
      const profile = profiles[global] ?? 'green';
      drafts.push(makeDraft(rng, ctx, cls, profile, index, id));
      global++;
    }
  });

  // Records.
  const accountName = new Map(ACCOUNT_SPECS.map((a) => [a.uid, a.displayName]));
  const assessorName = (uid: string) => accountName.get(uid) ?? 'Docente L2';
  for (const d of drafts) {
    const rng = new Rng(hashSeed(seed, 'records', d.cls.schoolId, d.id));
    l2Records(rng, d, ctx, assessorName);
    termRecords(rng, d, ctx);
    familyMeetings(rng, d, ctx);
    tutoring(rng, d, ctx);
    interventions(rng, d, ctx);
  }
  const pairs = peerSessions(new Rng(hashSeed(seed, 'peer')), drafts, ctx);
  for (const { tutee } of pairs) {
    if (tutee.records.some((r) => r.kind === 'interventions' && r.data.type === 'peerEducation'))
      continue;
    const peerSession = tutee.records.find((r) => r.kind === 'peerSessions');
    if (!peerSession) continue;
    const start = copy(peerSession.data.date);
    tutee.records.push({
      kind: 'interventions',
      schoolId: tutee.cls.schoolId,
      pupilId: tutee.id,
      id: nextId(tutee, 'interventions'),
      data: {
        type: 'peerEducation',
        tier: 1,
        ownerUid: tutee.staff.educator,
        goal: "Affiancamento di un compagno tutor per l'accoglienza e i compiti (un incontro a settimana).",
        start,
        plannedWeeks: 8,
        checkEveryWeeks: 4,
        status: 'active',
        outcome: '',
        ...meta(tutee, classLead(tutee), start, asOf),
      },
    });
  }

  // Output.
  const districts = [{ id: DEMO_DISTRICT_ID, name: 'Ambito territoriale 1 – Milano Città' }];
  const settings = (): School['settings'] => ({
    schoolYear,
    termSystem: 'quadrimestri',
    naiMonths: 24,
    thresholds: { ...DEFAULT_THRESHOLDS },
  });
  const schools: DemoData['schools'] = [
    {
      id: 'ic-manzoni',
      data: {
        name: 'Istituto Comprensivo Alessandro Manzoni',
        code: 'MIIC8AB00X',
        kind: 'IC',
        city: 'Milano',
        districtId: DEMO_DISTRICT_ID,
        settings: settings(),
      },
    },
    {
      id: 'iis-volta',
      data: {
        name: 'IIS Alessandro Volta',
        code: 'MIIS01200T',
        kind: 'secondaria2',
        city: 'Milano',
        districtId: DEMO_DISTRICT_ID,
        settings: settings(),
      },
    },
  ];
  const classes: DemoData['classes'] = plans.map((c) => ({
    schoolId: c.schoolId,
    id: c.id,
    data: {
      name: `${c.year}${c.section}`,
      level: c.level,
      year: c.year,
      section: c.section,
      site: c.site,
      schoolYear,
      teacherUids: [...c.teacherUids],
      coordinatorUid: c.coordinatorUid,
    },
  }));
  const assignedOrder = (d: Draft) =>
    [d.staff.l2teacher, d.staff.educator, d.staff.mediator].filter(
      (u): u is string => u !== null && d.assigned.has(u),
    );
  const pupils: DemoData['pupils'] = drafts.map((d) => {
    const updatedAt = d.pdpDate && d.pdpDate > d.createdAt ? copy(d.pdpDate) : copy(d.createdAt);
    return {
      schoolId: d.cls.schoolId,
      id: d.id,
      data: {
        firstName: d.firstName,
        lastName: d.lastName,
        birthDate: copy(d.birthDate),
        sex: d.sex,
        countryOfBirth: d.arrival === 'bornIT' ? 'IT' : d.country.code,
        citizenships: [...d.citizenships],
        homeLanguages: [...d.homeLanguages],
        arrivalDate: d.arrivalDate ? copy(d.arrivalDate) : null,
        firstItalianSchoolDate: copy(d.first),
        priorSchoolingYears: d.priorSchoolingYears,
        priorSchoolingInterrupted: d.priorSchoolingInterrupted,
        classId: d.cls.id,
        placement: d.placement,
        pdp: d.pdp,
        pdpDate: d.pdpDate ? copy(d.pdpDate) : null,
        codiceFiscale: d.codiceFiscale,
        schoolPupilCode: d.schoolPupilCode,
        notes: d.notes,
        schoolId: d.cls.schoolId,
        assignedUids: assignedOrder(d),
        createdBy: d.staff.referent,
        createdAt: copy(d.createdAt),
        updatedAt,
      },
    };
  });
  const records = drafts.flatMap((d) => d.records);
  const accounts: DemoAccount[] = ACCOUNT_SPECS.map((spec) => ({
    uid: spec.uid,
    email: `${spec.local}@${DEMO_EMAIL_DOMAIN}`,
    password: DEMO_PASSWORD,
    displayName: spec.displayName,
    role: spec.role,
    schoolId: spec.schoolId,
    districtId: spec.districtId,
    description: describe(spec, drafts, plans),
  }));

  return {
    meta: { seed, asOf: copy(asOf), schoolYear },
    districts,
    schools,
    classes,
    pupils,
    records,
    accounts,
  };
}
