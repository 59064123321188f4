import {
  Timestamp,
  type DocumentData,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
  type WithFieldValue,
} from 'firebase/firestore';
import { z } from 'zod';
import { InvalidDocumentError } from './invalid-document-error';
import { logs } from './logs';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Replaces every Firestore Timestamp, at any depth, by a Date (the domain's date type). */
export function timestampsToDates(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(timestampsToDates);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, timestampsToDates(v)]));
  }
  return value;
}

/**
 * Replaces every Date, at any depth, by a Firestore Timestamp. Only plain objects are walked,
 * so sentinels such as serverTimestamp() pass through untouched.
 */
export function datesToTimestamps(value: unknown): unknown {
  if (value instanceof Date) return Timestamp.fromDate(value);
  if (Array.isArray(value)) return value.map(datesToTimestamps);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesToTimestamps(v)]));
  }
  return value;
}

/**
 * Parses raw document data with a domain schema after mapping Timestamps to Dates.
 * A mismatch is logged with its path and thrown as InvalidDocumentError, never returned
 * half-typed: callers decide whether to skip the document or show an error state.
 */
export function parseDocumentData<S extends z.ZodType>(
  schema: S,
  data: DocumentData,
  path: string,
): z.output<S> {
  const result = schema.safeParse(timestampsToDates(data));
  if (!result.success) {
    const problems = z.prettifyError(result.error);
    logs.invalidDocument(path, problems);
    throw new InvalidDocumentError(path, problems);
  }
  return result.data;
}

/** A typed converter for a collection whose documents follow `schema`. */
export function zodConverter<S extends z.ZodType<DocumentData>>(
  schema: S,
): FirestoreDataConverter<z.output<S>, DocumentData> {
  return {
    toFirestore(model: WithFieldValue<z.output<S>>): DocumentData {
      return datesToTimestamps(model) as DocumentData;
    },
    fromFirestore(snapshot: QueryDocumentSnapshot, options?: SnapshotOptions): z.output<S> {
      return parseDocumentData(schema, snapshot.data(options), snapshot.ref.path);
    },
  };
}
