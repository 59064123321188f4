import { useTranslation } from 'react-i18next';
import { translateValidationMessage, type Language } from '@domain';
import { errorCode } from '@/lib/errors';
import type { SchoolFormField } from './school-form';

function languageOf(language: string): Language {
  return language === 'en' ? 'en' : 'it';
}

/**
 * The message of a failed call in the interface language: callables refuse with the Italian
 * text as `message` and the English one in `details.en`; anything else gets a generic text.
 */
export function useCallableErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation('schools');
  return (error) => {
    if (typeof error === 'object' && error !== null && 'message' in error && 'details' in error) {
      const { message, details } = error;
      if (
        typeof message === 'string' &&
        typeof details === 'object' &&
        details !== null &&
        'en' in details &&
        typeof details.en === 'string'
      ) {
        return languageOf(i18n.language) === 'en' ? details.en : message;
      }
    }
    const code = errorCode(error)?.replace(/^functions\//, '');
    if (code === 'permission-denied') return t('errors.denied');
    if (code === 'unavailable' || code === 'deadline-exceeded' || code === 'internal') {
      return t('errors.network');
    }
    return t('errors.unknown');
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
