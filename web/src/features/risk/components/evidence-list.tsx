import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import type { Language, RiskFlag } from '@domain';
import { evidenceLabel, evidenceValue } from '../lib/labels';

type EvidenceListProps = {
  evidence: RiskFlag['evidence'];
  language: Language;
};

/** The values a flag rests on, as a small definition list. */
export function EvidenceList({ evidence, language }: EvidenceListProps) {
  const { t } = useTranslation('risk');
  const entries = Object.entries(evidence);
  if (entries.length === 0) return null;
  return (
    <dl className="row small mb-2">
      {entries.map(([key, value]) => (
        <div key={key} className="col-12 col-sm-6 d-flex gap-2">
          <dt className="fw-normal text-secondary">{evidenceLabel(t, key)}</dt>
          <dd className="mb-1 fw-semibold">{evidenceValue(t, key, value, language)}</dd>
        </div>
      ))}
    </dl>
  );
}
