/**
 * Demo services directory of the demo Ambito (issue 13): ~40 services of Milano across the
 * programme's ten categories, kept by the Ambito coordinator. Fictional organisations,
 * addresses, phones (02 0000 …) and mailboxes (*.example); organisation-level contacts only.
 * Deterministic: dates are offsets from the demo's `asOf`.
 */
// Domain modules file by file (see generate.ts).
import { paths } from '../../functions/src/domain/paths';
import {
  formatOpening,
  type Organization,
  type Service,
  type ServiceCategory,
  type ServiceDirectory,
  type ServiceLocation,
  type ServiceTextField,
  type TranslationLanguage,
  type Weekday,
} from '../../functions/src/domain/services';
import type { SeedDocument } from './features';
import { DEMO_DISTRICT_ID, DEMO_ORGANIZATION_IDS, type DemoData } from './generate';

/** Translations as written here, per language; stored per field (see `serviceSchema`). */
type Translations = Partial<Record<TranslationLanguage, Partial<Record<ServiceTextField, string>>>>;
type OrgSpec = Omit<Organization, 'updatedAt' | 'translations'> & {
  translations?: Partial<Record<TranslationLanguage, { name?: string; description?: string }>>;
};

/** Per language -> per field. */
function byField<F extends string>(
  byLanguage: Partial<Record<TranslationLanguage, Partial<Record<F, string>>>> = {},
): Partial<Record<F, Partial<Record<TranslationLanguage, string>>>> {
  const out: Partial<Record<F, Partial<Record<TranslationLanguage, string>>>> = {};
  for (const [language, fields] of Object.entries(byLanguage) as [
    TranslationLanguage,
    Partial<Record<F, string>>,
  ][]) {
    for (const [field, text] of Object.entries(fields) as [F, string][]) {
      (out[field] ??= {})[language] = text;
    }
  }
  return out;
}

const ORGS: Record<string, OrgSpec> = {
  [DEMO_ORGANIZATION_IDS.socialService]: {
    name: 'Comune di Milano – Servizi sociali territoriali',
    description:
      'Servizio sociale professionale del Comune: ascolto, orientamento e presa in carico di famiglie e minori.',
    website: 'https://servizisociali.comune-milano.example',
    email: 'servizisociali.municipio2@comune-milano.example',
    phone: '02 0000 0100',
    translations: {
      en: { name: 'City of Milan – Local social services' },
      ar: { name: 'بلدية ميلانو – الخدمات الاجتماعية المحلية' },
    },
  },
  [DEMO_ORGANIZATION_IDS.npia]: {
    name: 'ASST Nord Milano – Neuropsichiatria dell’infanzia e dell’adolescenza (NPIA)',
    description:
      'Valutazione e cura dei disturbi neurologici, psichiatrici e dell’apprendimento da 0 a 18 anni.',
    website: 'https://www.asst-nordmilano.example/npia',
    email: 'npia.accoglienza@asst-nordmilano.example',
    phone: '02 0000 0200',
    translations: {
      en: { name: 'ASST Nord Milano – Child and adolescent neuropsychiatry (NPIA)' },
    },
  },
  'org-asst-consultori': {
    name: 'ASST Nord Milano – Consultori familiari',
    description: 'Consultori pubblici: salute della donna, della coppia e della famiglia.',
    website: 'https://www.asst-nordmilano.example/consultori',
    email: 'consultori@asst-nordmilano.example',
    phone: '02 0000 0300',
  },
  'org-comune-milano-educazione': {
    name: 'Comune di Milano – Area Educazione',
    description:
      'Centri di aggregazione giovanile, trasporto scolastico, refezione e agevolazioni.',
    website: 'https://educazione.comune-milano.example',
    email: 'educazione@comune-milano.example',
    phone: '02 0000 0400',
  },
  'org-comune-milano-stranieri': {
    name: 'Comune di Milano – Sportello stranieri',
    description:
      'Informazioni su permessi di soggiorno, ricongiungimento familiare e cittadinanza.',
    website: 'https://stranieri.comune-milano.example',
    email: 'sportello.stranieri@comune-milano.example',
    phone: '02 0000 0500',
  },
  'org-cpia-milano-nord': {
    name: 'CPIA Milano Nord',
    description:
      'Centro provinciale per l’istruzione degli adulti: italiano per stranieri, licenza media, percorsi serali.',
    website: 'https://www.cpiamilanonord.example',
    email: 'segreteria@cpiamilanonord.example',
    phone: '02 0000 0600',
  },
  'org-afol-lavoro': {
    name: 'Centro per l’impiego Milano Nord',
    description: 'Iscrizione al collocamento, orientamento al lavoro, tirocini e doti lavoro.',
    website: 'https://www.cpi-milanonord.example',
    email: 'cpi.milanonord@lavoro-lombardia.example',
    phone: '02 0000 0700',
  },
  'org-associazione-il-ponte': {
    name: 'Associazione Il Ponte – mediazione interculturale',
    description: 'Mediatori linguistico-culturali per famiglie, scuole e servizi.',
    website: 'https://www.associazioneilponte.example',
    email: 'info@associazioneilponte.example',
    phone: '02 0000 0800',
  },
  'org-coop-la-tessitura': {
    name: 'Cooperativa sociale La Tessitura',
    description: 'Doposcuola, educativa di strada e laboratori per ragazzi del quartiere.',
    website: 'https://www.latessitura.example',
    email: 'segreteria@latessitura.example',
    phone: '02 0000 0900',
  },
  'org-fondazione-casa-aperta': {
    name: 'Fondazione Casa Aperta',
    description: 'Accompagnamento all’abitare, housing sociale e sostegno all’affitto.',
    website: 'https://www.casaaperta.example',
    email: 'abitare@casaaperta.example',
    phone: '02 0000 1000',
  },
  'org-rete-san-martino': {
    name: 'Rete solidale San Martino',
    description:
      'Ente del privato sociale: centro di ascolto, emporio solidale, guardaroba e aiuti per la scuola.',
    website: 'https://www.retesanmartino.example',
    email: 'ascolto@retesanmartino.example',
    phone: '02 0000 1100',
  },
  'org-parole-in-cammino': {
    name: 'Scuola di italiano Parole in Cammino',
    description: 'Scuola di italiano per stranieri gestita da volontari, con baby-sitting.',
    website: 'https://www.paroleincammino.example',
    email: 'corsi@paroleincammino.example',
    phone: '02 0000 1200',
  },
  'org-donne-dal-mondo': {
    name: 'Associazione Donne dal Mondo',
    description: 'Spazio di incontro per donne e madri: gruppi di parola, corsi, accompagnamento.',
    website: 'https://www.donnedalmondo.example',
    email: 'ciao@donnedalmondo.example',
    phone: '02 0000 1300',
  },
  'org-progetto-ponti-quartiere': {
    name: 'Progetto Ponti tra scuola e quartiere (Ambito 1)',
    description:
      'Progetto locale dell’Ambito finanziato dal FAMI: tutor di quartiere, peer education, orientamento.',
    website: 'https://www.pontiquartiere.example',
    email: 'progetto@pontiquartiere.example',
    phone: '02 0000 1400',
  },
  'org-mobilita-solidale': {
    name: 'Associazione Mobilità Solidale',
    description: 'Ciclofficina popolare e accompagnamento all’uso dei mezzi pubblici.',
    website: 'https://www.mobilitasolidale.example',
    email: 'ciclofficina@mobilitasolidale.example',
    phone: '02 0000 1500',
  },
};

/** Fictional addresses in Milano (real street names, made-up numbers and sites). */
function loc(
  id: string,
  name: string,
  address: string,
  postalCode: string,
  latitude: number,
  longitude: number,
  accessibility = 'Accesso senza barriere architettoniche, ascensore.',
): ServiceLocation {
  return { id, name, address, postalCode, city: 'Milano', latitude, longitude, accessibility };
}
const L = {
  municipio2: loc(
    'sede-municipio-2',
    'Sede Municipio 2',
    'Viale Zara 100',
    '20125',
    45.4979,
    9.1925,
  ),
  municipio8: loc(
    'sede-municipio-8',
    'Sede Municipio 8',
    'Via Quarenghi 21',
    '20151',
    45.5017,
    9.1271,
  ),
  npia: loc('npia-via-ippocrate', 'Polo NPIA', 'Via Ippocrate 45', '20161', 45.5175, 9.1682),
  consultorio: loc(
    'consultorio-doria',
    'Consultorio Doria',
    'Via Andrea Doria 52',
    '20124',
    45.4867,
    9.2098,
  ),
  cag: loc('cag-padova', 'CAG Via Padova', 'Via Padova 118', '20131', 45.4991, 9.2255),
  stranieri: loc(
    'sportello-tarvisio',
    'Sportello stranieri',
    'Via Tarvisio 13',
    '20125',
    45.4953,
    9.2097,
  ),
  cpia: loc('cpia-sede-centrale', 'CPIA sede centrale', 'Via Pontano 43', '20127', 45.5004, 9.2221),
  cpi: loc('cpi-strada-padova', 'Centro per l’impiego', 'Via Strada 24', '20132', 45.5092, 9.2325),
  ponte: loc('ponte-via-cavezzali', 'Sede Il Ponte', 'Via Cavezzali 11', '20127', 45.5005, 9.2284),
  tessitura: loc(
    'tessitura-via-crespi',
    'Centro La Tessitura',
    'Via Crespi 7',
    '20127',
    45.4965,
    9.2241,
  ),
  casaAperta: loc(
    'casa-aperta-leoncavallo',
    'Casa Aperta',
    'Via Leoncavallo 30',
    '20131',
    45.4988,
    9.2281,
  ),
  sanMartino: loc(
    'san-martino-centro',
    'Centro di ascolto San Martino',
    'Via Arquà 9',
    '20131',
    45.5021,
    9.2306,
    'Ingresso con un gradino; campanello per carrozzine.',
  ),
  emporio: loc(
    'emporio-via-predabissi',
    'Emporio solidale',
    'Via Predabissi 4',
    '20131',
    45.5036,
    9.2274,
  ),
  parole: loc(
    'parole-oratorio',
    'Sala dell’oratorio',
    'Via Giacosa 50',
    '20127',
    45.5036,
    9.2232,
    'Primo piano senza ascensore.',
  ),
  donne: loc('donne-via-esterle', 'Casa delle donne', 'Via Esterle 15', '20132', 45.5023, 9.2196),
  ponti: loc('ponti-scuola-manzoni', 'Presso IC Manzoni', 'Via Russo 27', '20127', 45.5061, 9.2254),
  mobilita: loc(
    'ciclofficina-trotter',
    'Ciclofficina Trotter',
    'Via Mosso 4',
    '20127',
    45.5051,
    9.2198,
    'Cortile al piano terra.',
  ),
};

const week = (days: Weekday[], opensAt: string, closesAt: string): string[] =>
  days.map((day) => formatOpening({ day, opensAt, closesAt }));
const WORKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

interface ServiceSpec {
  id: string;
  org: string;
  categories: ServiceCategory[];
  name: string;
  description: string;
  eligibility?: string;
  howToApply?: string;
  documentsNeeded?: string;
  costDescription?: string;
  scheduleNotes?: string;
  free?: boolean;
  ages?: [number | null, number | null];
  languages?: string[];
  interpretation?: boolean;
  locations: ServiceLocation[];
  schedule: string[];
  status?: Service['status'];
  accepting?: boolean;
  /** Days before asOf of the last check (> 183: overdue). */
  checkedDaysAgo: number;
  capacityDaysAgo?: number;
  translations?: Translations;
}

/** Demo translations of the family page's showcase services (7 languages). */
const T_SOCIAL: Translations = {
  en: {
    name: 'Social services desk for families',
    description:
      'Listening and guidance for families with children: financial help, support at home, contacts with the school.',
    howToApply: 'Come to the desk during opening hours or phone to book an appointment.',
    documentsNeeded:
      'Identity document\nResidence permit (if you have one)\nISEE certificate (for financial help)',
    eligibility: 'Families living in the Municipio 2 area.',
  },
  fr: {
    name: 'Guichet des services sociaux pour les familles',
    description:
      'Écoute et orientation des familles avec enfants : aides financières, soutien à domicile, liens avec l’école.',
    howToApply:
      'Présentez-vous au guichet aux heures d’ouverture ou téléphonez pour prendre rendez-vous.',
    documentsNeeded:
      'Pièce d’identité\nTitre de séjour (si vous en avez un)\nAttestation ISEE (pour les aides financières)',
    eligibility: 'Familles résidant dans le Municipio 2.',
  },
  ar: {
    name: 'مكتب الخدمات الاجتماعية للعائلات',
    description:
      'الاستماع إلى العائلات التي لديها أطفال وإرشادها: مساعدات مالية، دعم في المنزل، التواصل مع المدرسة.',
    howToApply: 'تعالوا إلى المكتب خلال ساعات العمل أو اتصلوا هاتفياً لحجز موعد.',
    documentsNeeded: 'وثيقة هوية\nتصريح الإقامة (إن وجد)\nشهادة ISEE (للمساعدات المالية)',
    eligibility: 'العائلات المقيمة في منطقة البلدية الثانية.',
  },
  es: {
    name: 'Ventanilla de servicios sociales para familias',
    description:
      'Escucha y orientación para familias con hijos: ayudas económicas, apoyo en casa, contacto con la escuela.',
    howToApply: 'Acuda a la ventanilla en horario de apertura o llame para pedir cita.',
    documentsNeeded:
      'Documento de identidad\nPermiso de residencia (si lo tiene)\nCertificado ISEE (para ayudas económicas)',
  },
  ro: {
    name: 'Ghișeul serviciilor sociale pentru familii',
    description:
      'Ascultare și orientare pentru familiile cu copii: ajutoare financiare, sprijin la domiciliu, legătura cu școala.',
    howToApply: 'Veniți la ghișeu în programul de lucru sau sunați pentru o programare.',
    documentsNeeded:
      'Act de identitate\nPermis de ședere (dacă aveți)\nCertificat ISEE (pentru ajutoare financiare)',
  },
  zh: {
    name: '家庭社会服务窗口',
    description: '为有孩子的家庭提供倾听和指导：经济补助、居家支持、与学校的联系。',
    howToApply: '在开放时间前往窗口，或致电预约。',
    documentsNeeded: '身份证件\n居留许可（如有）\nISEE 证明（申请经济补助时）',
  },
  uk: {
    name: 'Віконце соціальних служб для сімей',
    description:
      'Вислуховування та консультування сімей з дітьми: фінансова допомога, підтримка вдома, зв’язок зі школою.',
    howToApply: 'Приходьте у години роботи або зателефонуйте, щоб записатися на прийом.',
    documentsNeeded:
      'Документ, що посвідчує особу\nДозвіл на проживання (якщо є)\nДовідка ISEE (для фінансової допомоги)',
  },
};

const T_L2: Translations = {
  en: {
    name: 'Italian courses for adults (A1–B1)',
    description:
      'Free Italian courses for foreign adults, morning and evening, with the A2 certificate exam.',
    howToApply: 'Enrol at the school office; a short placement test decides the level.',
    documentsNeeded: 'Identity document or passport\nTax code (if you have one)',
    scheduleNotes: 'Courses start in October and February.',
  },
  fr: {
    name: 'Cours d’italien pour adultes (A1–B1)',
    description:
      'Cours d’italien gratuits pour adultes étrangers, le matin et le soir, avec l’examen du certificat A2.',
    howToApply: 'Inscription au secrétariat ; un court test de niveau détermine le cours.',
    documentsNeeded: 'Pièce d’identité ou passeport\nCode fiscal (si vous en avez un)',
    scheduleNotes: 'Les cours commencent en octobre et en février.',
  },
  ar: {
    name: 'دروس اللغة الإيطالية للكبار (A1–B1)',
    description:
      'دروس مجانية في اللغة الإيطالية للبالغين الأجانب، صباحاً ومساءً، مع امتحان شهادة المستوى A2.',
    howToApply: 'التسجيل في مكتب المدرسة؛ اختبار قصير يحدد المستوى.',
    documentsNeeded: 'وثيقة هوية أو جواز سفر\nالرمز الضريبي (إن وجد)',
    scheduleNotes: 'تبدأ الدروس في أكتوبر وفبراير.',
  },
  es: {
    name: 'Cursos de italiano para adultos (A1–B1)',
    description:
      'Cursos gratuitos de italiano para adultos extranjeros, de mañana y de tarde, con examen del certificado A2.',
    howToApply: 'Inscripción en la secretaría; una breve prueba de nivel decide el curso.',
    documentsNeeded: 'Documento de identidad o pasaporte\nCódigo fiscal (si lo tiene)',
  },
  ro: {
    name: 'Cursuri de italiană pentru adulți (A1–B1)',
    description:
      'Cursuri gratuite de limba italiană pentru adulți străini, dimineața și seara, cu examenul pentru certificatul A2.',
    howToApply: 'Înscriere la secretariat; un scurt test stabilește nivelul.',
    documentsNeeded: 'Act de identitate sau pașaport\nCod fiscal (dacă aveți)',
  },
  zh: {
    name: '成人意大利语课程（A1–B1）',
    description: '为外国成年人开设的免费意大利语课程，上午和晚上授课，可参加 A2 证书考试。',
    howToApply: '在学校办公室报名；简短的分级测试决定级别。',
    documentsNeeded: '身份证件或护照\n税号（如有）',
  },
  uk: {
    name: 'Курси італійської для дорослих (A1–B1)',
    description:
      'Безкоштовні курси італійської мови для іноземців, вранці та ввечері, з іспитом на сертифікат A2.',
    howToApply: 'Запис у секретаріаті; короткий тест визначає рівень.',
    documentsNeeded:
      'Документ, що посвідчує особу, або паспорт\nІндивідуальний податковий код (якщо є)',
  },
};

const T_NPIA: Translations = {
  en: {
    name: 'Child neuropsychiatry: first visit',
    description:
      'Assessment of learning, language and behaviour difficulties of children and teenagers.',
    howToApply: 'Booking with the paediatrician’s or family doctor’s referral (impegnativa).',
    documentsNeeded: 'Doctor’s referral\nHealth card (tessera sanitaria)\nSchool reports, if any',
  },
  fr: {
    name: 'Neuropsychiatrie de l’enfant : première visite',
    description:
      'Évaluation des difficultés d’apprentissage, de langage et de comportement des enfants et adolescents.',
    howToApply: 'Réservation avec l’ordonnance du pédiatre ou du médecin de famille.',
  },
  ar: {
    name: 'طب الأعصاب والنفس للأطفال: الزيارة الأولى',
    description: 'تقييم صعوبات التعلم واللغة والسلوك لدى الأطفال والمراهقين.',
    howToApply: 'الحجز بوصفة من طبيب الأطفال أو طبيب الأسرة.',
    documentsNeeded: 'وصفة الطبيب\nالبطاقة الصحية\nتقارير المدرسة إن وجدت',
  },
  es: { name: 'Neuropsiquiatría infantil: primera visita' },
  ro: { name: 'Neuropsihiatrie pediatrică: prima vizită' },
  zh: { name: '儿童神经精神科：首次就诊' },
  uk: { name: 'Дитяча нейропсихіатрія: перший прийом' },
};

const T_CONSULTORIO: Translations = {
  en: {
    name: 'Family counselling centre',
    description:
      'Pregnancy, contraception, vaccinations of newborns, psychological support for couples and teenagers.',
  },
  fr: { name: 'Centre de consultation familiale' },
  ar: {
    name: 'مركز الاستشارة العائلية',
    description: 'الحمل، وسائل منع الحمل، تطعيم المواليد، الدعم النفسي للأزواج والمراهقين.',
  },
  es: { name: 'Centro de orientación familiar' },
  ro: { name: 'Centrul de consiliere familială' },
  zh: { name: '家庭咨询中心' },
  uk: { name: 'Сімейна консультація' },
};

const SPECS: ServiceSpec[] = [
  // --- Comune: servizi sociali (operator account) ---
  {
    id: 'svc-servizio-sociale-famiglie',
    org: DEMO_ORGANIZATION_IDS.socialService,
    categories: ['contrasto-poverta', 'accoglienza'],
    name: 'Servizio sociale per le famiglie – sportello Municipio 2',
    description:
      'Ascolto e orientamento delle famiglie con figli minori: contributi economici, assistenza domiciliare, raccordo con la scuola.',
    eligibility: 'Famiglie residenti nel Municipio 2.',
    howToApply:
      'Presentarsi allo sportello negli orari di apertura o telefonare per un appuntamento.',
    documentsNeeded:
      'Documento di identità\nPermesso di soggiorno (se presente)\nAttestazione ISEE (per i contributi)',
    languages: ['it', 'en', 'fr'],
    interpretation: true,
    locations: [L.municipio2],
    schedule: [
      ...week(['MO', 'WE', 'FR'], '09:00', '12:30'),
      ...week(['TU', 'TH'], '14:00', '17:00'),
    ],
    checkedDaysAgo: 20,
    translations: T_SOCIAL,
  },
  {
    id: 'svc-tutela-minori',
    org: DEMO_ORGANIZATION_IDS.socialService,
    categories: ['scuola-formazione'],
    name: 'Servizio tutela minori',
    description:
      'Valutazione e sostegno di minori in situazione di rischio, su segnalazione della scuola o dell’autorità giudiziaria.',
    eligibility: 'Minori residenti nel Comune; su segnalazione.',
    ages: [0, 17],
    howToApply: 'Su segnalazione della scuola (dirigente o referente) tramite invio.',
    languages: ['it'],
    interpretation: true,
    locations: [L.municipio2],
    schedule: week(WORKDAYS, '09:00', '13:00'),
    checkedDaysAgo: 45,
  },
  {
    id: 'svc-assistenza-educativa-domiciliare',
    org: DEMO_ORGANIZATION_IDS.socialService,
    categories: ['scuola-formazione', 'contrasto-poverta'],
    name: 'Assistenza educativa domiciliare (ADM)',
    description:
      'Un educatore affianca il ragazzo e la famiglia a casa e nel quartiere, alcune ore a settimana.',
    ages: [6, 17],
    howToApply: 'Attivazione tramite il servizio sociale.',
    languages: ['it', 'ar'],
    interpretation: true,
    locations: [L.municipio2],
    schedule: week(WORKDAYS, '14:00', '19:00'),
    accepting: false,
    capacityDaysAgo: 12,
    checkedDaysAgo: 12,
  },
  {
    id: 'svc-contributo-affitto',
    org: DEMO_ORGANIZATION_IDS.socialService,
    categories: ['casa', 'contrasto-poverta'],
    name: 'Contributo per l’affitto e la morosità incolpevole',
    description: 'Contributo una tantum per famiglie in difficoltà con il pagamento dell’affitto.',
    eligibility: 'ISEE fino a 26.000 €; contratto di affitto regolare.',
    howToApply: 'Domanda online sul portale del Comune o allo sportello con un operatore.',
    documentsNeeded: 'Contratto di affitto\nAttestazione ISEE\nDocumento di identità',
    languages: ['it'],
    locations: [L.municipio8],
    schedule: week(['TU', 'TH'], '09:00', '12:00'),
    checkedDaysAgo: 230,
  },
  // --- NPIA (operator account) ---
  {
    id: 'svc-npia-prima-visita',
    org: DEMO_ORGANIZATION_IDS.npia,
    categories: ['salute'],
    name: 'NPIA – prima visita neuropsichiatrica',
    description:
      'Valutazione delle difficoltà di apprendimento, linguaggio e comportamento di bambini e ragazzi.',
    eligibility: 'Minori da 0 a 18 anni.',
    ages: [0, 18],
    howToApply: 'Prenotazione con impegnativa del pediatra o del medico di base.',
    documentsNeeded:
      'Impegnativa del medico\nTessera sanitaria\nRelazioni della scuola, se presenti',
    costDescription: 'Ticket secondo le regole regionali; esenti i minori di 14 anni.',
    free: false,
    languages: ['it', 'en'],
    interpretation: true,
    locations: [L.npia],
    schedule: week(WORKDAYS, '08:30', '16:00'),
    checkedDaysAgo: 30,
    translations: T_NPIA,
  },
  {
    id: 'svc-npia-dsa',
    org: DEMO_ORGANIZATION_IDS.npia,
    categories: ['salute', 'scuola-formazione'],
    name: 'NPIA – valutazione DSA e certificazione per la scuola',
    description:
      'Valutazione dei disturbi specifici dell’apprendimento e rilascio della certificazione per il PDP.',
    ages: [7, 18],
    howToApply: 'Su invio della scuola o del pediatra; lista d’attesa.',
    documentsNeeded: 'Impegnativa del medico\nQuaderni e verifiche recenti',
    free: false,
    costDescription: 'Ticket secondo le regole regionali.',
    languages: ['it'],
    interpretation: true,
    locations: [L.npia],
    schedule: week(['MO', 'WE'], '09:00', '15:00'),
    accepting: false,
    capacityDaysAgo: 40,
    checkedDaysAgo: 40,
  },
  {
    id: 'svc-npia-psicologo-adolescenti',
    org: DEMO_ORGANIZATION_IDS.npia,
    categories: ['salute'],
    name: 'Spazio di ascolto psicologico per adolescenti',
    description:
      'Colloqui psicologici gratuiti per ragazzi dai 14 ai 21 anni, anche senza i genitori dopo il primo incontro.',
    ages: [14, 21],
    howToApply: 'Accesso diretto o su invio della scuola.',
    languages: ['it', 'en', 'es'],
    locations: [L.npia],
    schedule: week(['TU', 'TH'], '14:00', '18:00'),
    checkedDaysAgo: 60,
  },
  // --- Consultori ---
  {
    id: 'svc-consultorio-familiare',
    org: 'org-asst-consultori',
    categories: ['salute'],
    name: 'Consultorio familiare',
    description:
      'Gravidanza, contraccezione, vaccinazioni dei neonati, sostegno psicologico alla coppia e agli adolescenti.',
    howToApply: 'Accesso diretto negli orari di apertura; per i colloqui, appuntamento telefonico.',
    documentsNeeded: 'Tessera sanitaria o codice STP/ENI',
    languages: ['it', 'en', 'fr', 'ar'],
    interpretation: true,
    locations: [L.consultorio],
    schedule: week(WORKDAYS, '09:00', '15:30'),
    checkedDaysAgo: 25,
    translations: T_CONSULTORIO,
  },
  {
    id: 'svc-spazio-giovani',
    org: 'org-asst-consultori',
    categories: ['salute'],
    name: 'Spazio giovani del consultorio',
    description: 'Consulenza su affettività, sessualità e benessere per ragazzi dai 14 ai 24 anni.',
    ages: [14, 24],
    howToApply: 'Accesso diretto il mercoledì pomeriggio.',
    languages: ['it', 'en'],
    locations: [L.consultorio],
    schedule: week(['WE'], '14:00', '18:00'),
    checkedDaysAgo: 200,
  },
  {
    id: 'svc-ambulatorio-stp',
    org: 'org-asst-consultori',
    categories: ['salute', 'accoglienza'],
    name: 'Ambulatorio per stranieri senza tessera sanitaria (STP)',
    description:
      'Cure urgenti ed essenziali e rilascio del codice STP per chi non ha il permesso di soggiorno.',
    howToApply: 'Accesso diretto.',
    languages: ['it', 'en', 'fr', 'ar', 'es'],
    interpretation: true,
    locations: [L.consultorio],
    schedule: week(['MO', 'TH'], '08:30', '12:00'),
    checkedDaysAgo: 90,
  },
  // --- Comune: educazione, trasporti, centri di aggregazione ---
  {
    id: 'svc-cag-via-padova',
    org: 'org-comune-milano-educazione',
    categories: ['associazionismo', 'scuola-formazione'],
    name: 'Centro di aggregazione giovanile Via Padova',
    description: 'Spazio pomeridiano per ragazzi 11–18 anni: compiti, sport, musica, laboratori.',
    ages: [11, 18],
    howToApply: 'Iscrizione gratuita al centro con un genitore.',
    documentsNeeded: 'Modulo di iscrizione firmato da un genitore',
    languages: ['it', 'ar', 'es'],
    locations: [L.cag],
    schedule: week(WORKDAYS, '14:30', '19:00'),
    checkedDaysAgo: 15,
  },
  {
    id: 'svc-trasporto-scolastico',
    org: 'org-comune-milano-educazione',
    categories: ['trasporti', 'scuola-formazione'],
    name: 'Trasporto scolastico e agevolazioni',
    description:
      'Scuolabus per le scuole primarie e secondarie di primo grado; riduzioni secondo l’ISEE.',
    ages: [6, 14],
    free: false,
    costDescription: 'Quota annuale secondo l’ISEE; esenzione sotto 6.000 €.',
    howToApply: 'Domanda online entro il 30 giugno per l’anno successivo.',
    documentsNeeded: 'Attestazione ISEE',
    languages: ['it'],
    locations: [L.municipio2],
    schedule: week(['MO', 'WE'], '09:00', '12:00'),
    checkedDaysAgo: 150,
  },
  {
    id: 'svc-agevolazioni-atm',
    org: 'org-comune-milano-educazione',
    categories: ['trasporti'],
    name: 'Abbonamento agevolato ai mezzi pubblici per studenti',
    description: 'Abbonamento annuale ridotto per studenti fino a 26 anni residenti a Milano.',
    ages: [6, 26],
    free: false,
    costDescription: 'Tariffa ridotta secondo l’ISEE.',
    howToApply: 'Domanda online o allo sportello.',
    documentsNeeded: 'Certificato di iscrizione scolastica\nAttestazione ISEE\nFototessera',
    languages: ['it', 'en'],
    locations: [L.municipio2],
    schedule: week(['TU', 'TH'], '09:00', '12:00'),
    checkedDaysAgo: 70,
  },
  {
    id: 'svc-refezione-agevolata',
    org: 'org-comune-milano-educazione',
    categories: ['contrasto-poverta', 'scuola-formazione'],
    name: 'Riduzione della retta della mensa scolastica',
    description: 'Tariffe ridotte o esenzione dalla mensa scolastica in base all’ISEE.',
    ages: [3, 14],
    howToApply: 'Domanda online all’inizio dell’anno scolastico.',
    documentsNeeded: 'Attestazione ISEE',
    languages: ['it'],
    locations: [L.municipio8],
    schedule: week(['MO', 'TH'], '09:00', '12:00'),
    checkedDaysAgo: 100,
  },
  // --- Sportello stranieri ---
  {
    id: 'svc-sportello-permessi',
    org: 'org-comune-milano-stranieri',
    categories: ['accoglienza'],
    name: 'Sportello stranieri: permesso di soggiorno e ricongiungimento',
    description:
      'Informazioni e aiuto nella compilazione delle domande di permesso, rinnovo e ricongiungimento familiare.',
    howToApply: 'Su appuntamento telefonico.',
    documentsNeeded: 'Passaporto\nPermesso di soggiorno o ricevuta',
    languages: ['it', 'en', 'fr', 'ar', 'es', 'zh'],
    interpretation: true,
    locations: [L.stranieri],
    schedule: week(['MO', 'TU', 'TH'], '09:00', '13:00'),
    checkedDaysAgo: 35,
  },
  {
    id: 'svc-sportello-cittadinanza',
    org: 'org-comune-milano-stranieri',
    categories: ['accoglienza'],
    name: 'Orientamento alla cittadinanza italiana',
    description:
      'Requisiti e procedura per la domanda di cittadinanza; incontri informativi mensili.',
    howToApply: 'Iscrizione agli incontri per email.',
    languages: ['it', 'en'],
    locations: [L.stranieri],
    schedule: week(['WE'], '15:00', '18:00'),
    checkedDaysAgo: 260,
  },
  {
    id: 'svc-prima-accoglienza-minori',
    org: 'org-comune-milano-stranieri',
    categories: ['accoglienza', 'scuola-formazione'],
    name: 'Prima accoglienza dei minori arrivati in Italia',
    description:
      'Orientamento all’iscrizione a scuola dei minori appena arrivati e delle loro famiglie.',
    ages: [3, 17],
    howToApply: 'Accesso diretto con il minore e un genitore.',
    documentsNeeded: 'Documento del minore\nCertificato di vaccinazione, se presente',
    languages: ['it', 'en', 'fr', 'ar', 'uk'],
    interpretation: true,
    locations: [L.stranieri],
    schedule: week(['TU', 'FR'], '09:00', '12:30'),
    checkedDaysAgo: 10,
  },
  // --- CPIA ---
  {
    id: 'svc-cpia-italiano-adulti',
    org: 'org-cpia-milano-nord',
    categories: ['italiano-l2'],
    name: 'Corsi di italiano per adulti (A1–B1)',
    description:
      'Corsi gratuiti di italiano per adulti stranieri, di mattina e di sera, con esame per la certificazione A2.',
    eligibility: 'Dai 16 anni.',
    ages: [16, null],
    howToApply: 'Iscrizione in segreteria; un breve test stabilisce il livello.',
    documentsNeeded: 'Documento di identità o passaporto\nCodice fiscale (se presente)',
    scheduleNotes: 'I corsi iniziano a ottobre e a febbraio.',
    languages: ['it'],
    locations: [L.cpia],
    schedule: [...week(WORKDAYS, '09:00', '12:00'), ...week(['MO', 'WE'], '18:00', '21:00')],
    checkedDaysAgo: 18,
    translations: T_L2,
  },
  {
    id: 'svc-cpia-licenza-media',
    org: 'org-cpia-milano-nord',
    categories: ['scuola-formazione'],
    name: 'Percorso per la licenza media (primo livello)',
    description:
      'Per ragazzi dai 16 anni e adulti senza titolo di studio italiano: licenza conclusiva del primo ciclo.',
    ages: [16, null],
    howToApply: 'Iscrizione in segreteria entro ottobre.',
    documentsNeeded: 'Documento di identità\nTitoli di studio esteri, se presenti',
    languages: ['it'],
    locations: [L.cpia],
    schedule: week(WORKDAYS, '14:00', '18:00'),
    checkedDaysAgo: 55,
  },
  {
    id: 'svc-cpia-test-ingresso',
    org: 'org-cpia-milano-nord',
    categories: ['italiano-l2', 'scuola-formazione'],
    name: 'Supporto al test di italiano e al PDP (DL 71/2024)',
    description:
      'Il CPIA affianca le scuole nel test di ingresso di italiano e nella stesura del PDP degli alunni neoarrivati.',
    eligibility: 'Su richiesta della scuola.',
    howToApply: 'Richiesta della scuola tramite invio.',
    languages: ['it', 'en', 'fr'],
    locations: [L.cpia],
    schedule: week(['TU', 'TH'], '09:00', '13:00'),
    checkedDaysAgo: 28,
  },
  // --- Lavoro ---
  {
    id: 'svc-cpi-iscrizione',
    org: 'org-afol-lavoro',
    categories: ['lavoro'],
    name: 'Centro per l’impiego: iscrizione e orientamento',
    description:
      'Dichiarazione di disponibilità al lavoro, colloquio di orientamento, offerte di lavoro.',
    ages: [16, null],
    howToApply: 'Prenotazione online o accesso diretto la mattina.',
    documentsNeeded: 'Documento di identità\nPermesso di soggiorno\nCodice fiscale',
    languages: ['it', 'en'],
    locations: [L.cpi],
    schedule: week(WORKDAYS, '08:30', '12:30'),
    checkedDaysAgo: 75,
  },
  {
    id: 'svc-tirocini-giovani',
    org: 'org-afol-lavoro',
    categories: ['lavoro', 'scuola-formazione'],
    name: 'Tirocini e Garanzia Giovani',
    description:
      'Tirocini retribuiti e corsi per ragazzi dai 16 ai 29 anni che non studiano e non lavorano.',
    ages: [16, 29],
    howToApply: 'Adesione online e colloquio al centro.',
    languages: ['it'],
    locations: [L.cpi],
    schedule: week(['TU', 'TH'], '14:00', '16:30'),
    accepting: false,
    capacityDaysAgo: 5,
    checkedDaysAgo: 5,
  },
  {
    id: 'svc-sportello-lavoro-donne',
    org: 'org-donne-dal-mondo',
    categories: ['lavoro', 'associazionismo'],
    name: 'Sportello lavoro per donne',
    description:
      'Curriculum, ricerca di lavoro, riconoscimento dei titoli esteri; con baby-sitting.',
    howToApply: 'Su appuntamento.',
    languages: ['it', 'ar', 'fr', 'es'],
    locations: [L.donne],
    schedule: week(['WE', 'FR'], '09:30', '12:30'),
    checkedDaysAgo: 120,
  },
  // --- Mediazione / associazioni ---
  {
    id: 'svc-mediazione-scuola-famiglia',
    org: 'org-associazione-il-ponte',
    categories: ['associazionismo', 'scuola-formazione'],
    name: 'Mediazione linguistico-culturale scuola–famiglia',
    description:
      'Mediatori per colloqui tra scuola e famiglia, iscrizioni e consigli di classe; arabo, cinese, urdu, bengali, spagnolo, ucraino.',
    howToApply: 'Richiesta della scuola o del servizio con una settimana di anticipo.',
    languages: ['it', 'ar', 'zh', 'ur', 'bn', 'es', 'uk'],
    interpretation: true,
    locations: [L.ponte],
    schedule: week(WORKDAYS, '09:00', '17:00'),
    checkedDaysAgo: 22,
  },
  {
    id: 'svc-gruppo-genitori',
    org: 'org-associazione-il-ponte',
    categories: ['associazionismo'],
    name: 'Gruppo genitori: crescere figli tra due culture',
    description: 'Incontri mensili per genitori con un mediatore e una psicologa.',
    howToApply: 'Accesso libero.',
    languages: ['it', 'ar', 'fr'],
    interpretation: true,
    locations: [L.ponte],
    schedule: week(['SA'], '10:00', '12:00'),
    scheduleNotes: 'Il primo sabato del mese.',
    checkedDaysAgo: 300,
  },
  {
    id: 'svc-doposcuola-tessitura',
    org: 'org-coop-la-tessitura',
    categories: ['scuola-formazione', 'associazionismo'],
    name: 'Doposcuola La Tessitura',
    description:
      'Aiuto nei compiti per alunni di primaria e secondaria di primo grado, con educatori e volontari.',
    ages: [6, 14],
    howToApply: 'Colloquio con un genitore e iscrizione.',
    languages: ['it', 'en', 'ar'],
    locations: [L.tessitura],
    schedule: week(['MO', 'TU', 'WE', 'TH'], '14:30', '17:30'),
    accepting: false,
    capacityDaysAgo: 60,
    checkedDaysAgo: 60,
  },
  {
    id: 'svc-educativa-strada',
    org: 'org-coop-la-tessitura',
    categories: ['associazionismo', 'progetti-locali'],
    name: 'Educativa di strada',
    description:
      'Educatori nei parchi e nelle piazze del quartiere per incontrare i ragazzi e proporre attività.',
    ages: [12, 21],
    howToApply: 'Contatto diretto con gli educatori.',
    languages: ['it', 'ar', 'es'],
    locations: [L.tessitura],
    schedule: week(['TU', 'FR'], '16:00', '20:00'),
    checkedDaysAgo: 80,
  },
  {
    id: 'svc-laboratori-estivi',
    org: 'org-coop-la-tessitura',
    categories: ['associazionismo'],
    name: 'Laboratori estivi per ragazzi',
    description: 'Laboratori di teatro, fumetto e sport a luglio.',
    ages: [11, 16],
    free: false,
    costDescription: '20 € a settimana; gratuito con ISEE sotto 10.000 €.',
    howToApply: 'Iscrizioni a maggio.',
    languages: ['it'],
    locations: [L.tessitura],
    schedule: [],
    scheduleNotes: 'Solo a luglio, dal lunedì al venerdì 9–16.',
    status: 'inactive',
    checkedDaysAgo: 140,
  },
  // --- Casa ---
  {
    id: 'svc-accompagnamento-abitare',
    org: 'org-fondazione-casa-aperta',
    categories: ['casa'],
    name: 'Accompagnamento all’abitare',
    description:
      'Aiuto nella ricerca di casa, garanzia per il primo affitto e mediazione con i proprietari.',
    howToApply: 'Su appuntamento o su invio del servizio sociale.',
    documentsNeeded: 'Documento di identità\nAttestazione ISEE',
    languages: ['it', 'en', 'fr'],
    locations: [L.casaAperta],
    schedule: week(['MO', 'WE'], '14:00', '17:30'),
    checkedDaysAgo: 48,
  },
  {
    id: 'svc-housing-temporaneo',
    org: 'org-fondazione-casa-aperta',
    categories: ['casa', 'accoglienza'],
    name: 'Housing temporaneo per famiglie',
    description:
      'Alloggi temporanei (fino a 18 mesi) per famiglie con minori in emergenza abitativa.',
    eligibility: 'Nuclei con minori, su invio del servizio sociale.',
    howToApply: 'Solo su invio del servizio sociale.',
    free: false,
    costDescription: 'Contributo mensile proporzionato al reddito.',
    languages: ['it'],
    locations: [L.casaAperta],
    schedule: week(['TH'], '09:00', '12:00'),
    accepting: false,
    capacityDaysAgo: 20,
    checkedDaysAgo: 20,
  },
  {
    id: 'svc-sportello-casa-popolare',
    org: 'org-fondazione-casa-aperta',
    categories: ['casa'],
    name: 'Sportello per la domanda di casa popolare',
    description: 'Aiuto nella domanda di alloggio pubblico (SAP) sulla piattaforma regionale.',
    howToApply: 'Su appuntamento durante i bandi.',
    documentsNeeded: 'SPID o CIE\nAttestazione ISEE\nPermesso di soggiorno',
    languages: ['it', 'ar'],
    locations: [L.casaAperta],
    schedule: week(['FR'], '09:00', '12:00'),
    checkedDaysAgo: 190,
  },
  // --- Contrasto alla povertà ---
  {
    id: 'svc-centro-ascolto',
    org: 'org-rete-san-martino',
    categories: ['contrasto-poverta'],
    name: 'Centro di ascolto San Martino',
    description:
      'Ascolto di persone e famiglie in difficoltà, aiuti per bollette e spese urgenti, orientamento ai servizi.',
    howToApply: 'Accesso diretto negli orari di apertura.',
    languages: ['it', 'en', 'fr', 'es', 'ro'],
    locations: [L.sanMartino],
    schedule: week(['MO', 'WE', 'FR'], '09:30', '12:00'),
    checkedDaysAgo: 33,
  },
  {
    id: 'svc-emporio-solidale',
    org: 'org-rete-san-martino',
    categories: ['contrasto-poverta'],
    name: 'Emporio solidale',
    description: 'Spesa gratuita con una tessera a punti per famiglie in difficoltà economica.',
    eligibility: 'Su invio del centro di ascolto o del servizio sociale.',
    howToApply: 'Tessera rilasciata dal centro di ascolto.',
    documentsNeeded: 'Attestazione ISEE',
    languages: ['it', 'ar', 'ro'],
    locations: [L.emporio],
    schedule: week(['TU', 'SA'], '09:00', '12:30'),
    checkedDaysAgo: 65,
  },
  {
    id: 'svc-kit-scuola',
    org: 'org-rete-san-martino',
    categories: ['contrasto-poverta', 'scuola-formazione'],
    name: 'Kit scuola e libri di testo',
    description:
      'Zaini, materiale scolastico e libri usati per alunni di famiglie in difficoltà, a settembre.',
    ages: [6, 18],
    howToApply: 'Richiesta al centro di ascolto o tramite la scuola.',
    languages: ['it'],
    locations: [L.sanMartino],
    schedule: week(['WE'], '15:00', '18:00'),
    scheduleNotes: 'Distribuzione a settembre.',
    checkedDaysAgo: 85,
  },
  {
    id: 'svc-guardaroba',
    org: 'org-rete-san-martino',
    categories: ['contrasto-poverta'],
    name: 'Guardaroba solidale',
    description: 'Abiti e scarpe per adulti e bambini.',
    howToApply: 'Accesso diretto.',
    languages: ['it'],
    locations: [L.emporio],
    schedule: week(['TH'], '15:00', '18:00'),
    status: 'defunct',
    accepting: false,
    checkedDaysAgo: 400,
  },
  // --- Italiano L2 (volontariato) ---
  {
    id: 'svc-parole-italiano-mamme',
    org: 'org-parole-in-cammino',
    categories: ['italiano-l2'],
    name: 'Italiano per mamme con baby-sitting',
    description: 'Corso di italiano per mamme con spazio bimbi, due mattine a settimana.',
    howToApply: 'Iscrizione il primo giorno di corso.',
    languages: ['it', 'ar', 'bn'],
    locations: [L.parole],
    schedule: week(['TU', 'TH'], '09:30', '11:30'),
    checkedDaysAgo: 42,
  },
  {
    id: 'svc-parole-italiano-ragazzi',
    org: 'org-parole-in-cammino',
    categories: ['italiano-l2', 'scuola-formazione'],
    name: 'Italiano per ragazzi neoarrivati (11–17 anni)',
    description: 'Laboratorio pomeridiano di italiano per lo studio, in piccoli gruppi.',
    ages: [11, 17],
    howToApply: 'Su segnalazione della scuola o accesso diretto.',
    languages: ['it', 'en', 'uk'],
    locations: [L.parole],
    schedule: week(['MO', 'WE'], '15:00', '17:00'),
    checkedDaysAgo: 16,
  },
  {
    id: 'svc-donne-italiano-conversazione',
    org: 'org-donne-dal-mondo',
    categories: ['italiano-l2', 'associazionismo'],
    name: 'Caffè di conversazione in italiano',
    description: 'Conversazione in italiano tra donne italiane e straniere, una volta a settimana.',
    howToApply: 'Accesso libero.',
    languages: ['it'],
    locations: [L.donne],
    schedule: week(['FR'], '15:00', '17:00'),
    checkedDaysAgo: 95,
  },
  // --- Progetti locali ---
  {
    id: 'svc-ponti-tutor-quartiere',
    org: 'org-progetto-ponti-quartiere',
    categories: ['progetti-locali', 'scuola-formazione'],
    name: 'Tutor di quartiere per ragazzi a rischio di abbandono',
    description:
      'Un tutor segue il ragazzo per un anno: studio, orientamento, contatto con la famiglia.',
    ages: [11, 18],
    eligibility: 'Alunni delle scuole dell’Ambito 1 su invio della scuola.',
    howToApply: 'Invio della scuola con il consenso della famiglia.',
    languages: ['it', 'ar', 'es'],
    interpretation: true,
    locations: [L.ponti],
    schedule: week(WORKDAYS, '14:00', '18:00'),
    checkedDaysAgo: 14,
  },
  {
    id: 'svc-ponti-peer-education',
    org: 'org-progetto-ponti-quartiere',
    categories: ['progetti-locali', 'associazionismo'],
    name: 'Peer education tra scuole',
    description: 'Studenti delle superiori formati come tutor dei più piccoli, con un educatore.',
    ages: [12, 19],
    howToApply: 'Tramite la scuola.',
    languages: ['it'],
    locations: [L.ponti],
    schedule: week(['WE'], '14:30', '16:30'),
    checkedDaysAgo: 27,
  },
  {
    id: 'svc-ponti-orientamento',
    org: 'org-progetto-ponti-quartiere',
    categories: ['progetti-locali', 'scuola-formazione'],
    name: 'Orientamento alla scelta della scuola superiore',
    description:
      'Incontri con ragazzi e genitori, con mediatore, per scegliere la scuola superiore.',
    ages: [12, 15],
    howToApply: 'Prenotazione tramite la scuola o per email.',
    languages: ['it', 'ar', 'zh', 'es'],
    interpretation: true,
    locations: [L.ponti],
    schedule: week(['TU'], '17:00', '19:00'),
    scheduleNotes: 'Da novembre a gennaio.',
    checkedDaysAgo: 8,
  },
  // --- Trasporti (associazione) ---
  {
    id: 'svc-ciclofficina',
    org: 'org-mobilita-solidale',
    categories: ['trasporti', 'associazionismo'],
    name: 'Ciclofficina popolare e bici per la scuola',
    description:
      'Riparazione assistita di biciclette e bici usate a prezzo simbolico per studenti.',
    free: false,
    costDescription: 'Offerta libera; bici usate da 15 €.',
    howToApply: 'Accesso libero.',
    languages: ['it', 'en', 'fr'],
    locations: [L.mobilita],
    schedule: week(['TH', 'SA'], '15:00', '19:00'),
    checkedDaysAgo: 58,
  },
];

const DAY = 24 * 60 * 60 * 1000;
const ago = (asOf: Date, days: number) => new Date(asOf.getTime() - days * DAY);

/** The demo directory, in the domain's shape (also what the HSDS tests export). */
export function demoServiceDirectory(asOf: Date): ServiceDirectory {
  const organizations = Object.entries(ORGS).map(([id, o]) => ({
    id,
    data: { ...o, translations: byField(o.translations), updatedAt: ago(asOf, 30) },
  }));
  const services = SPECS.map((s) => {
    const text = (f: ServiceTextField, v: string | undefined) => [f, v ?? ''] as const;
    const checked = ago(asOf, s.checkedDaysAgo);
    const data: Service = {
      organizationId: s.org,
      ...(Object.fromEntries([
        text('name', s.name),
        text('description', s.description),
        text('eligibility', s.eligibility),
        text('howToApply', s.howToApply),
        text('documentsNeeded', s.documentsNeeded),
        text('costDescription', s.costDescription),
        text('scheduleNotes', s.scheduleNotes),
      ]) as Record<ServiceTextField, string>),
      categories: s.categories,
      status: s.status ?? 'active',
      minimumAge: s.ages?.[0] ?? null,
      maximumAge: s.ages?.[1] ?? null,
      free: s.free ?? true,
      languages: s.languages ?? ['it'],
      interpretationAvailable: s.interpretation ?? false,
      website: ORGS[s.org]?.website ?? '',
      email: ORGS[s.org]?.email ?? '',
      phone: ORGS[s.org]?.phone ?? '',
      locations: s.locations,
      schedule: s.schedule,
      acceptingReferrals: s.accepting ?? true,
      capacityUpdatedAt: ago(asOf, s.capacityDaysAgo ?? s.checkedDaysAgo),
      lastCheckedAt: checked,
      translations: byField(s.translations),
      updatedAt: checked,
    };
    return { id: s.id, data };
  });
  return { organizations, services };
}

/** Languages the demo translates at least one service into. */
export const DEMO_TRANSLATED_LANGUAGES: readonly TranslationLanguage[] = [
  'en',
  'fr',
  'ar',
  'es',
  'ro',
  'zh',
  'uk',
];

/** Seed documents of the demo Ambito's directory. */
export function serviceDocuments(demo: DemoData): SeedDocument[] {
  const { organizations, services } = demoServiceDirectory(demo.meta.asOf);
  return [
    ...organizations.map((o) => ({
      path: paths.organization(DEMO_DISTRICT_ID, o.id),
      data: o.data,
    })),
    ...services.map((s) => ({ path: paths.service(DEMO_DISTRICT_ID, s.id), data: s.data })),
  ];
}
