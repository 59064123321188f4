import type { ReactNode } from 'react';

type BandProps = {
  /** The full-width wrapper's Bootstrap Italia class (the band's colour and height). */
  className: string;
  /** The class of the content inside the page's single full-width column. */
  contentClassName: string;
  children: ReactNode;
};

/** A Bootstrap Italia band of the page frame: full width, its content aligned with the page. */
export function Band({ className, contentClassName, children }: BandProps) {
  return (
    <div className={className}>
      <div className="container">
        <div className="row">
          <div className="col-12">
            <div className={contentClassName}>{children}</div>
          </div>
        </div>
      </div>
    </div>
  );
}
