import { useState, type ReactNode } from 'react';
import { DEFAULT_NAI_MONTHS, type RoleClaims } from '@domain';
import { usePupil } from '../api/get-pupil';
import { useSchool } from '../api/get-school';
import { hasSchool } from '../lib/types';
import { PupilDetailsView } from './pupil-details-view';

type PupilDetailsProps = {
  claims: RoleClaims | null;
  pupilId: string;
  /** Sections the page composes below the profile (records, flags), once the pupil loaded. */
  children?: ReactNode;
};

/** The pupil page: loads the pupil of the user's school and shows the profile. */
export function PupilDetails({ claims, pupilId, children }: PupilDetailsProps) {
  if (!claims || !hasSchool(claims)) {
    // District and admin roles never read a pupil: same answer as a denied read.
    return <PupilDetailsView state={{ status: 'error', error: { code: 'permission-denied' } }} />;
  }
  return (
    <SchoolPupilDetails schoolId={claims.schoolId} pupilId={pupilId}>
      {children}
    </SchoolPupilDetails>
  );
}

function SchoolPupilDetails({
  schoolId,
  pupilId,
  children,
}: {
  schoolId: string;
  pupilId: string;
  children?: ReactNode;
}) {
  const pupilQuery = usePupil(schoolId, pupilId);
  const schoolQuery = useSchool(schoolId);
  const [asOf] = useState(() => new Date());

  if (pupilQuery.isPending) return <PupilDetailsView state={{ status: 'pending' }} />;
  if (pupilQuery.isError) {
    return (
      <PupilDetailsView
        state={{
          status: 'error',
          error: pupilQuery.error,
          onRetry: () => void pupilQuery.refetch(),
        }}
      />
    );
  }
  return (
    <PupilDetailsView
      state={{
        status: 'success',
        data: pupilQuery.data,
        naiMonths: schoolQuery.data?.settings.naiMonths ?? DEFAULT_NAI_MONTHS,
        asOf,
      }}
    >
      {children}
    </PupilDetailsView>
  );
}
