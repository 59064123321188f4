import type { ReactNode } from 'react';
import { type Outcome, OutcomeAlert } from '@/components/ui/failure-alert';

type ActionSectionProps = {
  /** The section's h2, which names it (its id is `titleId`); none for a lone button. */
  title?: string;
  titleId?: string;
  headingClassName?: string;
  intro?: string;
  className?: string;
  /** What the last action did, announced below the controls. */
  outcome: Outcome | null;
  children: ReactNode;
};

/** One of the referral's actions: its heading, its controls, then the outcome of the action. */
export function ActionSection({
  title,
  titleId,
  headingClassName = 'h4',
  intro,
  className = 'mt-4',
  outcome,
  children,
}: ActionSectionProps) {
  return (
    <section aria-labelledby={title ? titleId : undefined} className={className}>
      {title && (
        <h2 id={titleId} className={headingClassName}>
          {title}
        </h2>
      )}
      {intro && <p>{intro}</p>}
      {children}
      <div className="mt-3">
        <OutcomeAlert outcome={outcome} />
      </div>
    </section>
  );
}
