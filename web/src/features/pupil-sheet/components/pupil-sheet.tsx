import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/pupil-sheet/locales';
import { Link } from 'react-router';
import { schoolYearOf, type Language } from '@domain';
import { Loading } from '@/components/ui/loading';
import { errorCode } from '@/lib/errors';
import { useLanguage } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { usePupilSheet } from '../api/get-pupil-sheet';
import type { PupilSheetData } from '../lib/sheet';
import { SheetProfile } from './sheet-profile';
import { SheetL2, SheetTerms } from './sheet-progress';
import { SheetFollowUps, SheetInterventions, SheetRisk } from './sheet-risk';
import './pupil-sheet.css';

type PupilSheetProps = { schoolId: string; pupilId: string };

/** /alunni/:pupilId/scheda: the pupil's one-page sheet for the consiglio di classe. */
export function PupilSheet({ schoolId, pupilId }: PupilSheetProps) {
  const { t } = useTranslation('pupilSheet');
  const language = useLanguage();
  const sheetQuery = usePupilSheet(schoolId, pupilId);
  const [today] = useState(() => new Date());

  return (
    <div className="pupil-sheet">
      <div className="d-print-none d-flex flex-wrap gap-2 mb-3">
        <Link className="btn btn-outline-primary" to={`/alunni/${encodeURIComponent(pupilId)}`}>
          {t('back')}
        </Link>
        {sheetQuery.data && (
          <button type="button" className="btn btn-primary" onClick={() => window.print()}>
            {t('print')}
          </button>
        )}
      </div>
      {sheetQuery.isPending ? (
        <Loading label={t('loading')} />
      ) : sheetQuery.isError ? (
        <>
          <h1>{t('pageTitle')}</h1>
          <div className="alert alert-danger" role="alert">
            {errorCode(sheetQuery.error) === 'permission-denied' ||
            errorCode(sheetQuery.error) === 'not-found'
              ? t('accessDenied')
              : t('error')}
          </div>
        </>
      ) : (
        <PupilSheetView data={sheetQuery.data} language={language} today={today} />
      )}
    </div>
  );
}

type PupilSheetViewProps = { data: PupilSheetData; language: Language; today: Date };

/** The sheet itself: profile, L2, marks and absences, level and flags, interventions, to-dos. */
export function PupilSheetView({ data, language, today }: PupilSheetViewProps) {
  const { t } = useTranslation('pupilSheet');
  const { pupil, school } = data;
  const schoolYear = school?.settings.schoolYear ?? schoolYearOf(today);
  const date = (d: Date) => formatDate(d, language);

  return (
    <article aria-labelledby="pupil-sheet-title">
      <header className="mb-2">
        <h1 id="pupil-sheet-title">
          {t('pageTitle')}: {pupil.lastName} {pupil.firstName}
        </h1>
        <p className="mb-0 small">
          {t('subtitle', { school: school?.name ?? '', year: schoolYear })}
        </p>
      </header>
      {data.unreadable > 0 && (
        <div className="alert alert-warning d-print-none" role="alert">
          {t('unreadable', { count: data.unreadable })}
        </div>
      )}

      <SheetProfile data={data} language={language} today={today} />
      <SheetL2 data={data} language={language} schoolYear={schoolYear} />
      <SheetTerms data={data} schoolYear={schoolYear} />
      <SheetRisk data={data} language={language} />
      <SheetInterventions data={data} language={language} />
      <SheetFollowUps data={data} language={language} today={today} />
      <p className="small text-muted mt-2 mb-0">{t('printedOn', { date: date(today) })}</p>
    </article>
  );
}
