import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import type { Role } from '@domain';
import { FailureAlert, OutcomeAlert } from '@/components/ui/failure-alert';
import { ColumnHeaders } from '@/components/ui/table-view';
import type { StaffMember } from '../lib/types';
import { useStaffName } from './staff-names';

/** Colleagues with one of the roles, plus anyone already listed (so a former one can be removed). */
export function staffChoices(
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
  choices: string[];
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
  choices,
  checked,
  onChange,
  idOf,
  describedBy,
  children,
}: StaffChecklistProps) {
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
  failure: string | null;
  busy: boolean;
  saveDisabled?: boolean;
  onSave: () => void;
  onCancel: () => void;
  children: ReactNode;
};

/** An editor opened in a table row: its fields, why saving failed, save and cancel. */
export function InlineEditor({
  failure,
  busy,
  saveDisabled = false,
  onSave,
  onCancel,
  children,
}: InlineEditorProps) {
  const { t } = useTranslation('staff');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave();
  };
  return (
    <form className="p-2" onSubmit={submit}>
      <FailureAlert message={failure} />
      {children}
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={busy || saveDisabled}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The row's "Modifica" button, named after what it edits. */
export function EditButton({ label, onClick }: { label: string; onClick: () => void }) {
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
export function SavedNotice({ show }: { show: boolean }) {
  const { t } = useTranslation('staff');
  return <OutcomeAlert outcome={show ? { ok: true, text: t('common.saved') } : null} />;
}

type EditableRowsTableProps<T> = {
  /** Read by screen readers only (the section's heading shows). */
  caption: string;
  headers: string[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The key of the row opened in its editor, if any. */
  editing: string | null;
  /** A row's heading cell and its other cells, while not edited. */
  cells: (row: T) => { header: ReactNode; data: ReactNode[] };
  /** The editor shown across the row being edited. */
  editor: (row: T) => ReactNode;
};

/** A table whose rows open, one at a time, in an editor spanning the row. */
export function EditableRowsTable<T>({
  caption,
  headers,
  rows,
  rowKey,
  editing,
  cells,
  editor,
}: EditableRowsTableProps<T>) {
  return (
    <div className="table-responsive">
      <table className="table align-middle">
        <caption className="visually-hidden">{caption}</caption>
        <ColumnHeaders headers={headers} />
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            if (editing === key) {
              return (
                <tr key={key}>
                  <td colSpan={headers.length}>{editor(row)}</td>
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
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
