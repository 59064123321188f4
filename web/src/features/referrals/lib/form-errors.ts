import type { z } from 'zod';
import { type Language, translateValidationMessage } from '@domain';

/** A schema's issues by field path ("consent.givenByName"), the first one of each, translated. */
export function fieldErrors(error: z.ZodError, language: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    out[key] ??= translateValidationMessage(issue.message, language);
  }
  return out;
}
