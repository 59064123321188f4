import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import { ALL_SUBJECTS, CEFR_LEVELS, MAX_KNOWN_LANGUAGES, type SkillsReview } from '@domain';
import { Check, DateInput, Labelled, Text } from './orientation-fields';

export function subjectLabel(code: string): string {
  const s = code.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

type Props = { review: SkillsReview; setReview: (patch: Partial<SkillsReview>) => void };
type KnownLanguage = SkillsReview['languages'][number];

/** The languages the pupil knows, each with its level (or native), up to the maximum. */
function KnownLanguages({ review, setReview }: Props) {
  const { t } = useTranslation('orientation');
  const change = (i: number, patch: Partial<KnownLanguage>) =>
    setReview({ languages: review.languages.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const smallLabel = { className: '', labelClassName: 'form-label small' };
  return (
    <fieldset className="mb-3">
      <legend className="fs-6 fw-semibold">{t('review.languages')}</legend>
      <small className="form-text d-block mb-2">{t('review.languagesHint')}</small>
      {review.languages.map((l, i) => (
        <div className="d-flex gap-2 mb-2 align-items-end" key={i}>
          <Labelled id={`or-lang-${i}`} label={t('review.language')} {...smallLabel}>
            <input
              id={`or-lang-${i}`}
              className="form-control"
              size={5}
              value={l.language}
              onChange={(e) => change(i, { language: e.target.value.trim().toLowerCase() })}
            />
          </Labelled>
          <Labelled id={`or-level-${i}`} label={t('review.level')} {...smallLabel}>
            <select
              id={`or-level-${i}`}
              className="form-select"
              value={l.level}
              onChange={(e) => change(i, { level: e.target.value as KnownLanguage['level'] })}
            >
              <option value="native">{t('review.native')}</option>
              {CEFR_LEVELS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </Labelled>
          <button
            type="button"
            className="btn btn-sm btn-outline-secondary"
            onClick={() => setReview({ languages: review.languages.filter((_x, j) => j !== i) })}
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
  );
}

/** The needs analysis' free texts, in the order they are asked. */
const REVIEW_TEXTS = [
  { key: 'interests', id: 'or-review-interests' },
  { key: 'schoolingAbroad', id: 'or-review-abroad' },
  { key: 'outOfSchool', id: 'or-review-out' },
  { key: 'familyExpectations', id: 'or-review-family' },
] as const;

/** Needs analysis and skills review (bilancio di competenze). */
export function ReviewFields({ review, setReview }: Props) {
  const { t } = useTranslation('orientation');
  return (
    <>
      <DateInput
        id="or-review-date"
        label={t('review.date')}
        value={review.date}
        onChange={(date) => setReview({ date })}
      />
      <KnownLanguages review={review} setReview={setReview} />
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
      {REVIEW_TEXTS.map(({ key, id }) => (
        <Text
          key={key}
          id={id}
          label={t(`review.${key}`)}
          value={review[key]}
          onChange={(v) => setReview({ [key]: v })}
        />
      ))}
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
  );
}
