import type { ReactNode } from 'react';

/**
 * Room kept next to a label for a count that loads on its own (a badge in the menu): the label
 * takes the same width before and after the count arrives, so the menu never re-wraps and
 * pushes the page down (a layout shift).
 */
export function CountSlot({ children }: { children?: ReactNode }) {
  return (
    <span className="d-inline-block ms-1" style={{ minWidth: '2.5em' }}>
      {children}
    </span>
  );
}
