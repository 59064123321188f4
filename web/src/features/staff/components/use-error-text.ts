import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { translateValidationMessage, type Language } from '@domain';
import { callableErrorText } from '@/lib/callable-error';

function languageOf(language: string): Language {
  return language === 'en' ? 'en' : 'it';
}

/** The message of a failed call or write, in the interface language. */
export function useCallableErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation('staff');
  return (error) => {
    const result = callableErrorText(error, languageOf(i18n.language));
    return 'text' in result ? result.text : t(result.key);
  };
}

/** A schema message (`validation.*`) in the interface language. */
export function useValidationText(): (message: string | undefined) => string | undefined {
  const { t, i18n } = useTranslation('staff');
  return (message) => {
    if (message === undefined) return undefined;
    // zod's own defaults are English sentences, not keys: a neutral text instead.
    return message.startsWith('validation.')
      ? translateValidationMessage(message, languageOf(i18n.language))
      : t('common.invalidValue');
  };
}
