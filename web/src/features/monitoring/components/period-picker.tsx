import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import type { PeriodKey } from '@domain';
import { useMonitoringLabels } from '../lib/use-labels';

export function PeriodPicker({
  value,
  options,
  onChange,
}: {
  value: PeriodKey;
  options: PeriodKey[];
  onChange: (period: PeriodKey) => void;
}) {
  const { t } = useTranslation('monitoring');
  const labels = useMonitoringLabels();
  const id = useId();
  return (
    <div className="select-wrapper mb-4 d-print-none" style={{ maxWidth: 320 }}>
      <label htmlFor={id}>{t('period.label')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((p) => (
          <option key={p} value={p}>
            {labels.period(p)}
          </option>
        ))}
      </select>
    </div>
  );
}
