import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import {
  reviewFlagInputSchema,
  translateValidationMessage,
  type FlagDecision,
  type Language,
} from '@domain';
import { callableErrorMessage } from '@/lib/callable-error';

type FlagReviewFormProps = {
  /** Whether someone already decided: the form then offers to change the decision. */
  reviewed: boolean;
  language: Language;
  onReview: (decision: FlagDecision, reason: string) => Promise<unknown>;
};

const reasonSchema = reviewFlagInputSchema.shape.reason;

/**
 * Confirm or dismiss one flag, always with a reason (GDPR art. 22: the person who decides says
 * why). The reason is checked with the callable's own schema before anything is sent.
 */
export function FlagReviewForm({ reviewed, language, onReview }: FlagReviewFormProps) {
  const { t } = useTranslation('risk');
  const id = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);

  const decide = async (decision: FlagDecision) => {
    setSaved(false);
    setSubmitError(null);
    const parsed = reasonSchema.safeParse(reason);
    if (!parsed.success) {
      const key = parsed.error.issues[0]?.message ?? 'validation.required';
      setReasonError(translateValidationMessage(key, language));
      reasonRef.current?.focus();
      return;
    }
    setReasonError(null);
    setPending(true);
    try {
      await onReview(decision, parsed.data);
      setReason('');
      setSaved(true);
    } catch (error) {
      setSubmitError(error);
    } finally {
      setPending(false);
    }
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const submitMessage =
    submitError === null
      ? null
      : (callableErrorMessage(submitError, language) ?? t('review.errorGeneric'));

  return (
    <form
      className="mt-3 border-top pt-3"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => event.preventDefault()}
    >
      <h5 id={`${id}-title`} className="h6">
        {reviewed ? t('review.changeTitle') : t('review.formTitle')}
      </h5>
      <div className="mb-2">
        <label htmlFor={`${id}-reason`} className="form-label fw-semibold">
          {t('review.reasonLabel')}
        </label>
        <textarea
          ref={reasonRef}
          id={`${id}-reason`}
          className={`form-control${reasonError ? ' is-invalid' : ''}`}
          rows={2}
          maxLength={500}
          required
          aria-required="true"
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${hintId} ${errorId}` : hintId}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <small id={hintId} className="form-text">
          {t('review.reasonHint')}
        </small>
        {reasonError && (
          <div id={errorId} className="invalid-feedback d-block">
            {reasonError}
          </div>
        )}
      </div>
      <div className="d-flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-primary btn-sm"
          disabled={pending}
          onClick={() => void decide('confirmed')}
        >
          {t('review.confirm')}
        </button>
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          disabled={pending}
          onClick={() => void decide('dismissed')}
        >
          {t('review.dismiss')}
        </button>
      </div>
      <div role="status" className="small mt-2">
        {pending ? t('review.saving') : saved ? t('review.saved') : null}
      </div>
      {submitMessage && (
        <div className="alert alert-danger mt-2 mb-0" role="alert">
          {submitMessage}
        </div>
      )}
    </form>
  );
}
