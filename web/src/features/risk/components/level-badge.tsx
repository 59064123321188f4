import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import type { RiskLevel } from '@domain';
import './risk.css';

type LevelBadgeProps = {
  level: RiskLevel;
  /** Accessible wording around the level, e.g. "Livello della segnalazione: Rosso". */
  label?: 'levelBadge' | 'flagLevel';
};

/** The level as coloured badge and as text: colour is never the only cue (WCAG 1.4.1). */
export function LevelBadge({ level, label = 'levelBadge' }: LevelBadgeProps) {
  const { t } = useTranslation('risk');
  const name = t(`levels.${level}`);
  return (
    <span className={`badge risk-badge risk-badge-${level}`}>
      <span className="visually-hidden">{t(label, { level: name })}</span>
      <span aria-hidden="true">{name}</span>
    </span>
  );
}
