import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import { Link } from 'react-router';
import { emptyOrientationRecord, schoolYearOf } from '@domain';
import { useOrientation } from '../api/orientation';
import { familySheetLanguageName, sheetLanguagesFor } from '../lib/family-sheet';
import { Labelled } from './orientation-fields';
import { OrientationForm } from './orientation-form';
import { OrientationLoadState } from './track-table';

type Props = {
  schoolId: string;
  pupilId: string;
  uid: string;
  /** The family's languages (the pupil's home languages), offered first for the family sheet. */
  homeLanguages: readonly string[];
};

/** The pupil's orientation for the current school year, and the documents to print. */
export function OrientationPanel({ schoolId, pupilId, uid, homeLanguages }: Props) {
  const { t } = useTranslation('orientation');
  const schoolYear = schoolYearOf(new Date());
  const query = useOrientation(schoolId, pupilId, schoolYear);
  const offered = sheetLanguagesFor(homeLanguages);
  const [language, setLanguage] = useState(offered[0] ?? 'it');

  if (query.isPending || query.isError) return <OrientationLoadState pending={query.isPending} />;
  const stored = query.data;
  const base = `/alunni/${encodeURIComponent(pupilId)}/orientamento/stampa`;
  return (
    <>
      <p className="lead">{t('schoolYear', { year: schoolYear })}</p>
      <OrientationForm
        // Stable across its own saves (a remount would drop the "saved" message); the form
        // keeps what was typed, which is what the refetched record holds.
        key={schoolYear}
        schoolId={schoolId}
        pupilId={pupilId}
        uid={uid}
        exists={stored !== null}
        initial={
          stored
            ? {
                schoolYear: stored.schoolYear,
                orientationHours: stored.orientationHours,
                review: stored.review,
                advice: stored.advice,
                exam: stored.exam,
              }
            : emptyOrientationRecord(schoolYear)
        }
      />
      {stored && (
        <section className="mt-5" aria-labelledby="or-print-title">
          <h2 id="or-print-title" className="h4">
            {t('print.legend')}
          </h2>
          <ul className="list-unstyled">
            {stored.review && (
              <li className="mb-2">
                <Link to={`${base}/bilancio`}>{t('print.review')}</Link>
              </li>
            )}
            {stored.advice && (
              <li className="d-flex gap-2 align-items-end flex-wrap">
                <Labelled
                  id="or-family-language"
                  label={t('print.familyLanguage')}
                  className=""
                  labelClassName="form-label small d-block"
                >
                  <select
                    id="or-family-language"
                    className="form-select"
                    value={language}
                    onChange={(e) => setLanguage(e.target.value)}
                  >
                    {offered.map((l) => (
                      <option key={l} value={l}>
                        {familySheetLanguageName(l)}
                      </option>
                    ))}
                  </select>
                </Labelled>
                <Link to={`${base}/famiglia?lingua=${language}`}>{t('print.family')}</Link>
              </li>
            )}
          </ul>
        </section>
      )}
    </>
  );
}
