/** The working shape of a demo pupil while it is generated, and the generation context. */
import type { Pupil } from '../../../functions/src/domain/pupil';
import type { RecordKind } from '../../../functions/src/domain/records';
import type { ClassPlan, Staff } from './classes';
import type { Country } from './countries';
import type { DemoRecord } from './types';

export type Profile = 'green' | 'amber' | 'red';
export type Arrival = 'bornIT' | 'early' | 'mid' | 'recent';
export type AmberFeature =
  | 'absence'
  | 'fails2'
  | 'lowMean'
  | 'conduct6'
  | 'ritardo1'
  | 'noMeeting'
  | 'mediatorAbsent'
  | 'noPdp'
  | 'sessionGap';
export type RedFeature =
  'absenceRed' | 'fails3' | 'veryLowMean' | 'conduct5' | 'ritardo2' | 'l2Stuck';

export interface Draft {
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

export interface Ctx {
  asOf: Date;
  schoolYear: string;
  startYear: number;
  termStart: Date;
}
