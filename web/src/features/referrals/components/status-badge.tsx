import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import type { ReferralStatus } from '@domain';

const TONE: Record<ReferralStatus, string> = {
  draft: 'bg-secondary',
  requested: 'bg-primary',
  accepted: 'bg-success',
  rejected: 'bg-danger',
  'in-progress': 'bg-success',
  'on-hold': 'bg-warning text-dark',
  completed: 'bg-dark',
  cancelled: 'bg-secondary',
};

/** A referral's status as a badge (text, never colour alone). */
export function StatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation('referrals');
  return <span className={`badge ${TONE[status]}`}>{t(`status.${status}`)}</span>;
}

export function OverdueBadge() {
  const { t } = useTranslation('referrals');
  return <span className="badge bg-danger ms-1">{t('overdue')}</span>;
}
