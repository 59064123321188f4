import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import {
  ALL_SUBJECTS,
  CEFR_LEVELS,
  EXAM_ITEMS,
  MAX_KNOWN_LANGUAGES,
  type ExamRecord,
  type OrientationAdvice,
  type OrientationRecord,
  type SkillsReview,
  TRACKS,
  type Track,
  missingExamItems,
  orientationRecordSchema,
} from '@domain';
import { useSaveOrientation } from '../api/orientation';

const toInput = (d: Date) => d.toISOString().slice(0, 10);
const fromInput = (s: string) => new Date(`${s}T00:00:00Z`);
const today = () => fromInput(new Date().toISOString().slice(0, 10));

export function subjectLabel(code: string): string {
  const s = code.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function emptyReview(): SkillsReview {
  return {
    date: today(),
    languages: [],
    strengthSubjects: [],
    interests: '',
    schoolingAbroad: '',
    outOfSchool: '',
    familyExpectations: '',
    mediatorPresent: false,
    tutorNotes: '',
  };
}

function emptyAdvice(): OrientationAdvice {
  return {
    date: today(),
    interests: '',
    certifications: '',
    recommendedTrack: 'tecnico',
    recommendedCourse: '',
    familyTrack: null,
    enrolledSchool: '',
    enrolledTrack: null,
  };
}

function emptyExam(): ExamRecord {
  return {
    invalsiTaken: false,
    l2InsteadOfSecondLanguage: false,
    pdpInForce: false,
    pdpInExam: false,
    italianEntryTest: false,
    usedSecondLanguageHoursForL2: false,
  };
}

type Props = {
  schoolId: string;
  pupilId: string;
  uid: string;
  initial: OrientationRecord;
  exists: boolean;
};

function Text({
  id,
  label,
  value,
  onChange,
  rows = 2,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  rows?: number;
}) {
  return (
    <div className="mb-3">
      <label htmlFor={id} className="form-label d-block fw-semibold">
        {label}
      </label>
      <textarea
        id={id}
        className="form-control"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

function Check({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="form-check">
      <input
        id={id}
        type="checkbox"
        className="form-check-input"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id} className="form-check-label">
        {label}
      </label>
    </div>
  );
}

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="border rounded p-3 mb-4">
      <legend className="h5 float-none w-auto px-2">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * The year's orientation record of one pupil: module hours, needs analysis and skills review,
 * consiglio di orientamento with the family's choice and enrolment, and the first-cycle exam
 * checklist. Each part is optional until filled in; one save writes the whole record.
 */
export function OrientationForm({ schoolId, pupilId, uid, initial, exists }: Props) {
  const { t } = useTranslation('orientation');
  const [record, setRecord] = useState<OrientationRecord>(initial);
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const save = useSaveOrientation();
  const [saved, setSaved] = useState(exists);

  const setReview = (patch: Partial<SkillsReview>) =>
    setRecord((r) => ({ ...r, review: { ...(r.review ?? emptyReview()), ...patch } }));
  const setAdvice = (patch: Partial<OrientationAdvice>) =>
    setRecord((r) => ({ ...r, advice: { ...(r.advice ?? emptyAdvice()), ...patch } }));
  const setExam = (patch: Partial<ExamRecord>) =>
    setRecord((r) => ({ ...r, exam: { ...(r.exam ?? emptyExam()), ...patch } }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const parsed = orientationRecordSchema.safeParse(record);
    if (!parsed.success) {
      const text = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
      setMessage({ kind: 'danger', text: t('invalid', { message: text }) });
      return;
    }
    try {
      await save.mutateAsync({ schoolId, pupilId, uid, record: parsed.data, exists: saved });
      setSaved(true);
      setMessage({ kind: 'success', text: t('saved') });
    } catch (error) {
      setMessage({ kind: 'danger', text: t('saveFailed', { message: String(error) }) });
    }
  };

  const review = record.review;
  const advice = record.advice;
  const exam = record.exam;
  const trackOptions = TRACKS.map((track) => (
    <option key={track} value={track}>
      {t(`tracks.${track}`)}
    </option>
  ));
  const missing = exam ? missingExamItems(exam, exam.usedSecondLanguageHoursForL2) : [];

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('pupilTitle')}>
      <Section legend={t('hours.legend')}>
        <label htmlFor="or-hours" className="form-label d-block fw-semibold">
          {t('hours.label')}
        </label>
        <input
          id="or-hours"
          type="number"
          min={0}
          max={200}
          step={0.5}
          className="form-control w-auto"
          aria-describedby="or-hours-hint"
          value={record.orientationHours}
          onChange={(e) => setRecord((r) => ({ ...r, orientationHours: Number(e.target.value) }))}
        />
        <small id="or-hours-hint" className="form-text">
          {t('hours.hint', { hours: record.orientationHours })}
        </small>
      </Section>

      <Section legend={t('review.legend')}>
        {!review ? (
          <button type="button" className="btn btn-outline-primary" onClick={() => setReview({})}>
            {t('review.add')}
          </button>
        ) : (
          <>
            <div className="mb-3">
              <label htmlFor="or-review-date" className="form-label d-block fw-semibold">
                {t('review.date')}
              </label>
              <input
                id="or-review-date"
                type="date"
                className="form-control w-auto"
                value={toInput(review.date)}
                onChange={(e) => e.target.value && setReview({ date: fromInput(e.target.value) })}
              />
            </div>
            <fieldset className="mb-3">
              <legend className="fs-6 fw-semibold">{t('review.languages')}</legend>
              <small className="form-text d-block mb-2">{t('review.languagesHint')}</small>
              {review.languages.map((l, i) => (
                <div className="d-flex gap-2 mb-2 align-items-end" key={i}>
                  <div>
                    <label htmlFor={`or-lang-${i}`} className="form-label small">
                      {t('review.language')}
                    </label>
                    <input
                      id={`or-lang-${i}`}
                      className="form-control"
                      size={5}
                      value={l.language}
                      onChange={(e) =>
                        setReview({
                          languages: review.languages.map((x, j) =>
                            j === i ? { ...x, language: e.target.value.trim().toLowerCase() } : x,
                          ),
                        })
                      }
                    />
                  </div>
                  <div>
                    <label htmlFor={`or-level-${i}`} className="form-label small">
                      {t('review.level')}
                    </label>
                    <select
                      id={`or-level-${i}`}
                      className="form-select"
                      value={l.level}
                      onChange={(e) =>
                        setReview({
                          languages: review.languages.map((x, j) =>
                            j === i ? { ...x, level: e.target.value as typeof l.level } : x,
                          ),
                        })
                      }
                    >
                      <option value="native">{t('review.native')}</option>
                      {CEFR_LEVELS.map((c) => (
                        <option key={c} value={c}>
                          {c}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button
                    type="button"
                    className="btn btn-sm btn-outline-secondary"
                    onClick={() =>
                      setReview({ languages: review.languages.filter((_x, j) => j !== i) })
                    }
                  >
                    {t('review.remove')}
                  </button>
                </div>
              ))}
              {review.languages.length < MAX_KNOWN_LANGUAGES && (
                <button
                  type="button"
                  className="btn btn-sm btn-outline-primary"
                  onClick={() =>
                    setReview({ languages: [...review.languages, { language: '', level: 'A1' }] })
                  }
                >
                  {t('review.addLanguage')}
                </button>
              )}
            </fieldset>
            <fieldset className="mb-3">
              <legend className="fs-6 fw-semibold">{t('review.strengths')}</legend>
              <div className="d-flex flex-wrap gap-3">
                {ALL_SUBJECTS.map((s) => (
                  <Check
                    key={s}
                    id={`or-subject-${s}`}
                    label={subjectLabel(s)}
                    checked={review.strengthSubjects.includes(s)}
                    onChange={(on) =>
                      setReview({
                        strengthSubjects: on
                          ? [...review.strengthSubjects, s]
                          : review.strengthSubjects.filter((x) => x !== s),
                      })
                    }
                  />
                ))}
              </div>
            </fieldset>
            <Text
              id="or-review-interests"
              label={t('review.interests')}
              value={review.interests}
              onChange={(v) => setReview({ interests: v })}
            />
            <Text
              id="or-review-abroad"
              label={t('review.schoolingAbroad')}
              value={review.schoolingAbroad}
              onChange={(v) => setReview({ schoolingAbroad: v })}
            />
            <Text
              id="or-review-out"
              label={t('review.outOfSchool')}
              value={review.outOfSchool}
              onChange={(v) => setReview({ outOfSchool: v })}
            />
            <Text
              id="or-review-family"
              label={t('review.familyExpectations')}
              value={review.familyExpectations}
              onChange={(v) => setReview({ familyExpectations: v })}
            />
            <Check
              id="or-review-mediator"
              label={t('review.mediatorPresent')}
              checked={review.mediatorPresent}
              onChange={(v) => setReview({ mediatorPresent: v })}
            />
            <Text
              id="or-review-notes"
              label={t('review.tutorNotes')}
              value={review.tutorNotes}
              onChange={(v) => setReview({ tutorNotes: v })}
              rows={3}
            />
          </>
        )}
      </Section>

      <Section legend={t('advice.legend')}>
        {!advice ? (
          <button type="button" className="btn btn-outline-primary" onClick={() => setAdvice({})}>
            {t('advice.add')}
          </button>
        ) : (
          <>
            <div className="mb-3">
              <label htmlFor="or-advice-date" className="form-label d-block fw-semibold">
                {t('advice.date')}
              </label>
              <input
                id="or-advice-date"
                type="date"
                className="form-control w-auto"
                value={toInput(advice.date)}
                onChange={(e) => e.target.value && setAdvice({ date: fromInput(e.target.value) })}
              />
            </div>
            <Text
              id="or-advice-interests"
              label={t('advice.interests')}
              value={advice.interests}
              onChange={(v) => setAdvice({ interests: v })}
            />
            <Text
              id="or-advice-certifications"
              label={t('advice.certifications')}
              value={advice.certifications}
              onChange={(v) => setAdvice({ certifications: v })}
              rows={1}
            />
            <div className="mb-3">
              <label htmlFor="or-advice-track" className="form-label d-block fw-semibold">
                {t('advice.recommendedTrack')}
              </label>
              <select
                id="or-advice-track"
                className="form-select"
                value={advice.recommendedTrack}
                onChange={(e) => setAdvice({ recommendedTrack: e.target.value as Track })}
              >
                {trackOptions}
              </select>
            </div>
            <Text
              id="or-advice-course"
              label={t('advice.recommendedCourse')}
              value={advice.recommendedCourse}
              onChange={(v) => setAdvice({ recommendedCourse: v })}
              rows={1}
            />
            <h3 className="h6 mt-4">{t('advice.familyLegend')}</h3>
            <div className="mb-3">
              <label htmlFor="or-family-track" className="form-label d-block fw-semibold">
                {t('advice.familyTrack')}
              </label>
              <select
                id="or-family-track"
                className="form-select"
                value={advice.familyTrack ?? ''}
                onChange={(e) =>
                  setAdvice({ familyTrack: (e.target.value || null) as Track | null })
                }
              >
                <option value="">{t('advice.unknown')}</option>
                {trackOptions}
              </select>
            </div>
            <Text
              id="or-enrolled-school"
              label={t('advice.enrolledSchool')}
              value={advice.enrolledSchool}
              onChange={(v) => setAdvice({ enrolledSchool: v })}
              rows={1}
            />
            <div className="mb-3">
              <label htmlFor="or-enrolled-track" className="form-label d-block fw-semibold">
                {t('advice.enrolledTrack')}
              </label>
              <select
                id="or-enrolled-track"
                className="form-select"
                value={advice.enrolledTrack ?? ''}
                onChange={(e) =>
                  setAdvice({ enrolledTrack: (e.target.value || null) as Track | null })
                }
              >
                <option value="">{t('advice.unknown')}</option>
                {trackOptions}
              </select>
            </div>
          </>
        )}
      </Section>

      <Section legend={t('exam.legend')}>
        {!exam ? (
          <button type="button" className="btn btn-outline-primary" onClick={() => setExam({})}>
            {t('exam.add')}
          </button>
        ) : (
          <>
            <p className="small">{t('exam.hint')}</p>
            <Check
              id="or-exam-used"
              label={t('exam.usedSecondLanguageHoursForL2')}
              checked={exam.usedSecondLanguageHoursForL2}
              onChange={(v) => setExam({ usedSecondLanguageHoursForL2: v })}
            />
            <hr />
            {EXAM_ITEMS.map((item) => (
              <Check
                key={item}
                id={`or-exam-${item}`}
                label={t(`exam.${item}`)}
                checked={exam[item]}
                onChange={(v) => setExam({ [item]: v })}
              />
            ))}
            <p className={`mt-3 ${missing.length > 0 ? 'text-danger' : 'text-success'}`}>
              {missing.length > 0
                ? t('exam.missing', { items: missing.map((m) => t(`exam.${m}`)).join('; ') })
                : t('exam.complete')}
            </p>
          </>
        )}
      </Section>

      {message && (
        <div
          className={`alert alert-${message.kind}`}
          role={message.kind === 'danger' ? 'alert' : 'status'}
        >
          {message.text}
        </div>
      )}
      <button type="submit" className="btn btn-primary" disabled={save.isPending}>
        {save.isPending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
