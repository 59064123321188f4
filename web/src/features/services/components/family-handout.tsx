import {
  localizedField,
  type FamilyPageLanguage,
  type Service,
  type ServiceCategory,
} from '@domain';
import type { FamilyTexts } from '../locales/family';
import { openingTimes } from './family-service';

type FamilyHandoutProps = {
  groups: { category: ServiceCategory; services: { id: string; data: Service }[] }[];
  language: FamilyPageLanguage;
  text: FamilyTexts;
};

/** The printed one-page handout: each service on one line (hidden on screen, shown in print). */
export function FamilyHandout({ groups, language, text }: FamilyHandoutProps) {
  return (
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
                    openingTimes(s, text).join(', ') || null,
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
  );
}
