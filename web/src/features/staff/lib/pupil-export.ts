import { z } from 'zod';

const fields = z.record(z.string(), z.unknown());

/** What `exportPupil` returns: JSON, with dates as ISO strings. */
export const pupilExportSchema = z.object({
  exportedAt: z.string(),
  schoolId: z.string(),
  pupilId: z.string(),
  pupil: fields,
  collections: z.record(z.string(), z.array(z.object({ id: z.string(), data: fields }))),
});
export type PupilExport = z.infer<typeof pupilExportSchema>;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** An ISO date-time string from the export, as a Date; null for anything else. */
export function exportDate(value: unknown): Date | null {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** File name of the download: opaque ids only, no names on a shared computer's disk. */
export function exportFileName(data: PupilExport): string {
  return `percorsi-export-${data.schoolId}-${data.pupilId}-${data.exportedAt.slice(0, 10)}.json`;
}
