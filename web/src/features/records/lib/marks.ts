import type { Mark } from '@domain';

/** A mark as shown to users: the raw text teachers typed, or the judgement. */
export function markLabel(mark: Mark): string {
  if (mark.kind === 'judgement') return mark.value;
  return mark.raw.trim() === '' ? String(mark.value).replace('.', ',') : mark.raw;
}
