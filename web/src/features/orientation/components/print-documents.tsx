import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import type { StoredOrientation, Track } from '@domain';
import { formatDate, languageName } from '@/lib/format';
import type { TransitionEntry } from '../api/orientation';
import { FAMILY_SHEET } from '../lib/family-sheet-texts';
import { subjectLabel } from './review-fields';

// Printable documents, in Italian (the school's official language; the family sheet also in
// the family's language for its fixed parts). The print CSS of the app hides the header and
// the navigation; these pages carry their own print button.

export type PupilHeading = { name: string; className: string; schoolName: string };

function PrintButton() {
  return (
    <button
      type="button"
      className="btn btn-primary d-print-none mb-4"
      onClick={() => window.print()}
    >
      Stampa
    </button>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="row border-bottom py-2">
      <dt className="col-sm-4">{label}</dt>
      <dd className="col-sm-8 mb-0" style={{ whiteSpace: 'pre-wrap' }}>
        {children || '—'}
      </dd>
    </div>
  );
}

const TRACK_IT: Record<Track, string> = {
  liceo: 'Liceo',
  tecnico: 'Istituto tecnico',
  professionale: 'Istituto professionale',
  iefp: 'Istruzione e formazione professionale (IeFP)',
};

/** Bilancio di competenze: the needs analysis and skills review, in Italian. */
export function SkillsReviewPrint({
  pupil,
  record,
}: {
  pupil: PupilHeading;
  record: StoredOrientation;
}) {
  const review = record.review;
  return (
    <article className="orientation-print">
      <PrintButton />
      <p className="mb-0">{pupil.schoolName}</p>
      <h1 className="h2">Bilancio di competenze</h1>
      <p>
        {pupil.name} – classe {pupil.className} – anno scolastico {record.schoolYear}
      </p>
      {!review ? (
        <p>Bilancio non ancora compilato.</p>
      ) : (
        <dl>
          <Row label="Data del colloquio">{formatDate(review.date, 'it')}</Row>
          <Row label="Lingue conosciute">
            {review.languages
              .map(
                (l) =>
                  `${languageName(l.language, 'it')}: ${l.level === 'native' ? 'madrelingua' : l.level}`,
              )
              .join('; ')}
          </Row>
          <Row label="Materie di forza">{review.strengthSubjects.map(subjectLabel).join(', ')}</Row>
          <Row label="Interessi">{review.interests}</Row>
          <Row label="Scuola frequentata all’estero">{review.schoolingAbroad}</Row>
          <Row label="Competenze e responsabilità fuori dalla scuola">{review.outOfSchool}</Row>
          <Row label="Aspettative della famiglia">{review.familyExpectations}</Row>
          <Row label="Colloquio con il mediatore">{review.mediatorPresent ? 'Sì' : 'No'}</Row>
          <Row label="Ore di orientamento frequentate">{`${record.orientationHours} su 30`}</Row>
          <Row label="Note del docente tutor">{review.tutorNotes}</Row>
        </dl>
      )}
      <p className="mt-5">Il docente tutor ______________________________</p>
    </article>
  );
}

/**
 * The consiglio di orientamento for the family: the fixed parts in Italian and, beside them,
 * in the family's language; what the teachers wrote stays as written.
 */
export function FamilySheetPrint({
  pupil,
  record,
  language,
}: {
  pupil: PupilHeading;
  record: StoredOrientation;
  language: string;
}) {
  const it = FAMILY_SHEET.it;
  const other = language !== 'it' ? FAMILY_SHEET[language] : undefined;
  const advice = record.advice;
  if (!it) return null;
  const both = (pick: (s: NonNullable<typeof it>) => string) => (
    <>
      {pick(it)}
      {other && (
        <span className="d-block text-secondary" lang={language} dir={other.dir}>
          {pick(other)}
        </span>
      )}
    </>
  );
  return (
    <article className="orientation-print">
      <PrintButton />
      <p className="mb-0">{pupil.schoolName}</p>
      <h1 className="h2">{both((s) => s.title)}</h1>
      <p>{both((s) => s.intro)}</p>
      {!advice ? (
        <p>Consiglio non ancora compilato.</p>
      ) : (
        <dl>
          <Row label={it.pupil}>{`${pupil.name} – ${pupil.className}`}</Row>
          <Row label={it.schoolYear}>{record.schoolYear}</Row>
          <div className="row border-bottom py-2">
            <dt className="col-sm-4">{both((s) => s.recommended)}</dt>
            <dd className="col-sm-8 mb-0 fw-bold">
              {both((s) => s.tracks[advice.recommendedTrack])}
            </dd>
          </div>
          <div className="row border-bottom py-2">
            <dt className="col-sm-4">{both((s) => s.course)}</dt>
            <dd className="col-sm-8 mb-0">{advice.recommendedCourse || '—'}</dd>
          </div>
          <div className="row border-bottom py-2">
            <dt className="col-sm-4">{both((s) => s.interests)}</dt>
            <dd className="col-sm-8 mb-0">{advice.interests || '—'}</dd>
          </div>
          {advice.certifications && <Row label="Certificazioni">{advice.certifications}</Row>}
          <div className="row border-bottom py-2">
            <dt className="col-sm-4">{both((s) => s.familyChoice)}</dt>
            <dd className="col-sm-8 mb-0">
              {advice.familyTrack ? both((s) => s.tracks[advice.familyTrack as Track]) : '—'}
            </dd>
          </div>
        </dl>
      )}
      <p className="mt-3">{both((s) => s.enrolment)}</p>
      <div className="row mt-5">
        <p className="col">{both((s) => s.signHead)}</p>
        <p className="col">{both((s) => s.signFamily)}</p>
      </div>
    </article>
  );
}

/** The handover sheet a pupil takes to the receiving school. */
export function HandoverSheet({ transition }: { transition: TransitionEntry }) {
  const { t } = useTranslation('orientation');
  const h = transition.handover;
  const o = h.orientation;
  return (
    <article className="orientation-print" aria-labelledby="handover-title">
      <PrintButton />
      <h1 id="handover-title" className="h2">
        Scheda di passaggio – {transition.pupilName}
      </h1>
      <p>
        da {transition.fromSchoolName} a {transition.toSchoolName} –{' '}
        {formatDate(transition.movedAt, 'it')}
      </p>
      <dl>
        <Row label="Lingue di casa">
          {h.homeLanguages.map((l) => languageName(l, 'it')).join(', ')}
        </Row>
        <Row label="Alunno neo-arrivato (NAI)">{h.nai ? 'Sì' : 'No'}</Row>
        <Row label="Piano didattico personalizzato (PDP)">{h.pdp ? 'Sì' : 'No'}</Row>
        <Row label="Livelli di italiano L2">
          {h.l2Levels
            .map(
              (l) =>
                `${l.domain === 'study' ? 'Italiano per lo studio' : 'Italiano per comunicare'}: ${l.level} (${formatDate(l.date, 'it')})`,
            )
            .join('; ')}
        </Row>
      </dl>
      <h2 className="h4 mt-4">Che cosa ha aiutato</h2>
      {h.whatHelped.length === 0 ? (
        <p>{t('handover.nothing')}</p>
      ) : (
        <ul>
          {h.whatHelped.map((w, i) => (
            <li key={i}>
              {w.kind === 'intervention'
                ? 'Intervento'
                : w.kind === 'tutoring'
                  ? 'Tutoraggio'
                  : 'Tutoraggio tra pari'}
              : {w.label}
              {w.hours !== null && ` – ${w.hours} ore`}
              {w.outcome && ` – esito: ${w.outcome}`}
            </li>
          ))}
        </ul>
      )}
      <h2 className="h4 mt-4">Interventi ancora aperti</h2>
      {h.openInterventions.length === 0 ? (
        <p>{t('handover.nothing')}</p>
      ) : (
        <ul>
          {h.openInterventions.map((i, n) => (
            <li key={n}>
              {i.goal} (dal {formatDate(i.start, 'it')})
            </li>
          ))}
        </ul>
      )}
      <h2 className="h4 mt-4">Orientamento</h2>
      {!o ? (
        <p>{t('handover.nothing')}</p>
      ) : (
        <dl>
          <Row label="Anno scolastico">{o.schoolYear}</Row>
          <Row label="Ore di orientamento">{String(o.orientationHours)}</Row>
          <Row label="Percorso consigliato">
            {o.recommendedTrack ? `${TRACK_IT[o.recommendedTrack]} ${o.recommendedCourse}` : ''}
          </Row>
          <Row label="Scelta della famiglia">{o.familyTrack ? TRACK_IT[o.familyTrack] : ''}</Row>
          <Row label="Iscrizione">
            {[o.enrolledSchool, o.enrolledTrack ? TRACK_IT[o.enrolledTrack] : '']
              .filter(Boolean)
              .join(' – ')}
          </Row>
          <Row label="Materie di forza">{o.strengthSubjects.map(subjectLabel).join(', ')}</Row>
          <Row label="Interessi">{o.interests}</Row>
        </dl>
      )}
      {transition.confirmation && (
        <>
          <h2 className="h4 mt-4">Risposta della scuola di arrivo</h2>
          <p>
            {transition.confirmation.stillEnrolled ? 'Ancora iscritto' : 'Non più iscritto'} –{' '}
            {formatDate(transition.confirmation.at, 'it')}
            {transition.confirmation.meanMark !== null &&
              ` – media del primo periodo ${transition.confirmation.meanMark}`}
          </p>
          {transition.confirmation.notes && <p>{transition.confirmation.notes}</p>}
        </>
      )}
    </article>
  );
}
