import { useTranslation } from 'react-i18next';
import '@/features/schools/locales';
import { translateValidationMessage, type Language } from '@domain';
import { callableErrorText } from '@/lib/callable-error';
import type { SchoolFormField } from './school-form';

function languageOf(language: string): Language {
  return language === 'en' ? 'en' : 'it';
}

/** The message of a failed call in the interface language (see `callableErrorText`). */
export function useCallableErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation('schools');
  return (error) => {
    const result = callableErrorText(error, languageOf(i18n.language));
    return 'text' in result ? result.text : t(result.key);
  };
}

/** A school form error: the domain's message (`validation.*`) or the field's own sentence. */
export function useFieldErrorText(): (
  field: SchoolFormField,
  message: string | null | undefined,
) => string | undefined {
  const { t, i18n } = useTranslation('schools');
  return (field, message) => {
    if (message === undefined) return undefined;
    if (message !== null) return translateValidationMessage(message, languageOf(i18n.language));
    switch (field) {
      case 'kind':
      case 'districtId':
      case 'termSystem':
      case 'naiMonths':
        return t(`form.invalid.${field}`);
      default:
        return t('form.invalid.other');
    }
  };
}
