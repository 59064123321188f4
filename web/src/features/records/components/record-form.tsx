import type { RecordKind } from '@domain';
import { canAmend } from '../lib/permissions';
import type { SaveStatus } from '../lib/save-outcome';
import { mostRecentTermRecord } from '../lib/summaries';
import type { TermRecordEntry } from '../lib/term-period';
import type { PartnerOption, PupilScope, RecordDataByKind, Viewer } from '../lib/types';
import { FamilyMeetingForm } from './family-meeting-form';
import { InterventionForm } from './intervention-form';
import { L2AssessmentForm } from './l2-assessment-form';
import { PeerSessionForm } from './peer-session-form';
import { TermRecordForm } from './term-record-form';
import { TutoringSessionForm } from './tutoring-session-form';

/** What a form opens on: a kind, and the record being edited (null for a new one). */
export type FormTarget = {
  [K in RecordKind]: { kind: K; recordId: string | null; initial: RecordDataByKind[K] | null };
}[RecordKind];

/** A record's fields paired with their kind. */
export type RecordPayload = {
  [K in RecordKind]: { kind: K; data: RecordDataByKind[K] };
}[RecordKind];

type RecordFormProps = {
  target: FormTarget;
  scope: PupilScope;
  viewer: Viewer;
  partners: PartnerOption[];
  /** 2 (quadrimestri) or 3 (trimestri), from the school's settings. */
  termCount: number;
  /** The pupil's stored term records (a term's record opens when its term is chosen). */
  termRecords: readonly TermRecordEntry[];
  onSave: (payload: RecordPayload) => Promise<SaveStatus>;
  onSaved: (status: SaveStatus) => void;
  onCancel: () => void;
};

/** The form of the target's kind. */
export function RecordForm({
  target,
  scope,
  viewer,
  onSave,
  onSaved,
  onCancel,
  ...context
}: RecordFormProps) {
  const common = { onSaved, onCancel };
  switch (target.kind) {
    case 'l2Assessments':
      return (
        <L2AssessmentForm
          {...common}
          initial={target.initial}
          assessorName={viewer.displayName}
          onSave={(data) => onSave({ kind: target.kind, data })}
        />
      );
    case 'tutoringSessions':
      return (
        <TutoringSessionForm
          {...common}
          initial={target.initial}
          viewerUid={viewer.uid}
          onSave={(data) => onSave({ kind: target.kind, data })}
        />
      );
    case 'peerSessions':
      return (
        <PeerSessionForm
          {...common}
          initial={target.initial}
          partners={context.partners}
          onSave={(data) => onSave({ kind: target.kind, data })}
        />
      );
    case 'familyMeetings':
      return (
        <FamilyMeetingForm
          {...common}
          initial={target.initial}
          homeLanguages={scope.pupil.homeLanguages}
          onSave={(data) => onSave({ kind: target.kind, data })}
        />
      );
    case 'termRecords':
      return (
        <TermRecordForm
          {...common}
          initial={target.initial}
          level={scope.schoolClass?.level}
          termCount={context.termCount}
          lastAnnualHours={
            mostRecentTermRecord(context.termRecords.map((e) => e.data))?.annualHours ?? null
          }
          recordId={target.recordId}
          stored={context.termRecords}
          canEdit={(entry) => canAmend(viewer, scope, entry.kind, entry.data.createdBy)}
          onSave={(data) => onSave({ kind: target.kind, data })}
        />
      );
    case 'interventions':
      return (
        <InterventionForm
          {...common}
          initial={target.initial}
          viewer={viewer}
          coordinatorUid={scope.schoolClass?.coordinatorUid ?? null}
          onSave={(data) => onSave({ kind: target.kind, data })}
        />
      );
  }
}
