import type { ReactNode } from 'react';
import { DataTable, type DataTableProps } from '@/components/ui/data-table';

type TableSectionProps<T> = Omit<DataTableProps<T>, 'caption'> & {
  /** The section's heading, its accessible name and the table's caption. */
  title: string;
  /** Text between the heading and the table. */
  children?: ReactNode;
};

/** A dashboard section that is a table alone, with no chart. */
export function TableSection<T>({ title, children, ...table }: TableSectionProps<T>) {
  return (
    <section className="dashboard-section card shadow-sm p-3 mb-4" aria-label={title}>
      <h2 className="h4">{title}</h2>
      {children}
      <DataTable caption={title} {...table} />
    </section>
  );
}
