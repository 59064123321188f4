import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@domain';
import { useLanguage } from '@/lib/i18n';

const LABELS: Record<Language, { short: string; key: 'layout.languageIt' | 'layout.languageEn' }> =
  {
    it: { short: 'IT', key: 'layout.languageIt' },
    en: { short: 'EN', key: 'layout.languageEn' },
  };

/** IT / EN toggle buttons; the pressed one is the interface language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = useLanguage();

  return (
    <div role="group" aria-label={t('layout.languageSwitch')} className="d-flex gap-1">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          title={t(LABELS[language].key)}
          aria-pressed={active === language}
          className={`btn btn-xs btn-sm ${active === language ? 'btn-secondary' : 'btn-outline-secondary'} text-white border-white`}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {LABELS[language].short}
        </button>
      ))}
    </div>
  );
}
