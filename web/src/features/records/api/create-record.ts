import { useMutation, useQueryClient } from '@tanstack/react-query';
import { doc, getDocFromServer, setDoc, type WithFieldValue } from 'firebase/firestore';
import { termRecordId, type RecordKind } from '@domain';
import { errorCode } from '@/lib/errors';
import { collections, type StoredRecordByKind } from '@/lib/collections';
import { creationStamp } from '@/lib/pupil-record-stamps';
import type { SaveStatus } from '../lib/save-outcome';
import type { RecordDataByKind } from '../lib/types';
import { refreshRecords, settleRecordWrite } from './record-write';

export type CreateRecordInput<K extends RecordKind> = {
  schoolId: string;
  pupilId: string;
  kind: K;
  /** The author: the rules require createdBy to be the caller. */
  uid: string;
  data: RecordDataByKind[K];
};

/** A create input of any kind (a mutation takes one variables type). */
export type AnyCreateRecordInput = { [K in RecordKind]: CreateRecordInput<K> }[RecordKind];

/**
 * Where a new record goes: a term record at its term's id (one per pupil, year and term, as the
 * rules demand), any other record at a fresh id.
 */
function newRecordRef(input: AnyCreateRecordInput) {
  const records = collections.records(input.schoolId, input.pupilId, input.kind);
  return input.kind === 'termRecords'
    ? doc(records, termRecordId(input.data.schoolYear, input.data.term))
    : doc(records);
}

/**
 * Starts the write and returns at once with the new id: the id is made on the device, so the
 * record exists locally (and in the persistent cache) before the server has answered.
 */
export function createRecord<K extends RecordKind>(
  input: CreateRecordInput<K>,
): { id: string; committed: Promise<void> } {
  const ref = newRecordRef(input as AnyCreateRecordInput);
  const stored = {
    ...input.data,
    ...creationStamp(input, input.uid),
  } as WithFieldValue<StoredRecordByKind[K]>;
  return { id: ref.id, committed: setDoc(ref, stored) };
}

/** Raised when a term record was refused because its term already has one. */
export class TermRecordExistsError extends Error {
  override readonly name = 'TermRecordExistsError';
  readonly code = 'already-exists';
  constructor(readonly recordId: string) {
    super(`A term record ${recordId} already exists`);
  }
}

/**
 * A new term record refused by the rules: when its term's document exists (saved meanwhile on
 * another device or by a colleague), says so rather than blaming the user's role.
 */
async function explainTermRefusal(
  input: CreateRecordInput<'termRecords'>,
  recordId: string,
  error: unknown,
): Promise<never> {
  if (errorCode(error) === 'permission-denied') {
    const ref = collections.record(input.schoolId, input.pupilId, 'termRecords', recordId);
    const exists = await getDocFromServer(ref.withConverter(null)).then(
      (snapshot) => snapshot.exists(),
      () => false,
    );
    if (exists) throw new TermRecordExistsError(recordId);
  }
  throw error;
}

export function useCreateRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    // Offline the write goes to the local cache; a paused mutation would never reach it.
    networkMode: 'always',
    mutationFn: async (
      input: AnyCreateRecordInput,
    ): Promise<{ id: string; status: SaveStatus }> => {
      const { id, committed } = createRecord(input);
      const write = { ...input, recordId: null, action: 'create' } as const;
      const status = await settleRecordWrite(queryClient, committed, write).catch(
        (error: unknown) =>
          input.kind === 'termRecords'
            ? explainTermRefusal(input, id, error)
            : Promise.reject(error),
      );
      return { id, status };
    },
    onSettled: (_result, _error, input) => refreshRecords(queryClient, input),
  });
}
