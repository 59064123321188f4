import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/pupil-sheet/locales';
import { Link } from 'react-router';
import { cefrLabel, isNai, schoolYearOf, type Language } from '@domain';
import { Loading } from '@/components/ui/loading';
import { errorCode } from '@/lib/errors';
import { useLanguage } from '@/lib/i18n';
import { countryName, formatDate, languageName } from '@/lib/format';
import { usePupilSheet } from '../api/get-pupil-sheet';
import {
  flagsWithDecisions,
  followUpsByDue,
  l2Progress,
  markText,
  termTable,
  type PupilSheetData,
} from '../lib/sheet';
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
  const { pupil, schoolClass, school, risk } = data;
  const schoolYear = school?.settings.schoolYear ?? schoolYearOf(today);
  const date = (d: Date) => formatDate(d, language);
  const l2 = l2Progress(data.l2Assessments, schoolYear);
  const hasL2 = data.l2Assessments.length > 0;
  const terms = termTable(data.termRecords, schoolYear);
  const nai = school ? isNai(pupil, today, school.settings.naiMonths) : null;
  const className = schoolClass?.name ?? t('none');

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

      <section aria-labelledby="sheet-profile">
        <h2 id="sheet-profile" className="h5">
          {t('profile.title')}
        </h2>
        <dl className="row mb-0 small">
          <Field label={t('profile.class')}>{className}</Field>
          <Field label={t('profile.birthDate')}>{date(pupil.birthDate)}</Field>
          <Field label={t('profile.countryOfBirth')}>
            {countryName(pupil.countryOfBirth, language)}
          </Field>
          <Field label={t('profile.homeLanguages')}>
            {pupil.homeLanguages.map((l) => languageName(l, language)).join(', ')}
          </Field>
          <Field label={t('profile.arrival')}>
            {pupil.arrivalDate ? date(pupil.arrivalDate) : t('none')}
          </Field>
          <Field label={t('profile.firstSchool')}>
            {pupil.firstItalianSchoolDate ? date(pupil.firstItalianSchoolDate) : t('none')}
          </Field>
          <Field label={t('profile.nai')}>
            {nai === null ? t('none') : nai ? t('profile.yes') : t('profile.no')}
          </Field>
          <Field label={t('profile.placement')}>{t(`profile.placements.${pupil.placement}`)}</Field>
          <Field label={t('profile.pdp')}>
            {pupil.pdp && pupil.pdpDate
              ? t('profile.pdpOn', { date: date(pupil.pdpDate) })
              : t('profile.no')}
          </Field>
        </dl>
      </section>

      <section aria-labelledby="sheet-l2">
        <h2 id="sheet-l2" className="h5">
          {t('l2.title')}
        </h2>
        {hasL2 ? (
          <table className="table table-sm">
            <thead>
              <tr>
                <th scope="col">{t('l2.skill')}</th>
                <th scope="col">{t('l2.first')}</th>
                <th scope="col">{t('l2.latest')}</th>
              </tr>
            </thead>
            <tbody>
              {l2.map((row) => (
                <tr key={row.skill}>
                  <th scope="row">{t(`l2.skills.${row.skill}`)}</th>
                  <td>
                    {row.first
                      ? `${cefrLabel(row.first.level)} (${date(row.first.date)})`
                      : t('none')}
                  </td>
                  <td>
                    {row.latest
                      ? `${cefrLabel(row.latest.level)} (${date(row.latest.date)})`
                      : t('none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="small">{t('l2.empty')}</p>
        )}
      </section>

      <section aria-labelledby="sheet-terms">
        <h2 id="sheet-terms" className="h5">
          {t('terms.title')}
        </h2>
        {terms.terms.length > 0 ? (
          <table className="table table-sm">
            <thead>
              <tr>
                <th scope="col">{t('terms.subject')}</th>
                {terms.terms.map((term) => (
                  <th key={term.term} scope="col">
                    {t('terms.term', { term: term.term })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {terms.subjects.map((row) => (
                <tr key={row.subject}>
                  <th scope="row">
                    {t(`terms.subjects.${row.subject}`, { defaultValue: row.subject })}
                  </th>
                  {row.marks.map((mark, i) => (
                    <td key={terms.terms[i]?.term ?? i}>{markText(mark)}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">{t('terms.conduct')}</th>
                {terms.conduct.map((mark, i) => (
                  <td key={terms.terms[i]?.term ?? i}>{markText(mark)}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('terms.absences')}</th>
                {terms.terms.map((term) => (
                  <td key={term.term}>
                    {t('terms.absencesValue', {
                      absence: term.absenceHours,
                      lessons: term.lessonHours,
                      pct: term.absencePct ?? 0,
                    })}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        ) : (
          <p className="small">{t('terms.empty')}</p>
        )}
      </section>

      <section aria-labelledby="sheet-risk">
        <h2 id="sheet-risk" className="h5">
          {t('risk.title')}
        </h2>
        {risk ? (
          <>
            <p className="mb-1">
              <strong>
                {t('risk.level')}: {t(`risk.levels.${risk.level}`)}
              </strong>
              {risk.reviewedLevel !== risk.level && (
                <>
                  {' · '}
                  {t('risk.reviewedLevel')}: {t(`risk.levels.${risk.reviewedLevel}`)}
                </>
              )}
            </p>
            <p className="mb-1">{risk.levelReason[language]}</p>
            {risk.flags.length === 0 ? (
              <p className="small">{t('risk.noFlags')}</p>
            ) : (
              <ul className="small mb-1">
                {flagsWithDecisions(risk).map(({ flag, review }) => (
                  <li key={flag.code}>
                    <span>
                      [{t(`risk.flagLevel.${flag.level}`)}] {flag.sentence[language]}
                    </span>
                    <br />
                    <em>
                      {review
                        ? t('risk.decisionBy', {
                            decision: t(`risk.decision.${review.decision}`),
                            name: review.byName,
                            date: date(review.at),
                            reason: review.reason,
                          })
                        : t('risk.pending')}
                    </em>
                  </li>
                ))}
              </ul>
            )}
            <p className="small text-muted mb-0">{t('risk.note')}</p>
          </>
        ) : (
          <p className="small">{t('risk.notComputed')}</p>
        )}
      </section>

      <section aria-labelledby="sheet-interventions">
        <h2 id="sheet-interventions" className="h5">
          {t('interventions.title')}
        </h2>
        {data.interventions.length === 0 ? (
          <p className="small">{t('interventions.empty')}</p>
        ) : (
          <table className="table table-sm">
            <thead>
              <tr>
                <th scope="col">{t('interventions.type')}</th>
                <th scope="col">{t('interventions.goal')}</th>
                <th scope="col">{t('interventions.start')}</th>
                <th scope="col">{t('interventions.status')}</th>
              </tr>
            </thead>
            <tbody>
              {[...data.interventions]
                .sort((a, b) => a.start.getTime() - b.start.getTime())
                .map((intervention) => (
                  <tr key={intervention.id}>
                    <th scope="row">
                      {t(`interventions.types.${intervention.type}`)} (
                      {t('interventions.tier', { tier: intervention.tier })})
                    </th>
                    <td>{intervention.goal}</td>
                    <td>{date(intervention.start)}</td>
                    <td>{t(`interventions.statuses.${intervention.status}`)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="sheet-follow-ups">
        <h2 id="sheet-follow-ups" className="h5">
          {t('followUps.title')}
        </h2>
        {risk && risk.followUps.length > 0 ? (
          <ul className="small mb-1">
            {followUpsByDue(risk).map((followUp) => (
              <li key={followUp.code}>
                {followUp.sentence[language]} — {t(`followUps.owners.${followUp.owner}`)},{' '}
                {t('followUps.due', { date: date(followUp.due) })}
                {followUp.due.getTime() < today.getTime() && ` (${t('followUps.overdue')})`}
              </li>
            ))}
          </ul>
        ) : (
          <p className="small">{t('followUps.empty')}</p>
        )}
      </section>
      <p className="small text-muted mt-2 mb-0">{t('printedOn', { date: date(today) })}</p>
    </article>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="col-5 col-md-3">{label}</dt>
      <dd className="col-7 col-md-3 mb-1">{children}</dd>
    </>
  );
}
