import type { ReactNode } from 'react';
import {
  documentLines,
  localizedField,
  parseOpening,
  type FamilyPageLanguage,
  type Service,
  type ServiceTextField,
} from '@domain';
import { fill, type FamilyTexts } from '../locales/family';

type LocalizedProps = {
  service: Service;
  field: ServiceTextField;
  language: FamilyPageLanguage;
  marker: string;
  as?: 'span' | 'p' | 'h3';
};

/** One translatable text, in the family's language or in Italian (marked, with lang="it"). */
function Localized({ service, field, language, marker, as: Tag = 'span' }: LocalizedProps) {
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

/** The service's opening hours, e.g. "Lun 09:00–12:00", in the family's day names. */
export function openingTimes(service: Service, text: FamilyTexts): string[] {
  return service.schedule
    .map(parseOpening)
    .map((o) => `${text.days[o.day]} ${o.opensAt}–${o.closesAt}`);
}

function agesText(s: Service, text: FamilyTexts): string | null {
  if (s.minimumAge !== null && s.maximumAge !== null) {
    return fill(text.ages, { min: s.minimumAge, max: s.maximumAge });
  }
  if (s.minimumAge !== null) return fill(text.fromAge, { min: s.minimumAge });
  if (s.maximumAge !== null) return fill(text.upToAge, { max: s.maximumAge });
  return null;
}

/** The facts hidden on the printed page (family-more), in their order, with their labels. */
const MORE_FACTS = [
  { field: 'eligibility', term: 'eligibility' },
  { field: 'howToApply', term: 'howToApply' },
  { field: 'documentsNeeded', term: 'documentsNeeded' },
  { field: 'costDescription', term: 'cost' },
] as const satisfies readonly { field: ServiceTextField; term: keyof FamilyTexts }[];

type FamilyServiceProps = {
  id: string;
  service: Service;
  organizationName: string | undefined;
  language: FamilyPageLanguage;
  text: FamilyTexts;
};

/** One service as the family reads it: what it is, for whom, how to get there, hours, contacts. */
export function FamilyService({
  id,
  service: s,
  organizationName,
  language,
  text,
}: FamilyServiceProps) {
  const ages = agesText(s, text);
  const docs = localizedField(s, 'documentsNeeded', language);
  const localized = (field: ServiceTextField, as?: LocalizedProps['as']) => (
    <Localized as={as} service={s} field={field} language={language} marker={text.inItalian} />
  );
  return (
    <article className="family-service" data-service-id={id}>
      {localized('name', 'h3')}
      {organizationName && (
        <p className="small" lang="it">
          {organizationName}
        </p>
      )}
      {s.description && localized('description', 'p')}
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
        {MORE_FACTS.filter(({ field }) => (field === 'documentsNeeded' ? docs.text : s[field])).map(
          ({ field, term }) =>
            field === 'documentsNeeded' ? (
              <MoreFact key={field} term={text[term]} lang={docs.language}>
                <DocumentList docs={docs} language={language} marker={text.inItalian} />
              </MoreFact>
            ) : (
              <MoreFact key={field} term={text[term]}>
                {localized(field)}
              </MoreFact>
            ),
        )}
        {(s.schedule.length > 0 || s.scheduleNotes) && (
          <>
            <dt>{text.hours}</dt>
            <dd>
              {s.schedule.length > 0 && <span dir="ltr">{openingTimes(s, text).join(' · ')}</span>}
              {s.scheduleNotes && localized('scheduleNotes', 'p')}
            </dd>
          </>
        )}
        {s.locations.map((l) => (
          <dd key={l.id} lang="it" dir="ltr">
            <strong>{text.address}:</strong> {l.name}, {l.address}, {l.postalCode} {l.city}
          </dd>
        ))}
        {(s.phone || s.email || s.website) && <Contacts service={s} text={text} />}
      </dl>
    </article>
  );
}

type MoreFactProps = { term: string; lang?: string; children: ReactNode };

function MoreFact({ term, lang, children }: MoreFactProps) {
  return (
    <>
      <dt className="family-more">{term}</dt>
      <dd className="family-more" lang={lang}>
        {children}
      </dd>
    </>
  );
}

/** The documents to bring, one per line of the text. */
function DocumentList({
  docs,
  language,
  marker,
}: {
  docs: ReturnType<typeof localizedField>;
  language: FamilyPageLanguage;
  marker: string;
}) {
  return (
    <>
      <ul>
        {documentLines(docs.text).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {docs.fallback && (
        <small className="family-fallback" lang={language}>
          {marker}
        </small>
      )}
    </>
  );
}

function Contacts({ service: s, text }: { service: Service; text: FamilyTexts }) {
  return (
    <dd dir="ltr">
      {s.phone && (
        <span>
          {text.phone}: <a href={`tel:${s.phone.replace(/\s/g, '')}`}>{s.phone}</a>{' '}
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
  );
}
