import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { REFERRAL_URGENCIES, type ReferralUrgency } from '@domain';
import { FieldFrame, ariaState } from '@/components/ui/form-field';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { parseItalianDate } from '@/lib/dates';
import { endOfDay } from '../lib/format';
import { type ConsentDraft, consentInput } from './consent-fields';

/** What is asked, as typed: the reply date as gg/mm/aaaa text, read with the domain's parser. */
export type RequestDraft = {
  reason: string;
  request: string;
  urgency: ReferralUrgency;
  due: string;
};

export const emptyRequest: RequestDraft = {
  reason: '',
  request: '',
  urgency: 'ordinaria',
  due: '',
};

/**
 * What both sending forms (the school's referral, the service's referral back) give their
 * callable: the family's consent and what is asked, due by the end of the typed day; null while
 * the consent is not recorded. An unreadable date is left for the schema to report.
 */
export function referralRequestInput(consent: ConsentDraft, draft: RequestDraft) {
  const given = consentInput(consent);
  if (!given) return null;
  const due = parseItalianDate(draft.due);
  return {
    consent: given,
    reason: draft.reason,
    urgency: draft.urgency,
    request: draft.request,
    dueDate: due.ok ? endOfDay(due.date) : new Date(Number.NaN),
  };
}

type RequestFieldsProps = {
  idPrefix: string;
  value: RequestDraft;
  onChange: (next: RequestDraft) => void;
  errors: Record<string, string | undefined>;
  /** Who must reply by the date, said under it. */
  dueHint?: string;
};

/** Reason, what is asked, urgency and the reply date: the same fields in both sending forms. */
export function RequestFields({ idPrefix, value, onChange, errors, dueHint }: RequestFieldsProps) {
  const { t } = useTranslation('referrals');
  const set = (patch: Partial<RequestDraft>) => onChange({ ...value, ...patch });
  const frame = (name: string, label: string, hint?: string) => ({
    id: `${idPrefix}-${name}`,
    label,
    hint,
    error: errors[name],
    required: true,
  });
  const area = (name: 'reason' | 'request', rows: number) => {
    const field = frame(name, t(`form.${name}`));
    return (
      <FieldFrame {...field}>
        <textarea
          id={field.id}
          className="form-control"
          rows={rows}
          maxLength={1000}
          value={value[name]}
          {...ariaState(field)}
          onChange={(e) => set({ [name]: e.target.value })}
        />
      </FieldFrame>
    );
  };
  return (
    <>
      {area('reason', 3)}
      {area('request', 2)}
      <div className="row">
        <SelectField
          id={`${idPrefix}-urgency`}
          label={t('urgency.label')}
          className="select-wrapper form-group col-md-6"
          options={REFERRAL_URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) }))}
          select={{
            id: `${idPrefix}-urgency`,
            value: value.urgency,
            onChange: (e) => set({ urgency: e.target.value as ReferralUrgency }),
          }}
        />
        <TextField
          {...frame('dueDate', t('form.dueDate'), dueHint)}
          className="form-group col-md-6"
          input={{
            value: value.due,
            maxLength: 10,
            placeholder: 'gg/mm/aaaa',
            onChange: (e) => set({ due: e.target.value }),
          }}
        />
      </div>
    </>
  );
}
