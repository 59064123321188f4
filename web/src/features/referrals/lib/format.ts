import {
  SERVICE_CATEGORIES,
  SERVICE_CATEGORY_LABELS,
  type Language,
  type ServiceCategory,
} from '@domain';
import { formatItalianDate } from '@/lib/dates';

/** A day as the forms write it (gg/mm/aaaa), in both languages (the users are in Italy). */
export function formatDay(date: Date | null | undefined): string {
  return formatItalianDate(date);
}

/** A category's name in `language`; an unknown id shows as itself. */
export function categoryLabel(category: string, language: Language): string {
  const known = SERVICE_CATEGORIES.find((c): c is ServiceCategory => c === category);
  return known ? SERVICE_CATEGORY_LABELS[known][language] : category;
}

/** Whole days between `due` and `now` (at least 1 once overdue). */
export function daysLate(due: Date, now: Date): number {
  return Math.max(1, Math.ceil((now.getTime() - due.getTime()) / 86_400_000));
}

/** The end of the day a gg/mm/aaaa date names (the reply is due by then). */
export function endOfDay(day: Date): Date {
  return new Date(day.getTime() + 86_399_000);
}
