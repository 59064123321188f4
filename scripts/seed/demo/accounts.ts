/** The demo accounts, one per role, and the description printed for each. */
import type { Role } from '../../../functions/src/domain/roles';
import type { ClassPlan, SchoolId } from './classes';
import {
  DEMO_DISTRICT_ID,
  DEMO_EMAIL_DOMAIN,
  DEMO_ORGANIZATION_IDS,
  DEMO_PASSWORD,
  DEMO_REGION_ID,
  DEMO_UIDS,
} from './config';
import type { Draft } from './draft';
import type { DemoAccount } from './types';

interface AccountSpec {
  uid: string;
  local: string;
  displayName: string;
  role: Role;
  schoolId: SchoolId | null;
  districtId: string | null;
  organizationId?: string;
  regionId?: string;
}

export const ACCOUNT_SPECS: AccountSpec[] = [
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
    uid: DEMO_UIDS.operatorSocial,
    local: 'operatore.sociale',
    displayName: 'Chiara Colombo',
    role: 'operator',
    schoolId: null,
    districtId: DEMO_DISTRICT_ID,
    organizationId: DEMO_ORGANIZATION_IDS.socialService,
  },
  {
    uid: DEMO_UIDS.operatorNpia,
    local: 'operatore.npia',
    displayName: 'Dott.ssa Laura Galli',
    role: 'operator',
    schoolId: null,
    districtId: DEMO_DISTRICT_ID,
    organizationId: DEMO_ORGANIZATION_IDS.npia,
  },
  {
    uid: DEMO_UIDS.region,
    local: 'regione',
    displayName: 'Paola Brambilla',
    role: 'region',
    schoolId: null,
    districtId: null,
    regionId: DEMO_REGION_ID,
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
    case 'operator':
      return spec.organizationId === DEMO_ORGANIZATION_IDS.npia
        ? "Operatrice NPIA (ASST): solo gli invii della scuola all'NPIA, con i soli dati condivisi"
        : 'Operatrice dei servizi sociali del Comune: solo gli invii al servizio, con i soli dati condivisi';
    case 'region':
      return 'Regione Lombardia: tutti gli Ambiti affiancati, solo dati aggregati';
    case 'admin':
      return 'Amministratore: crea scuole e dirigenti';
  }
}

export function demoAccounts(drafts: Draft[], plans: ClassPlan[]): DemoAccount[] {
  return ACCOUNT_SPECS.map((spec) => ({
    uid: spec.uid,
    email: `${spec.local}@${DEMO_EMAIL_DOMAIN}`,
    password: DEMO_PASSWORD,
    displayName: spec.displayName,
    role: spec.role,
    schoolId: spec.schoolId,
    districtId: spec.districtId,
    organizationId: spec.organizationId ?? null,
    regionId: spec.regionId ?? null,
    description: describe(spec, drafts, plans),
  }));
}
