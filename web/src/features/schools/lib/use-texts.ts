import { useTranslation } from 'react-i18next';
import '@/features/schools/locales';
import { translateValidationMessage } from '@domain';
import { useLanguage } from '@/lib/i18n';
import type { SchoolFormField } from './school-form';

export { useCallableErrorText } from '@/lib/callable-error';

/** A school form error: the domain's message (`validation.*`) or the field's own sentence. */
export function useFieldErrorText(): (
  field: SchoolFormField,
  message: string | null | undefined,
) => string | undefined {
  const { t } = useTranslation('schools');
  const language = useLanguage();
  return (field, message) => {
    if (message === undefined) return undefined;
    if (message !== null) return translateValidationMessage(message, language);
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
