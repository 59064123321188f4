import type { FocusEvent } from 'react';
import type { FieldValues, Resolver, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatItalianDate, parseItalianDate } from '@/lib/dates';
import { FieldFrame, type FieldFrameProps, ariaState } from './form-field';

/**
 * The one date field of the forms: a day typed as gg/mm/aaaa, whatever the browser's locale.
 * A native `type="date"` input shows the browser's own format (mm/dd/yyyy in an en-US browser)
 * and hands impossible days to the page as an empty value, so this is a text input read by the
 * one parser (`parseItalianDate` in lib/dates.ts, date-fns, the CSV import's parser too). The English interface shows
 * dd/mm/yyyy as well: the users are in Italy and their documents write days that way.
 *
 * The form value is the typed text; the form's schema turns it into a date with the same
 * parser. On leaving the field a valid day is rewritten in full ("5.3.2026" -> "05/03/2026").
 */
export function DateField({
  registration,
  hint,
  className,
  ...field
}: FieldFrameProps & { registration: UseFormRegisterReturn; className?: string }) {
  const { t } = useTranslation();
  const fullHint = hint ?? t('dateField.hint');
  const onBlur = (event: FocusEvent<HTMLInputElement>) => {
    const parsed = parseItalianDate(event.target.value);
    const normalised = parsed.ok ? formatItalianDate(parsed.date) : event.target.value;
    if (normalised !== event.target.value) {
      event.target.value = normalised;
      void registration.onChange(event);
    }
    void registration.onBlur(event);
  };
  return (
    <FieldFrame {...field} hint={fullHint} className={className}>
      <input
        id={field.id}
        type="text"
        placeholder={t('dateField.placeholder')}
        maxLength={10}
        autoComplete="off"
        spellCheck={false}
        className={`form-control${field.error ? ' is-invalid' : ''}`}
        {...ariaState({ ...field, hint: fullHint })}
        {...registration}
        onBlur={onBlur}
      />
    </FieldFrame>
  );
}

/**
 * The schema sees a date field's text only as a date that is not valid; this says why, from
 * the same parser: an empty field is required, "31/02/2026" is a day the calendar does not
 * have, "2026/31/02" is not written gg/mm/aaaa. Date fields are top-level fields.
 * Wrap the resolver of every form that has a DateField.
 */
export function withDateMessages<V extends FieldValues, O>(
  resolver: Resolver<V, unknown, O>,
): Resolver<V, unknown, O> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const errors: Record<string, unknown> = { ...result.errors };
    let changed = false;
    for (const [path, error] of Object.entries(errors)) {
      const raw: unknown = (values as Record<string, unknown>)[path];
      const message = (error as { message?: unknown } | undefined)?.message;
      if (message !== 'validation.invalidDate' || typeof raw !== 'string') continue;
      const parsed = parseItalianDate(raw);
      if (parsed.ok || parsed.error === message) continue;
      errors[path] = { ...(error as object), message: parsed.error };
      changed = true;
    }
    return changed
      ? ({ values: {}, errors } as Awaited<ReturnType<Resolver<V, unknown, O>>>)
      : result;
  };
}
