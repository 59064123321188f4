import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutcomeAlert } from '@/components/ui/failure-alert';
import '@/features/staff/locales';
import { invitationState, type Role } from '@domain';
import { assignableRoles, mayManage, type StaffManager, type StaffMember } from '../lib/types';
import { ModalDialog } from '@/components/ui/modal-dialog';
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

  const changeRole = async (member: StaffMember) => {
    const role = chosen[member.id];
    if (!role) return;
    setBusyUid(member.id);
    setFeedback(null);
    try {
      await onChangeRole(member, role);
      setChosen((c) => ({ ...c, [member.id]: '' }));
      setFeedback({ kind: 'success', text: t('list.roleChanged', { name: member.displayName }) });
    } catch (error) {
      setFeedback({ kind: 'error', text: errorText(error) });
    } finally {
      setBusyUid(null);
    }
  };

  const revoke = async () => {
    if (!toRevoke) return;
    const member = toRevoke;
    setBusyUid(member.id);
    setFeedback(null);
    try {
      await onRevoke(member);
      setFeedback({ kind: 'success', text: t('list.revokedDone', { name: member.displayName }) });
    } catch (error) {
      setFeedback({ kind: 'error', text: errorText(error) });
    } finally {
      setBusyUid(null);
      setToRevoke(null);
    }
  };

  const resend = async (member: StaffMember) => {
    if (!onResendInvitation) return;
    setBusyUid(member.id);
    setFeedback(null);
    try {
      await onResendInvitation(member);
      setFeedback({ kind: 'success', text: t('list.resent', { email: member.email }) });
    } catch (error) {
      setFeedback({ kind: 'error', text: errorText(error) });
    } finally {
      setBusyUid(null);
    }
  };

  return (
    <section aria-labelledby="staff-list-title" className="my-4">
      <h2 id="staff-list-title" className="h4">
        {t('list.title')}
      </h2>
      <OutcomeAlert outcome={feedback && { ok: feedback.kind !== 'error', text: feedback.text }} />
      {staff.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table align-middle">
            <caption className="visually-hidden">{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.colName')}</th>
                <th scope="col">{t('list.colEmail')}</th>
                <th scope="col">{t('list.colRole')}</th>
                <th scope="col">{t('list.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((member) => {
                const manageable = mayManage(manager, member);
                const selectId = `role-${member.id}`;
                const invitation = invitationState(member, false, now);
                return (
                  <tr key={member.id}>
                    <th scope="row">
                      {member.displayName}
                      {member.id === manager.uid && <span className="ms-1">{t('list.you')}</span>}
                    </th>
                    <td>{member.email}</td>
                    <td>
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
                          <span className="badge bg-warning text-dark">
                            {t('list.inviteExpired')}
                          </span>
                        </div>
                      )}
                    </td>
                    <td>
                      {manageable && (
                        <div className="d-flex flex-wrap align-items-center gap-2">
                          <label htmlFor={selectId} className="visually-hidden">
                            {t('list.newRole', { name: member.displayName })}
                          </label>
                          <select
                            id={selectId}
                            className="form-select form-select-sm w-auto"
                            value={chosen[member.id] ?? ''}
                            onChange={(e) =>
                              setChosen((c) => ({
                                ...c,
                                [member.id]: roles.find((r) => r === e.target.value) ?? '',
                              }))
                            }
                          >
                            <option value="">
                              {member.role ? t('list.changeRole') : t('list.restore')}
                            </option>
                            {roles
                              .filter((r) => r !== member.role)
                              .map((r) => (
                                <option key={r} value={r}>
                                  {tApp(`roles.${r}`)}
                                </option>
                              ))}
                          </select>
                          <button
                            type="button"
                            className="btn btn-outline-primary btn-sm"
                            disabled={!chosen[member.id] || busyUid === member.id}
                            onClick={() => void changeRole(member)}
                          >
                            {t('list.applyRole')}
                          </button>
                          {member.role && invitation === 'expired' && onResendInvitation && (
                            <button
                              type="button"
                              className="btn btn-outline-primary btn-sm"
                              aria-label={t('list.resendLabel', { name: member.displayName })}
                              disabled={busyUid === member.id}
                              onClick={() => void resend(member)}
                            >
                              {t('list.resend')}
                            </button>
                          )}
                          {member.role && (
                            <button
                              type="button"
                              className="btn btn-outline-danger btn-sm"
                              aria-label={t('list.revokeLabel', { name: member.displayName })}
                              disabled={busyUid === member.id}
                              onClick={() => setToRevoke(member)}
                            >
                              {t('list.revoke')}
                            </button>
                          )}
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {toRevoke && (
        <ModalDialog
          title={t('revoke.title')}
          onCancel={() => setToRevoke(null)}
          actions={
            <>
              <button
                type="button"
                className="btn btn-outline-primary"
                onClick={() => setToRevoke(null)}
              >
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                disabled={busyUid === toRevoke.id}
                onClick={() => void revoke()}
              >
                {t('revoke.confirm')}
              </button>
            </>
          }
        >
          <p>{t('revoke.body', { name: toRevoke.displayName })}</p>
        </ModalDialog>
      )}
    </section>
  );
}
