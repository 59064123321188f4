import { useTranslation } from 'react-i18next';
import type { Language } from '@domain';
import { errorCode } from './errors';
import { useLanguage } from './i18n';

export type CallableErrorKey = 'errors.network' | 'errors.denied' | 'errors.unknown';

/**
 * The message of a failed call in the user's language. Callables refuse with the Italian text
 * as `message` and the English one in `details.en`; anything without them (network, a rule
 * refusing a Firestore write) gets a generic key for the caller to translate.
 */
export function callableErrorText(
  error: unknown,
  language: Language,
): { text: string } | { key: CallableErrorKey } {
  if (typeof error === 'object' && error !== null && 'message' in error && 'details' in error) {
    const { message, details } = error;
    if (
      typeof message === 'string' &&
      typeof details === 'object' &&
      details !== null &&
      'en' in details &&
      typeof details.en === 'string'
    ) {
      return { text: language === 'en' ? details.en : message };
    }
  }
  const code = errorCode(error)?.replace(/^functions\//, '');
  if (code === 'permission-denied') return { key: 'errors.denied' };
  if (code === 'unavailable' || code === 'deadline-exceeded' || code === 'internal') {
    return { key: 'errors.network' };
  }
  return { key: 'errors.unknown' };
}

/**
 * The callable's own refusal text in the user's language, or null when the error carries none
 * (network, crash), for the caller's generic message.
 */
export function callableErrorMessage(error: unknown, language: Language): string | null {
  const result = callableErrorText(error, language);
  return 'text' in result && result.text.length > 0 ? result.text : null;
}

/** The message of a failed call or write in the interface language, as one function. */
export function useCallableErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (error) => {
    const result = callableErrorText(error, language);
    return 'text' in result ? result.text : t(result.key);
  };
}
