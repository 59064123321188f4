import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuth } from '@/features/auth/lib/auth-context';
import { PupilDetails } from '@/features/pupils/components/pupil-details';

export function PupilRoute() {
  const { t } = useTranslation();
  const { claims } = useAuth();
  const { pupilId = '' } = useParams();

  return (
    <>
      <title>{`${t('pupil.pageTitle')} – ${t('app.name')}`}</title>
      <PupilDetails claims={claims} pupilId={pupilId} />
    </>
  );
}
