import { useEffect, useMemo } from 'react';
import {
  FAMILY_PAGE_LANGUAGES,
  RTL_LANGUAGES,
  SERVICE_CATEGORIES,
  documentLines,
  localizedField,
  parseOpening,
  type FamilyPageLanguage,
  type Service,
  type ServiceTextField,
} from '@domain';
import { useDirectory } from '../api/directory';
import { FAMILY_TEXTS, LANGUAGE_NAMES, fill } from '../locales/family';
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

/** One translatable text, in the family's language or in Italian (marked, with lang="it"). */
function Localized({
  service,
  field,
  language,
  marker,
  as: Tag = 'span',
}: {
  service: Service;
  field: ServiceTextField;
  language: FamilyPageLanguage;
  marker: string;
  as?: 'span' | 'p' | 'h3';
}) {
  const value = localizedField(service, field, language);
  return (
    <Tag lang={value.language} dir={value.fallback ? 'ltr' : undefined}>
      {value.text}
      {value.fallback && (
        <small className="family-fallback" lang={language}>
          {' '}
          {marker}
        </small>
      )}
    </Tag>
  );
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
      <div className="family-handout" aria-hidden="true" data-testid="family-handout">
        {groups.map(({ category, services }) => (
          <div key={category} className="family-handout-category">
            <div className="family-handout-heading">{text.categories[category]}</div>
            {services.map(({ id, data: s }) => {
              const name = localizedField(s, 'name', language);
              const where = s.locations[0];
              return (
                <div key={id} className="family-handout-item" data-service-id={id}>
                  <div className="family-handout-name" lang={name.language}>
                    {name.text}
                  </div>
                  <div className="family-handout-line" dir="ltr" lang="it">
                    {[
                      where ? `${where.address}, ${where.city}` : null,
                      s.phone || null,
                      s.schedule
                        .map(parseOpening)
                        .map((o) => `${text.days[o.day]} ${o.opensAt}–${o.closesAt}`)
                        .join(', ') || null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className="family-list">
        {groups.map(({ category, services }) => (
          <section key={category} className="family-category" aria-labelledby={`cat-${category}`}>
            <h2 id={`cat-${category}`}>{text.categories[category]}</h2>
            {services.map(({ id, data: s }) => {
              const org = orgName.get(s.organizationId);
              const docs = localizedField(s, 'documentsNeeded', language);
              const ages =
                s.minimumAge !== null && s.maximumAge !== null
                  ? fill(text.ages, { min: s.minimumAge, max: s.maximumAge })
                  : s.minimumAge !== null
                    ? fill(text.fromAge, { min: s.minimumAge })
                    : s.maximumAge !== null
                      ? fill(text.upToAge, { max: s.maximumAge })
                      : null;
              return (
                <article key={id} className="family-service" data-service-id={id}>
                  <Localized
                    as="h3"
                    service={s}
                    field="name"
                    language={language}
                    marker={text.inItalian}
                  />
                  {org && (
                    <p className="small" lang="it">
                      {org.name}
                    </p>
                  )}
                  {s.description && (
                    <Localized
                      as="p"
                      service={s}
                      field="description"
                      language={language}
                      marker={text.inItalian}
                    />
                  )}
                  <dl className="family-facts">
                    {(s.free || ages || s.interpretationAvailable) && (
                      <dd className="family-tags">
                        {s.free && <span className="badge bg-success">{text.free}</span>}{' '}
                        {ages && <span className="badge bg-secondary">{ages}</span>}{' '}
                        {s.interpretationAvailable && (
                          <span className="badge bg-info text-dark">{text.interpretation}</span>
                        )}
                      </dd>
                    )}
                    {s.eligibility && (
                      <>
                        <dt className="family-more">{text.eligibility}</dt>
                        <dd className="family-more">
                          <Localized
                            service={s}
                            field="eligibility"
                            language={language}
                            marker={text.inItalian}
                          />
                        </dd>
                      </>
                    )}
                    {s.howToApply && (
                      <>
                        <dt className="family-more">{text.howToApply}</dt>
                        <dd className="family-more">
                          <Localized
                            service={s}
                            field="howToApply"
                            language={language}
                            marker={text.inItalian}
                          />
                        </dd>
                      </>
                    )}
                    {docs.text && (
                      <>
                        <dt className="family-more">{text.documentsNeeded}</dt>
                        <dd className="family-more" lang={docs.language}>
                          <ul>
                            {documentLines(docs.text).map((line) => (
                              <li key={line}>{line}</li>
                            ))}
                          </ul>
                          {docs.fallback && (
                            <small className="family-fallback" lang={language}>
                              {text.inItalian}
                            </small>
                          )}
                        </dd>
                      </>
                    )}
                    {s.costDescription && (
                      <>
                        <dt className="family-more">{text.cost}</dt>
                        <dd className="family-more">
                          <Localized
                            service={s}
                            field="costDescription"
                            language={language}
                            marker={text.inItalian}
                          />
                        </dd>
                      </>
                    )}
                    {(s.schedule.length > 0 || s.scheduleNotes) && (
                      <>
                        <dt>{text.hours}</dt>
                        <dd>
                          {s.schedule.length > 0 && (
                            <span dir="ltr">
                              {s.schedule
                                .map(parseOpening)
                                .map((o) => `${text.days[o.day]} ${o.opensAt}–${o.closesAt}`)
                                .join(' · ')}
                            </span>
                          )}
                          {s.scheduleNotes && (
                            <Localized
                              as="p"
                              service={s}
                              field="scheduleNotes"
                              language={language}
                              marker={text.inItalian}
                            />
                          )}
                        </dd>
                      </>
                    )}
                    {s.locations.map((l) => (
                      <dd key={l.id} lang="it" dir="ltr">
                        <strong>{text.address}:</strong> {l.name}, {l.address}, {l.postalCode}{' '}
                        {l.city}
                      </dd>
                    ))}
                    {(s.phone || s.email || s.website) && (
                      <dd dir="ltr">
                        {s.phone && (
                          <span>
                            {text.phone}:{' '}
                            <a href={`tel:${s.phone.replace(/\s/g, '')}`}>{s.phone}</a>{' '}
                          </span>
                        )}
                        {s.email && (
                          <span>
                            {text.email}: <a href={`mailto:${s.email}`}>{s.email}</a>{' '}
                          </span>
                        )}
                        {s.website && (
                          <span className="family-web">
                            <a href={s.website}>{s.website}</a>
                          </span>
                        )}
                      </dd>
                    )}
                  </dl>
                </article>
              );
            })}
          </section>
        ))}
      </div>
    </div>
  );
}
