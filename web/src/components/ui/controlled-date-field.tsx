import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateValidationMessage } from '@domain';
import { formatItalianDate, parseItalianDate } from '@/lib/dates';
import { useLanguage } from '@/lib/i18n';
import { FieldFrame, type FieldFrameProps, ariaState } from './form-field';

type ControlledDateFieldProps = Omit<FieldFrameProps, 'error'> & {
  /** The day shown; null for an empty field. */
  value: Date | null;
  /** Called with each valid day typed, or null when an optional field is emptied. */
  onChange: (date: Date | null) => void;
  className?: string;
};

/**
 * DateField for state that is not a react-hook-form form (a filter, a form kept in component
 * state): the same gg/mm/aaaa text in every browser, read by the same parser. A day that is
 * not valid is never handed on: the last valid value stays, and the field says why.
 */
export function ControlledDateField({ value, onChange, hint, ...field }: ControlledDateFieldProps) {
  const { id, required } = field;
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState(() => formatItalianDate(value));
  const [error, setError] = useState<string | undefined>();
  const fullHint = hint ?? t('dateField.hint');
  // A value changed from outside (a reset, another control) shows here; the one this field
  // just handed on is already what the text says.
  const [shown, setShown] = useState(value);
  if (value?.getTime() !== shown?.getTime()) {
    setShown(value);
    const typed = parseItalianDate(text);
    if (!(typed.ok && typed.date.getTime() === value?.getTime())) {
      setText(formatItalianDate(value));
      setError(undefined);
    }
  }

  const read = (typed: string): boolean => {
    const parsed = parseItalianDate(typed);
    if (parsed.ok) {
      setError(undefined);
      onChange(parsed.date);
      return true;
    }
    if (parsed.error === 'validation.required' && !required) {
      setError(undefined);
      onChange(null);
      return true;
    }
    return false;
  };

  return (
    <FieldFrame {...field} hint={fullHint} error={error}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder={t('dateField.placeholder')}
        maxLength={10}
        autoComplete="off"
        spellCheck={false}
        className={`form-control${error ? ' is-invalid' : ''}`}
        {...ariaState({ id, hint: fullHint, error, required })}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          // A complete valid day applies at once; anything else waits for the field to be left.
          read(event.target.value);
        }}
        onBlur={() => {
          const parsed = parseItalianDate(text);
          if (parsed.ok) {
            setText(formatItalianDate(parsed.date));
            return;
          }
          if (!read(text)) setError(translateValidationMessage(parsed.error, language));
        }}
      />
    </FieldFrame>
  );
}
