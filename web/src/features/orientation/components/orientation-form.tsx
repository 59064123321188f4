import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import { EXAM_ITEMS, type ExamRecord, missingExamItems } from '@domain';
import { AdviceFields } from './advice-fields';
import { Check, Section } from './orientation-fields';
import { ReviewFields } from './review-fields';
import { type OrientationFormProps, useOrientationForm } from './use-orientation-form';

/** The first-cycle exam checklist, with the items still missing. */
function ExamFields({
  exam,
  setExam,
}: {
  exam: ExamRecord;
  setExam: (patch: Partial<ExamRecord>) => void;
}) {
  const { t } = useTranslation('orientation');
  const missing = missingExamItems(exam, exam.usedSecondLanguageHoursForL2);
  return (
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
  );
}

/**
 * The year's orientation record of one pupil: module hours, needs analysis and skills review,
 * consiglio di orientamento with the family's choice and enrolment, and the first-cycle exam
 * checklist. Each part is optional until filled in; one save writes the whole record.
 */
export function OrientationForm(props: OrientationFormProps) {
  const { t } = useTranslation('orientation');
  const { record, setHours, setReview, setAdvice, setExam, submit, message, saving } =
    useOrientationForm(props);
  const { review, advice, exam } = record;

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
          onChange={(e) => setHours(Number(e.target.value))}
        />
        <small id="or-hours-hint" className="form-text">
          {t('hours.hint', { hours: record.orientationHours })}
        </small>
      </Section>

      <Section
        legend={t('review.legend')}
        add={review ? null : { label: t('review.add'), onClick: () => setReview({}) }}
      >
        {review && <ReviewFields review={review} setReview={setReview} />}
      </Section>

      <Section
        legend={t('advice.legend')}
        add={advice ? null : { label: t('advice.add'), onClick: () => setAdvice({}) }}
      >
        {advice && <AdviceFields advice={advice} setAdvice={setAdvice} />}
      </Section>

      <Section
        legend={t('exam.legend')}
        add={exam ? null : { label: t('exam.add'), onClick: () => setExam({}) }}
      >
        {exam && <ExamFields exam={exam} setExam={setExam} />}
      </Section>

      {message && (
        <div
          className={`alert alert-${message.kind}`}
          role={message.kind === 'danger' ? 'alert' : 'status'}
        >
          {message.text}
        </div>
      )}
      <button type="submit" className="btn btn-primary" disabled={saving}>
        {saving ? t('saving') : t('save')}
      </button>
    </form>
  );
}
