import type { ReactNode } from 'react';
import { ColumnHeaders } from '@/components/ui/table-view';

/** One section of the sheet: its heading names it for screen readers. */
export function SheetSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="h5">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A compact table of the sheet: column headers, then the rows given. */
export function SheetTable({ headers, children }: { headers: string[]; children: ReactNode }) {
  return (
    <table className="table table-sm">
      <ColumnHeaders headers={headers} />
      <tbody>{children}</tbody>
    </table>
  );
}

/** A term and its value in the profile's description list. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="col-5 col-md-3">{label}</dt>
      <dd className="col-7 col-md-3 mb-1">{children}</dd>
    </>
  );
}
