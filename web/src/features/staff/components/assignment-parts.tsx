import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import type { Role } from '@domain';
import { FailureAlert, OutcomeAlert } from '@/components/ui/failure-alert';
import { FormButtons } from '@/components/ui/form-buttons';
import { ColumnHeaders } from '@/components/ui/table-view';
import { TitledSection } from '@/components/ui/titled-section';
import { usePendingAction } from '@/lib/use-pending-action';
import type { StaffMember } from '../lib/types';
import { useStaffName } from './staff-names';
import { useCallableErrorText } from './use-error-text';

/** Colleagues with one of the roles, plus anyone already listed (so a former one can be removed). */
function staffChoices(
  staff: StaffMember[],
  roles: readonly Role[],
  listed: readonly string[],
): string[] {
  const eligible = staff.filter((s) => s.role && roles.includes(s.role));
  return [
    ...eligible.map((s) => s.id),
    ...listed.filter((uid) => !eligible.some((s) => s.id === uid)),
  ];
}

type StaffChecklistProps = {
  legend: string;
  /** Shown when there is nobody to choose. */
  empty: string;
  staff: StaffMember[];
  /** Offered: the colleagues with these roles, plus those already `listed`. */
  roles: readonly Role[];
  listed: readonly string[];
  checked: string[];
  onChange: (checked: string[]) => void;
  /** The checkbox's id for a colleague. */
  idOf: (uid: string) => string;
  describedBy?: string;
  /** Below the boxes: the group's error. */
  children?: ReactNode;
};

/** A fieldset of colleagues to tick, each with their role. */
export function StaffChecklist({
  legend,
  empty,
  staff,
  roles,
  listed,
  checked,
  onChange,
  idOf,
  describedBy,
  children,
}: StaffChecklistProps) {
  const choices = staffChoices(staff, roles, listed);
  const { t: tApp } = useTranslation();
  const name = useStaffName(staff);
  const roleOf = (uid: string) => staff.find((s) => s.id === uid)?.role;
  return (
    <fieldset className="form-group" aria-describedby={describedBy}>
      <legend className="fs-6 fw-semibold">{legend}</legend>
      {choices.length === 0 && <p>{empty}</p>}
      {choices.map((uid) => {
        const role = roleOf(uid);
        return (
          <div key={uid} className="form-check">
            <input
              id={idOf(uid)}
              type="checkbox"
              checked={checked.includes(uid)}
              onChange={(e) =>
                onChange(e.target.checked ? [...checked, uid] : checked.filter((u) => u !== uid))
              }
            />
            <label htmlFor={idOf(uid)}>
              {name(uid)}
              {role && <span className="small text-muted"> – {tApp(`roles.${role}`)}</span>}
            </label>
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}

type InlineEditorProps = {
  /** Saving is refused for now (the fields say why). */
  saveDisabled?: boolean;
  /** Saves the fields; what it throws shows above them. */
  onSave: () => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
};

/** An editor opened in a table row: its fields, why saving failed, save and cancel. */
export function InlineEditor({
  saveDisabled = false,
  onSave,
  onCancel,
  children,
}: InlineEditorProps) {
  const { t } = useTranslation('staff');
  const { busy, failure, run } = usePendingAction(useCallableErrorText());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!saveDisabled) void run(onSave);
  };
  return (
    <form className="p-2" onSubmit={submit}>
      <FailureAlert message={failure} />
      {children}
      <FormButtons
        busy={busy}
        blocked={saveDisabled}
        submitLabel={t('common.save')}
        busyLabel={t('common.saving')}
        cancelLabel={t('common.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}

/** The row's "Modifica" button, named after what it edits. */
function EditButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <button
      type="button"
      className="btn btn-outline-primary btn-sm"
      aria-label={label}
      onClick={onClick}
    >
      {t('common.edit')}
    </button>
  );
}

/** "Salvato", announced when it appears. */
function SavedNotice({ show }: { show: boolean }) {
  const { t } = useTranslation('staff');
  return <OutcomeAlert outcome={show ? { ok: true, text: t('common.saved') } : null} />;
}

type EditableRowsTableProps<T> = {
  /** Read by screen readers only (the section's heading shows). */
  caption: string;
  headers: string[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** A row's heading cell and its other cells (before the edit button), while not edited. */
  cells: (row: T) => { header: ReactNode; data: ReactNode[] };
  /** The editor shown across the row being edited: `save` runs its save, then closes it. */
  editor: (row: T, edit: RowEdit) => ReactNode;
  /** The accessible name of the last cell's "Modifica" button. */
  editLabel: (row: T) => string;
};

/** A table whose rows open, one at a time, in an editor spanning the row. */
export function EditableRowsTable<T>({
  caption,
  headers,
  rows,
  rowKey,
  cells,
  editor,
  editLabel,
}: EditableRowsTableProps<T>) {
  const state = useRowEditor();
  return (
    <div className="table-responsive">
      <SavedNotice show={state.saved !== null} />
      <table className="table align-middle">
        <caption className="visually-hidden">{caption}</caption>
        <ColumnHeaders headers={headers} />
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            if (state.editing === key) {
              return (
                <tr key={key}>
                  <td colSpan={headers.length}>
                    {editor(row, {
                      save: (action) => state.save(key, action),
                      cancel: state.close,
                    })}
                  </td>
                </tr>
              );
            }
            const { header, data } = cells(row);
            return (
              <tr key={key}>
                <th scope="row">{header}</th>
                {data.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
                <td>
                  <EditButton label={editLabel(row)} onClick={() => state.open(key)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

type RowEdit = { save: (action: () => Promise<void>) => Promise<void>; cancel: () => void };

/** Which row of an EditableRowsTable is open in its editor, and which was just saved. */
function useRowEditor() {
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return {
    editing,
    saved,
    open: (key: string) => {
      setSaved(null);
      setEditing(key);
    },
    close: () => setEditing(null),
    /** Runs the row's save, then closes its editor and says it is saved. */
    save: async (key: string, action: () => Promise<void>) => {
      await action();
      setEditing(null);
      setSaved(key);
    },
  };
}

/** One of the assignment sections (classes, pupils): its heading and what it is for. */
export function AssignmentSection({
  id,
  texts,
  children,
}: {
  id: string;
  texts: 'classes' | 'pupils';
  children: ReactNode;
}) {
  const { t } = useTranslation('staff');
  return (
    <TitledSection id={id} title={t(`${texts}.title`)} intro={t(`${texts}.intro`)} className="my-5">
      {children}
    </TitledSection>
  );
}
