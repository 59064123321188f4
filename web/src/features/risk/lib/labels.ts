import type { TFunction } from 'i18next';
import {
  PROTECTIVE_SIGNAL_CODES,
  RISK_FLAG_CODES,
  type Language,
  type ProtectiveSignalCode,
  type RiskFlag,
  type RiskFlagCode,
} from '@domain';
import { formatDate } from '@/lib/format';
import riskIt from '../locales/it.json';

type RiskT = TFunction<'risk'>;
type EvidenceKey = keyof typeof riskIt.evidence;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

function isFlagCode(code: string): code is RiskFlagCode {
  return (RISK_FLAG_CODES as readonly string[]).includes(code);
}

function isProtectiveCode(code: string): code is ProtectiveSignalCode {
  return (PROTECTIVE_SIGNAL_CODES as readonly string[]).includes(code);
}

function isEvidenceKey(key: string): key is EvidenceKey {
  return Object.hasOwn(riskIt.evidence, key);
}

/** Title of a flag; a code added to the engine later shows as itself rather than not at all. */
export function flagTitle(t: RiskT, code: string): string {
  return isFlagCode(code) ? t(`flags.${code}`) : code;
}

export function protectiveTitle(t: RiskT, code: string): string {
  return isProtectiveCode(code) ? t(`protective.${code}`) : code;
}

export function evidenceLabel(t: RiskT, key: string): string {
  return isEvidenceKey(key) ? t(`evidence.${key}`) : key;
}

/** An evidence value as people read it: local numbers and dates, subject names, yes/no. */
export function evidenceValue(
  t: RiskT,
  key: string,
  value: RiskFlag['evidence'][string],
  language: Language,
): string {
  if (value === null) return t('common.none');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return new Intl.NumberFormat(LOCALES[language]).format(value);
  if (ISO_DAY.test(value)) return formatDate(new Date(`${value}T00:00:00Z`), language);
  if (key === 'subjects') return value.split(',').join(', ').replace(/_/g, ' ');
  return value;
}
