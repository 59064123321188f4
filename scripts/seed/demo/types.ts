/** Public types of the demo data set (what `generateDemo` returns). */
import type { RecordMeta } from '../../../functions/src/domain/common';
import type { Pupil } from '../../../functions/src/domain/pupil';
import type {
  FamilyMeeting,
  Intervention,
  L2Assessment,
  PeerSession,
  TermRecord,
  TutoringSession,
} from '../../../functions/src/domain/records';
import type { Role } from '../../../functions/src/domain/roles';
import type { School } from '../../../functions/src/domain/school';
import type { SchoolClass } from '../../../functions/src/domain/school-class';

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
  /** Operators only: the organisation of the services directory they work for. */
  organizationId?: string | null;
  /** Region accounts only. */
  regionId?: string | null;
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
