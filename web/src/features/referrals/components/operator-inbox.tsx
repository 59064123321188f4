import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { Loading } from '@/components/ui/loading';
import { useOrganizationReferrals } from '../api/get-referrals';
import { ReferralTable } from './referral-table';

const linkTo = (r: { id: string }) => `/servizi/invii/${encodeURIComponent(r.id)}`;

/** The operator's landing list: every referral addressed to their organisation, live. */
export function OperatorInbox({
  districtId,
  organizationId,
}: {
  districtId: string;
  organizationId: string;
}) {
  const { t } = useTranslation('referrals');
  const { t: tApp } = useTranslation();
  const list = useOrganizationReferrals(districtId, organizationId);
  if (list.status === 'pending') return <Loading label={tApp('common.loading')} />;
  if (list.status === 'error') {
    return (
      <div className="alert alert-danger" role="alert">
        {tApp('errors.unknown')}
      </div>
    );
  }
  return (
    <>
      {list.data.unreadable > 0 && (
        <div className="alert alert-warning">
          {t('inbox.unreadable', { count: list.data.unreadable })}
        </div>
      )}
      <ReferralTable
        rows={list.data.items}
        caption={t('inbox.caption')}
        empty={t('inbox.empty')}
        fileName="invii-ricevuti"
        linkTo={linkTo}
        showSchool
      />
    </>
  );
}
