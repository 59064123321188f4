import type { ReactNode } from 'react';
import { TitledSection } from '@/components/ui/titled-section';

/** A titled card of the monitoring screen; `screenOnly` leaves it out of the printout. */
export function CardSection({
  id,
  title,
  intro,
  screenOnly = false,
  children,
}: {
  id?: string;
  title: ReactNode;
  intro?: ReactNode;
  screenOnly?: boolean;
  children?: ReactNode;
}) {
  return (
    <TitledSection
      id={id}
      className={`card shadow-sm p-3 mb-4${screenOnly ? ' d-print-none' : ''}`}
      title={title}
      intro={intro}
    >
      {children}
    </TitledSection>
  );
}
