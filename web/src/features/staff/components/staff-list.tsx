import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutcomeAlert } from '@/components/ui/failure-alert';
import '@/features/staff/locales';
import { invitationState, type Role } from '@domain';
import { assignableRoles, mayManage, type StaffManager, type StaffMember } from '../lib/types';
import { ActionDialog } from '@/components/ui/confirm-dialog';
import { TitledSection } from '@/components/ui/titled-section';
import { labelColumn, TableView, type ViewColumn } from '@/components/ui/table-view';
import { CompactSelect } from './compact-select';
import { useCallableErrorText } from './use-error-text';

type StaffListProps = {
  manager: StaffManager;
  staff: StaffMember[];
  onChangeRole: (member: StaffMember, role: Role) => Promise<unknown>;
  onRevoke: (member: StaffMember) => Promise<unknown>;
  /** Sends an expired, never-used invitation again. */
  onResendInvitation?: (member: StaffMember) => Promise<unknown>;
  /** Today, for telling expired invitations (a prop so tests can fix it). */
  now?: Date;
};

type Feedback = { kind: 'success' | 'error'; text: string };

/** The school's accounts with their role; the manager changes or revokes roles here. */
export function StaffList({
  manager,
  staff,
  onChangeRole,
  onRevoke,
  onResendInvitation,
  now = new Date(),
}: StaffListProps) {
  const { t, i18n } = useTranslation('staff');
  const day = (d: Date) => d.toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'it-IT');
  const { t: tApp } = useTranslation();
  const errorText = useCallableErrorText();
  const roles = assignableRoles(manager);
  const [chosen, setChosen] = useState<Record<string, Role | ''>>({});
  const [busyUid, setBusyUid] = useState<string | null>(null);
  const [toRevoke, setToRevoke] = useState<StaffMember | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  /** Runs one action on a colleague's account and says how it went. */
  const perform = async (
    member: StaffMember,
    action: () => Promise<unknown>,
    done: string,
    after?: () => void,
  ) => {
    setBusyUid(member.id);
    setFeedback(null);
    try {
      await action();
      setFeedback({ kind: 'success', text: done });
    } catch (error) {
      setFeedback({ kind: 'error', text: errorText(error) });
    } finally {
      setBusyUid(null);
      after?.();
    }
  };

  const changeRole = (member: StaffMember) => {
    const role = chosen[member.id];
    if (!role) return;
    void perform(
      member,
      async () => {
        await onChangeRole(member, role);
        setChosen((c) => ({ ...c, [member.id]: '' }));
      },
      t('list.roleChanged', { name: member.displayName }),
    );
  };

  const revoke = () => {
    if (!toRevoke) return;
    void perform(
      toRevoke,
      () => onRevoke(toRevoke),
      t('list.revokedDone', { name: toRevoke.displayName }),
      () => setToRevoke(null),
    );
  };

  const resend = (member: StaffMember) => {
    if (!onResendInvitation) return;
    void perform(
      member,
      () => onResendInvitation(member),
      t('list.resent', { email: member.email }),
    );
  };

  const columns: ViewColumn<StaffMember>[] = [
    labelColumn('name', t('list.colName'), (member) => (
      <>
        {member.displayName}
        {member.id === manager.uid && <span className="ms-1">{t('list.you')}</span>}
      </>
    )),
    { key: 'email', header: t('list.colEmail'), cell: (member) => member.email },
    {
      key: 'role',
      header: t('list.colRole'),
      cell: (member) => {
        const invitation = invitationState(member, false, now);
        return (
          <>
            {member.role ? (
              tApp(`roles.${member.role}`)
            ) : (
              <span className="badge bg-secondary">{t('list.revoked')}</span>
            )}
            {member.role && invitation === 'pending' && member.inviteExpiresAt && (
              <div className="small">
                {t('list.invitePending', { date: day(member.inviteExpiresAt) })}
              </div>
            )}
            {member.role && invitation === 'expired' && (
              <div className="small">
                <span className="badge bg-warning text-dark">{t('list.inviteExpired')}</span>
              </div>
            )}
          </>
        );
      },
    },
    {
      key: 'actions',
      header: t('list.colActions'),
      cell: (member) => {
        if (!mayManage(manager, member)) return null;
        const busy = busyUid === member.id;
        const expired = invitationState(member, false, now) === 'expired';
        const buttons = [
          member.role && expired && onResendInvitation
            ? {
                kind: 'primary',
                label: t('list.resend'),
                aria: t('list.resendLabel', { name: member.displayName }),
                onClick: () => resend(member),
              }
            : null,
          member.role
            ? {
                kind: 'danger',
                label: t('list.revoke'),
                aria: t('list.revokeLabel', { name: member.displayName }),
                onClick: () => setToRevoke(member),
              }
            : null,
        ];
        return (
          <div className="d-flex flex-wrap align-items-center gap-2">
            <CompactSelect
              id={`role-${member.id}`}
              label={t('list.newRole', { name: member.displayName })}
              placeholder={member.role ? t('list.changeRole') : t('list.restore')}
              options={roles
                .filter((r) => r !== member.role)
                .map((r) => ({ value: r, label: tApp(`roles.${r}`) }))}
              value={chosen[member.id] ?? ''}
              onChange={(value) =>
                setChosen((c) => ({ ...c, [member.id]: roles.find((r) => r === value) ?? '' }))
              }
              className="form-select form-select-sm w-auto"
            />
            <button
              type="button"
              className="btn btn-outline-primary btn-sm"
              disabled={!chosen[member.id] || busy}
              onClick={() => changeRole(member)}
            >
              {t('list.applyRole')}
            </button>
            {buttons.map(
              (b) =>
                b && (
                  <button
                    key={b.kind}
                    type="button"
                    className={`btn btn-outline-${b.kind} btn-sm`}
                    aria-label={b.aria}
                    disabled={busy}
                    onClick={b.onClick}
                  >
                    {b.label}
                  </button>
                ),
            )}
          </div>
        );
      },
    },
  ];

  return (
    <TitledSection id="staff-list-title" title={t('list.title')} className="my-4">
      <OutcomeAlert outcome={feedback && { ok: feedback.kind !== 'error', text: feedback.text }} />
      {staff.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <TableView
          caption={t('list.caption')}
          className="table align-middle"
          captionClassName="visually-hidden"
          rowHeaderClassName={null}
          columns={columns}
          rows={staff}
          rowKey={(member) => member.id}
        />
      )}
      {toRevoke && (
        <ActionDialog
          title={t('revoke.title')}
          confirmLabel={t('revoke.confirm')}
          cancelLabel={t('common.cancel')}
          confirmDisabled={busyUid === toRevoke.id}
          onConfirm={revoke}
          onCancel={() => setToRevoke(null)}
        >
          <p>{t('revoke.body', { name: toRevoke.displayName })}</p>
        </ActionDialog>
      )}
    </TitledSection>
  );
}
