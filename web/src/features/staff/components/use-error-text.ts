import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { translateValidationMessage } from '@domain';
import { useLanguage } from '@/lib/i18n';

export { useCallableErrorText } from '@/lib/callable-error';

/** A schema message (`validation.*`) in the interface language. */
export function useValidationText(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  return (message) => {
    if (message === undefined) return undefined;
    // zod's own defaults are English sentences, not keys: a neutral text instead.
    return message.startsWith('validation.')
      ? translateValidationMessage(message, language)
      : t('common.invalidValue');
  };
}
