import { Timestamp } from 'firebase-admin/firestore';
import type { z } from 'zod';
import { logs } from './logs';

/** Firestore values to domain values: every Timestamp, at any depth, becomes a Date. */
export function toDomain(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(toDomain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDomain(v)]));
  }
  return value;
}

/**
 * Parses a stored document with its schema; a document that fails is logged and skipped
 * (null), so one bad record cannot stop the computation for a pupil.
 */
export function parseStored<S extends z.ZodType>(
  schema: S,
  path: string,
  data: unknown,
): z.infer<S> | null {
  const parsed = schema.safeParse(toDomain(data));
  if (parsed.success) return parsed.data;
  logs.invalidDocument(
    path,
    parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
  );
  return null;
}
