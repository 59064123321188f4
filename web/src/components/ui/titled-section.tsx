import { type ReactNode, useId } from 'react';

export type TitledSectionProps = {
  /** The section's heading (an h2), which also names the section for screen readers. */
  title: ReactNode;
  /** A paragraph under the heading. */
  intro?: ReactNode;
  /** The heading's id; generated when the page does not need a fixed one. */
  id?: string;
  className?: string;
  headingClassName?: string;
  children?: ReactNode;
};

/** A section named by its h2 heading, with an optional introductory paragraph. */
export function TitledSection({
  title,
  intro,
  id,
  className,
  headingClassName = 'h4',
  children,
}: TitledSectionProps) {
  const generated = useId();
  const headingId = id ?? generated;
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId} className={headingClassName}>
        {title}
      </h2>
      {intro !== undefined && <p>{intro}</p>}
      {children}
    </section>
  );
}
