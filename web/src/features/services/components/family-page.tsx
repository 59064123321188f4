import { useEffect, useMemo } from 'react';
import {
  FAMILY_PAGE_LANGUAGES,
  RTL_LANGUAGES,
  SERVICE_CATEGORIES,
  type FamilyPageLanguage,
} from '@domain';
import { useDirectory } from '../api/directory';
import { FAMILY_TEXTS, LANGUAGE_NAMES, fill } from '../locales/family';
import { FamilyHandout } from './family-handout';
import { FamilyService } from './family-service';
import { QrCode } from './qr-code';
import './family-page.css';

type FamilyPageProps = {
  districtId: string;
  language: FamilyPageLanguage;
  onLanguage: (language: FamilyPageLanguage) => void;
  /** The page's address, for the QR code. */
  url: string;
};

export function isFamilyLanguage(value: string | null): value is FamilyPageLanguage {
  return FAMILY_PAGE_LANGUAGES.some((l) => l === value);
}

/**
 * /famiglie/:districtId: the Ambito's active services by category in the family's language,
 * public (no sign-in, no pupil data), right to left for Arabic, printable as a one-page handout
 * with a QR code to the page.
 */
export function FamilyPage({ districtId, language, onLanguage, url }: FamilyPageProps) {
  const text = FAMILY_TEXTS[language];
  const dir = RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
  const directory = useDirectory(districtId);

  useEffect(() => {
    const root = document.documentElement;
    const previous = { lang: root.lang, dir: root.dir, title: document.title };
    root.lang = language;
    root.dir = dir;
    document.title = text.title;
    return () => {
      root.lang = previous.lang;
      root.dir = previous.dir;
      document.title = previous.title;
    };
  }, [language, dir, text.title]);

  const groups = useMemo(() => {
    const active = (directory.data?.services ?? []).filter((s) => s.data.status === 'active');
    return SERVICE_CATEGORIES.map((category) => ({
      category,
      services: active.filter((s) => s.data.categories[0] === category),
    })).filter((g) => g.services.length > 0);
  }, [directory.data]);
  const orgName = new Map((directory.data?.organizations ?? []).map((o) => [o.id, o.data]));
  const district = directory.data?.districtName ?? districtId;

  return (
    <div lang={language} dir={dir} className="family-page container my-4" data-testid="family-page">
      <header className="family-header">
        <div>
          <h1>{text.title}</h1>
          <p>{fill(text.intro, { district })}</p>
        </div>
        <div className="family-qr">
          <QrCode text={url} label={text.qr} />
          <p className="small">{text.qr}</p>
        </div>
      </header>
      <div className="family-tools d-print-none">
        <label htmlFor="family-language">{text.language}</label>{' '}
        <select
          id="family-language"
          value={language}
          onChange={(e) => {
            if (isFamilyLanguage(e.target.value)) onLanguage(e.target.value);
          }}
        >
          {FAMILY_PAGE_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>{' '}
        <button type="button" className="btn btn-primary btn-sm" onClick={() => window.print()}>
          {text.print}
        </button>
        <p className="small">{text.printHint}</p>
      </div>
      {directory.isPending && <p role="status">{text.loading}</p>}
      {directory.isError && <p role="alert">{text.failed}</p>}
      {directory.data && groups.length === 0 && <p>{text.empty}</p>}
      <FamilyHandout groups={groups} language={language} text={text} />
      <div className="family-list">
        {groups.map(({ category, services }) => (
          <section key={category} className="family-category" aria-labelledby={`cat-${category}`}>
            <h2 id={`cat-${category}`}>{text.categories[category]}</h2>
            {services.map(({ id, data }) => (
              <FamilyService
                key={id}
                id={id}
                service={data}
                organizationName={orgName.get(data.organizationId)?.name}
                language={language}
                text={text}
              />
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
