import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  occurrenceDate,
  occurrenceKey,
  sessionPlanInputSchema,
  translateValidationMessage,
  type PeerPair,
} from '@domain';
import { currentLanguage } from '@/lib/i18n';
import { useCreatePlan } from '../api/plans';
import type { CaseloadEntry } from '../lib/caseload';

export interface PlanPrefill {
  pupilIds: string[];
  subject: string;
  peerPair: PeerPair | null;
}

type PlanFormProps = {
  schoolId: string;
  uid: string;
  caseload: CaseloadEntry[];
  prefill: PlanPrefill | null;
  onClearPrefill: () => void;
};

/** Plans one session or a weekly series, for one pupil or a small group (up to 6). */
export function PlanForm({ schoolId, uid, caseload, prefill, onClearPrefill }: PlanFormProps) {
  const { t } = useTranslation('planning');
  const id = useId();
  const create = useCreatePlan(schoolId, uid);
  const today = occurrenceKey(new Date());
  const [date, setDate] = useState(today);
  const [startTime, setStartTime] = useState('14:30');
  const [minutes, setMinutes] = useState('60');
  const [subject, setSubject] = useState('');
  const [pupilIds, setPupilIds] = useState<string[]>([]);
  const [weekly, setWeekly] = useState(false);
  const [until, setUntil] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [appliedPrefill, setAppliedPrefill] = useState<PlanPrefill | null>(null);

  // An accepted peer pair fills the form once (state set during render, as React advises
  // for state derived from a changed prop).
  if (prefill !== appliedPrefill) {
    setAppliedPrefill(prefill);
    if (prefill) {
      setPupilIds(prefill.pupilIds);
      setSubject(prefill.subject);
    }
  }

  const names = new Map(caseload.map((c) => [c.pupilId, c.name]));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = {
      date: occurrenceDate(date),
      startTime,
      minutes: Number(minutes),
      subject,
      format: pupilIds.length > 1 ? 'smallGroup' : 'individual',
      pupilIds,
      educatorUid: uid,
      recurrence: weekly ? { kind: 'weekly', until: occurrenceDate(until) } : { kind: 'none' },
      peerPair: prefill?.peerPair ?? null,
    };
    const parsed = sessionPlanInputSchema.safeParse(input);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'form');
        next[field] ??= translateValidationMessage(issue.message, currentLanguage());
      }
      setErrors(next);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: () => {
        setSaved(true);
        setPupilIds([]);
        onClearPrefill();
      },
    });
  }

  const fieldError = (field: string) =>
    errors[field] ? (
      <div className="invalid-feedback d-block" id={`${id}-${field}-error`}>
        {errors[field]}
      </div>
    ) : null;
  const describedBy = (field: string) => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} className="mb-5">
      <h2 className="h4" id={`${id}-title`}>
        {t('plan.title')}
      </h2>
      {prefill?.peerPair && (
        <p className="alert alert-info d-flex justify-content-between align-items-center">
          <span>
            {t('plan.peerPair', {
              tutor: names.get(prefill.peerPair.tutorPupilId) ?? '',
              tutee: names.get(prefill.peerPair.tuteePupilId) ?? '',
            })}
          </span>
          <button type="button" className="btn btn-sm btn-outline-primary" onClick={onClearPrefill}>
            {t('plan.clearPair')}
          </button>
        </p>
      )}
      <div className="row g-3">
        <div className="col-md-3">
          <label className="form-label" htmlFor={`${id}-date`}>
            {t('plan.date')}
          </label>
          <input
            id={`${id}-date`}
            type="date"
            className="form-control"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-describedby={describedBy('date')}
          />
          {fieldError('date')}
        </div>
        <div className="col-md-3">
          <label className="form-label" htmlFor={`${id}-time`}>
            {t('plan.startTime')}
          </label>
          <input
            id={`${id}-time`}
            type="time"
            className="form-control"
            value={startTime}
            onChange={(e) => setStartTime(e.target.value)}
            aria-describedby={describedBy('startTime')}
          />
          {fieldError('startTime')}
        </div>
        <div className="col-md-2">
          <label className="form-label" htmlFor={`${id}-minutes`}>
            {t('plan.minutes')}
          </label>
          <input
            id={`${id}-minutes`}
            type="number"
            min={5}
            max={480}
            className="form-control"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            aria-describedby={describedBy('minutes')}
          />
          {fieldError('minutes')}
        </div>
        <div className="col-md-4">
          <label className="form-label" htmlFor={`${id}-subject`}>
            {t('plan.subject')}
          </label>
          <input
            id={`${id}-subject`}
            className="form-control"
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
            aria-describedby={describedBy('subject')}
          />
          {fieldError('subject')}
        </div>
      </div>

      <fieldset className="mt-3" aria-describedby={describedBy('pupilIds')}>
        <legend className="form-label fs-6 fw-semibold">{t('plan.pupils')}</legend>
        <div className="row">
          {caseload.map((c) => (
            <div className="col-md-4 form-check" key={c.pupilId}>
              <input
                className="form-check-input"
                type="checkbox"
                id={`${id}-pupil-${c.pupilId}`}
                checked={pupilIds.includes(c.pupilId)}
                onChange={(e) =>
                  setPupilIds((ids) =>
                    e.target.checked ? [...ids, c.pupilId] : ids.filter((p) => p !== c.pupilId),
                  )
                }
              />
              <label className="form-check-label" htmlFor={`${id}-pupil-${c.pupilId}`}>
                {c.name}
              </label>
            </div>
          ))}
        </div>
        {fieldError('pupilIds')}
      </fieldset>

      <fieldset className="mt-3">
        <legend className="form-label fs-6 fw-semibold">{t('plan.recurrence')}</legend>
        <div className="form-check form-check-inline">
          <input
            className="form-check-input"
            type="radio"
            name={`${id}-recurrence`}
            id={`${id}-once`}
            checked={!weekly}
            onChange={() => setWeekly(false)}
          />
          <label className="form-check-label" htmlFor={`${id}-once`}>
            {t('plan.none')}
          </label>
        </div>
        <div className="form-check form-check-inline">
          <input
            className="form-check-input"
            type="radio"
            name={`${id}-recurrence`}
            id={`${id}-weekly`}
            checked={weekly}
            onChange={() => setWeekly(true)}
          />
          <label className="form-check-label" htmlFor={`${id}-weekly`}>
            {t('plan.weekly')}
          </label>
        </div>
        {weekly && (
          <div className="mt-2 col-md-3">
            <label className="form-label" htmlFor={`${id}-until`}>
              {t('plan.until')}
            </label>
            <input
              id={`${id}-until`}
              type="date"
              className="form-control"
              value={until}
              onChange={(e) => setUntil(e.target.value)}
              aria-describedby={describedBy('recurrence')}
            />
            {fieldError('recurrence')}
          </div>
        )}
      </fieldset>

      <button type="submit" className="btn btn-primary mt-3" disabled={create.isPending}>
        {t('plan.submit')}
      </button>
      {saved && (
        <p role="status" className="mt-2 text-success">
          {t('plan.saved')}
        </p>
      )}
      {create.isError && (
        <div role="alert" className="alert alert-danger mt-2">
          {t('plan.error')}
        </div>
      )}
    </form>
  );
}
