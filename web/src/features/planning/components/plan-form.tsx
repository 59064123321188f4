import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo } from 'react';
import { get, useController, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import '@/features/planning/locales';
import { translateValidationMessage, type PeerPair, type SessionPlanInput } from '@domain';
import { formatItalianDate } from '@/lib/dates';
import { DateField, withDateMessages } from '@/components/ui/date-field';
import { FieldFrame, ariaState } from '@/components/ui/form-field';
import { currentLanguage } from '@/lib/i18n';
import { useCreatePlan } from '../api/plans';
import type { CaseloadEntry } from '../lib/caseload';
import { emptyPlanForm, planFormSchema, type PlanFormValues } from '../lib/plan-form-schema';
import { PupilPicker } from './pupil-picker';

export interface PlanPrefill {
  pupilIds: string[];
  subject: string;
  peerPair: PeerPair | null;
}

type PlanFormProps = {
  schoolId: string;
  uid: string;
  caseload: CaseloadEntry[];
  classNames: ReadonlyMap<string, string>;
  /** False while the caseload's risk and L2 levels are read (the picker's filters wait). */
  cuesReady: boolean;
  prefill: PlanPrefill | null;
  onClearPrefill: () => void;
};

/** Today in the device's calendar, as the date field writes it (gg/mm/aaaa). */
function todayField(now: Date = new Date()): string {
  return formatItalianDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/** Plans one session or a weekly series, for one pupil or a small group (up to 6). */
export function PlanForm({
  schoolId,
  uid,
  caseload,
  classNames,
  cuesReady,
  prefill,
  onClearPrefill,
}: PlanFormProps) {
  const { t } = useTranslation('planning');
  const id = useId();
  const create = useCreatePlan(schoolId, uid);
  const peerPair = prefill?.peerPair ?? null;
  const resolver = useMemo(
    () =>
      withDateMessages(
        zodResolver(planFormSchema({ educatorUid: uid, peerPair })) as Resolver<
          PlanFormValues,
          unknown,
          SessionPlanInput
        >,
      ),
    [uid, peerPair],
  );
  const { control, register, handleSubmit, setValue, formState } = useForm<
    PlanFormValues,
    unknown,
    SessionPlanInput
  >({ resolver, defaultValues: emptyPlanForm(todayField()) });
  const pupils = useController({ control, name: 'pupilIds' });
  const weekly = useWatch({ control, name: 'repeat' }) === 'weekly';

  // An accepted peer pair fills the pupils and the subject, once per pair.
  useEffect(() => {
    if (!prefill) return;
    setValue('pupilIds', prefill.pupilIds);
    setValue('subject', prefill.subject);
  }, [prefill, setValue]);

  const names = new Map(caseload.map((c) => [c.pupilId, c.name]));
  const errorOf = (...paths: string[]): string | undefined => {
    for (const path of paths) {
      const error: unknown = get(formState.errors, path);
      if (typeof error === 'object' && error !== null && 'message' in error) {
        const { message } = error;
        if (typeof message === 'string' && message !== '') {
          return translateValidationMessage(message, currentLanguage());
        }
      }
    }
    return undefined;
  };
  const field = (name: 'date' | 'startTime' | 'minutes' | 'subject', label: string) => {
    const fieldId = `${id}-${name}`;
    const error = errorOf(name);
    return { frame: { id: fieldId, label, error }, aria: ariaState({ id: fieldId, error }) };
  };

  const onValid = (data: SessionPlanInput) =>
    create.mutate(data, {
      onSuccess: () => {
        setValue('pupilIds', []);
        onClearPrefill();
      },
    });

  const date = field('date', t('plan.date'));
  const startTime = field('startTime', t('plan.startTime'));
  const minutes = field('minutes', t('plan.minutes'));
  const subject = field('subject', t('plan.subject'));
  const untilError = errorOf('recurrence.until', 'recurrence');

  return (
    <form
      onSubmit={(event) => {
        // A new attempt hides the previous "planned" notice, as a failed check would.
        create.reset();
        void handleSubmit(onValid)(event);
      }}
      noValidate
      aria-labelledby={`${id}-title`}
      className="mb-5"
    >
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
      {/* Room above: Bootstrap Italia draws each label over the top edge of its field. */}
      <div className="row g-3 mt-4">
        <DateField
          {...date.frame}
          className="form-group col-md-3"
          registration={register('date')}
        />
        <FieldFrame {...startTime.frame} className="form-group col-md-3">
          <input
            id={startTime.frame.id}
            type="time"
            className="form-control"
            {...startTime.aria}
            {...register('startTime')}
          />
        </FieldFrame>
        <FieldFrame {...minutes.frame} className="form-group col-md-2">
          <input
            id={minutes.frame.id}
            type="number"
            min={5}
            max={480}
            className="form-control"
            {...minutes.aria}
            {...register('minutes')}
          />
        </FieldFrame>
        <FieldFrame {...subject.frame} className="form-group col-md-4">
          <input
            id={subject.frame.id}
            className="form-control"
            {...subject.aria}
            {...register('subject')}
          />
        </FieldFrame>
      </div>

      <PupilPicker
        id={id}
        caseload={caseload}
        classNames={classNames}
        cuesReady={cuesReady}
        value={pupils.field.value}
        onChange={pupils.field.onChange}
        error={errorOf('pupilIds')}
      />

      <fieldset className="mt-3">
        <legend className="form-label fs-6 fw-semibold">{t('plan.recurrence')}</legend>
        <div className="form-check form-check-inline">
          <input
            className="form-check-input"
            type="radio"
            id={`${id}-once`}
            value="none"
            {...register('repeat')}
          />
          <label className="form-check-label" htmlFor={`${id}-once`}>
            {t('plan.none')}
          </label>
        </div>
        <div className="form-check form-check-inline">
          <input
            className="form-check-input"
            type="radio"
            id={`${id}-weekly`}
            value="weekly"
            {...register('repeat')}
          />
          <label className="form-check-label" htmlFor={`${id}-weekly`}>
            {t('plan.weekly')}
          </label>
        </div>
        {weekly && (
          <DateField
            id={`${id}-until`}
            label={t('plan.until')}
            error={untilError}
            className="form-group mt-2 col-md-3"
            registration={register('until')}
          />
        )}
      </fieldset>

      <button type="submit" className="btn btn-primary mt-3" disabled={create.isPending}>
        {t('plan.submit')}
      </button>
      {create.isSuccess && (
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
