import type { QueryClient } from '@tanstack/react-query';
import type { RecordKind } from '@domain';
import { lateFailures } from '../lib/late-failures';
import { saveErrorKey, settleOrQueue, type SaveStatus } from '../lib/save-outcome';
import { recordsQueryKey } from './get-records';

/** A record write as the pupil page lists it if the server refuses it later. */
export type RecordWrite = Omit<Parameters<typeof lateFailures.report>[0], 'errorKey'>;

/** Refreshes what shows records: the pupil's list of that kind and every class view. */
export function refreshRecords(
  queryClient: QueryClient,
  input: { schoolId: string; pupilId: string; kind: RecordKind },
): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: recordsQueryKey(input.schoolId, input.pupilId, input.kind),
    }),
    queryClient.invalidateQueries({ queryKey: ['schools', input.schoolId, 'classOverview'] }),
  ]).then(() => undefined);
}

/**
 * A save that was kept on the device reports its outcome later: success refreshes the lists
 * (the record loses its "pending" mark), a refusal is listed on the pupil page with what was
 * typed.
 */
function followPendingWrite(
  queryClient: QueryClient,
  committed: Promise<void>,
  write: RecordWrite,
): void {
  committed.then(
    () => void refreshRecords(queryClient, write),
    (error: unknown) => {
      lateFailures.report({ ...write, errorKey: saveErrorKey(error) });
      void refreshRecords(queryClient, write);
    },
  );
}

/**
 * Waits for a started write of a create, an update or a delete: the lists refresh at once (a
 * record kept on the device shows, marked pending), and a write still pending when the wait
 * ends is followed until the server answers. Rejects when the server refused in time.
 */
export async function settleRecordWrite(
  queryClient: QueryClient,
  committed: Promise<void>,
  write: RecordWrite,
): Promise<SaveStatus> {
  void refreshRecords(queryClient, write);
  const status = await settleOrQueue(committed);
  if (status === 'pending') followPendingWrite(queryClient, committed, write);
  return status;
}
