import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import '@/features/records/locales';
import type { RecordKind } from '@domain';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Loading } from '@/components/ui/loading';
import { formatDate } from '@/lib/format';
import { useCreateRecord } from '../api/create-record';
import { useDeleteRecord } from '../api/delete-record';
import { usePupilRecords } from '../api/get-records';
import { useUpdateRecord } from '../api/update-record';
import { useLateFailures, lateFailures, type LateFailure } from '../lib/late-failures';
import { canAmend, canLog, readableRecords } from '../lib/permissions';
import { saveErrorKey, type SaveErrorKey, type SaveStatus } from '../lib/save-outcome';
import { openFollowUps, openInterventions, sortNewestFirst, entryDate } from '../lib/summaries';
import { termRecordFor } from '../lib/term-period';
import type { PartnerOption, PupilScope, RecordEntry, RecordEntryOf, Viewer } from '../lib/types';
import { L2Progress } from './l2-progress';
import { LateFailuresNotice } from './late-failures-notice';
import { OpenItems } from './open-items';
import { RecordForm, type FormTarget, type RecordPayload } from './record-form';
import { RecordTimeline } from './record-timeline';
import { useRecordSummary } from './use-record-summary';

type PupilRecordsProps = {
  scope: PupilScope;
  viewer: Viewer;
  /** Pupils the viewer can see, to pair in peer education and to name in the timeline. */
  partners: PartnerOption[];
  /** 2 (quadrimestri) or 3 (trimestri), from the school's settings. */
  termCount: number;
};

type Notice =
  | {
      tone: 'success' | 'info';
      key: 'save.saved' | 'save.pending' | 'save.deleted' | 'save.deletedPending';
    }
  | { tone: 'danger'; key: SaveErrorKey };

function targetFor(entry: RecordEntry): FormTarget {
  // The stored metadata is dropped: forms edit only the record's own fields.
  const {
    schoolId: _s,
    pupilId: _p,
    createdBy: _b,
    createdAt: _c,
    updatedAt: _u,
    ...initial
  } = entry.data;
  // Kind and fields come from one entry: the pair is consistent by construction.
  return { kind: entry.kind, recordId: entry.id, initial } as FormTarget;
}

/**
 * The pupil's pathway: logging buttons for what the role may log, the open interventions
 * and follow-ups, L2 levels over time and the timeline of every record.
 */
export function PupilRecords(props: PupilRecordsProps) {
  const { scope, viewer, partners } = props;
  const { t } = useTranslation('records');
  const language = useLanguage();
  const reads = useMemo(() => readableRecords(viewer), [viewer]);
  const kinds = useMemo(() => reads.map((r) => r.kind), [reads]);
  const records = usePupilRecords(scope.schoolId, scope.pupilId, reads);
  const createRecord = useCreateRecord();
  const updateRecord = useUpdateRecord();
  const deleteRecord = useDeleteRecord();
  const failures = useLateFailures(viewer.uid, scope.pupilId);
  const summarise = useRecordSummary(partners);
  const [today] = useState(() => new Date());

  const [target, setTarget] = useState<FormTarget | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleting, setDeleting] = useState<RecordEntry | null>(null);
  const deleteOpener = useRef<HTMLButtonElement | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const loggable = kinds.filter((kind) => canLog(viewer, scope, kind));
  const ofKind = <K extends RecordKind>(kind: K) =>
    records.entries.filter((e): e is RecordEntryOf<K> => e.kind === kind);
  const termRecords = ofKind('termRecords');

  const open = (next: FormTarget) => {
    setNotice(null);
    setTarget(next);
  };

  const save = async (payload: RecordPayload): Promise<SaveStatus> => {
    const base = { schoolId: scope.schoolId, pupilId: scope.pupilId, uid: viewer.uid };
    // A term that already has a record gets that record updated, never a second one.
    const recordId =
      target?.recordId ??
      (payload.kind === 'termRecords'
        ? (termRecordFor(termRecords, payload.data.schoolYear, payload.data.term)?.id ?? null)
        : null);
    if (recordId) {
      return (await updateRecord.mutateAsync({ ...base, recordId, ...payload })).status;
    }
    return (await createRecord.mutateAsync({ ...base, ...payload })).status;
  };

  const announce = (next: Notice) => {
    setNotice(next);
    // Focus follows the outcome, so keyboard and screen reader users hear it.
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const onSaved = (status: SaveStatus) => {
    setTarget(null);
    announce({
      tone: status === 'saved' ? 'success' : 'info',
      key: status === 'saved' ? 'save.saved' : 'save.pending',
    });
  };

  const reopen = (failure: LateFailure) => {
    lateFailures.dismiss(failure.key);
    if (!failure.data) return;
    // The failure kept the kind and its data together; the pair is consistent by construction.
    open({ kind: failure.kind, recordId: failure.recordId, initial: failure.data } as FormTarget);
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    const entry = deleting;
    try {
      const { status } = await deleteRecord.mutateAsync({
        schoolId: scope.schoolId,
        pupilId: scope.pupilId,
        kind: entry.kind,
        recordId: entry.id,
        uid: viewer.uid,
      });
      setDeleting(null);
      announce({
        tone: status === 'saved' ? 'success' : 'info',
        key: status === 'saved' ? 'save.deleted' : 'save.deletedPending',
      });
    } catch (error) {
      setDeleting(null);
      announce({ tone: 'danger', key: saveErrorKey(error) });
    }
  };

  const describe = (entry: RecordEntry) =>
    `${t(`kinds.${entry.kind}`)} ${formatDate(entryDate(entry), language)}`;

  return (
    <section aria-labelledby="records-title" className="mt-5">
      <h2 id="records-title">{t('hub.title')}</h2>

      <div ref={noticeRef} tabIndex={-1} role="status" aria-live="polite">
        {notice && <div className={`alert alert-${notice.tone}`}>{t(notice.key)}</div>}
      </div>
      <LateFailuresNotice failures={failures} onReopen={reopen} />

      <h3 className="h4">{t('add.title')}</h3>
      {loggable.length === 0 ? (
        <p>{t('add.none')}</p>
      ) : (
        <div className="d-flex flex-wrap gap-2 mb-3">
          {loggable.map((kind) => (
            <button
              key={kind}
              type="button"
              className="btn btn-primary btn-sm"
              aria-expanded={target?.kind === kind && target.recordId === null}
              onClick={() => open({ kind, recordId: null, initial: null } as FormTarget)}
            >
              {t(`add.${kind}`)}
            </button>
          ))}
        </div>
      )}
      {target && (
        <RecordForm
          // A new key per target: switching forms starts from that target's values.
          key={`${target.kind}/${target.recordId ?? 'new'}/${JSON.stringify(target.initial)}`}
          {...props}
          target={target}
          termRecords={termRecords}
          onSave={save}
          onSaved={onSaved}
          onCancel={() => setTarget(null)}
        />
      )}

      {records.isPending ? (
        <Loading label={t('hub.loading')} />
      ) : (
        <>
          {records.failedKinds.length > 0 && (
            <div className="alert alert-warning" role="alert">
              {t('hub.loadError', {
                kinds: records.failedKinds.map((k) => t(`kinds.${k}`)).join(', '),
              })}
            </div>
          )}
          {records.unreadable > 0 && (
            <div className="alert alert-warning">
              {t('hub.unreadable', { count: records.unreadable })}
            </div>
          )}

          <section aria-labelledby="records-open-title" className="mt-4">
            <h2 id="records-open-title" className="h3">
              {t('open.title')}
            </h2>
            <OpenItems
              interventions={openInterventions(records.entries, today)}
              followUps={openFollowUps(records.entries, today)}
            />
          </section>

          <section aria-labelledby="records-l2-title" className="mt-4">
            <h2 id="records-l2-title" className="h3">
              {t('l2.title')}
            </h2>
            <L2Progress assessments={ofKind('l2Assessments').map((e) => e.data)} />
          </section>

          <section aria-labelledby="records-timeline-title" className="mt-4">
            <h2 id="records-timeline-title" className="h3" tabIndex={-1}>
              {t('timeline.title')}
            </h2>
            <RecordTimeline
              entries={sortNewestFirst(records.entries)}
              kinds={kinds}
              viewerUid={viewer.uid}
              summarise={summarise}
              canAmend={(entry) => canAmend(viewer, scope, entry.kind, entry.data.createdBy)}
              onEdit={(entry) => open(targetFor(entry))}
              onDelete={(entry, opener) => {
                deleteOpener.current = opener;
                setDeleting(entry);
              }}
            />
          </section>
        </>
      )}

      {deleting && (
        <ConfirmDialog
          title={t('confirm.title')}
          body={t('confirm.body', { what: describe(deleting) })}
          confirmLabel={t('confirm.confirm')}
          cancelLabel={t('confirm.cancel')}
          busy={deleteRecord.isPending}
          onConfirm={() => void confirmDelete()}
          onCancel={() => {
            setDeleting(null);
            deleteOpener.current?.focus();
          }}
        />
      )}
    </section>
  );
}
