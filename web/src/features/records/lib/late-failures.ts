import { useSyncExternalStore } from 'react';
import type { RecordKind } from '@domain';
import type { SaveErrorKey } from './save-outcome';
import type { RecordDataByKind } from './types';

/**
 * A write that was kept on the device and then refused by the server (typically the rules:
 * the pupil changed class, the role was revoked). The form is long closed by then, so the
 * pupil page lists these, with what was typed so it can be recovered.
 */
export type LateFailure = {
  key: string;
  uid: string;
  schoolId: string;
  pupilId: string;
  kind: RecordKind;
  /** The record refused; null for a create (the device's copy is gone with the refusal). */
  recordId: string | null;
  action: 'create' | 'update' | 'delete';
  errorKey: SaveErrorKey;
  /** What was typed, for creates and updates. */
  data: RecordDataByKind[RecordKind] | null;
};

// Deliberately in memory only: typed pupil data must not outlive the tab on a shared computer.
let failures: LateFailure[] = [];
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export const lateFailures = {
  report(failure: Omit<LateFailure, 'key'>): void {
    failures = [...failures, { ...failure, key: `${Date.now()}-${failures.length}` }];
    emit();
  },
  dismiss(key: string): void {
    failures = failures.filter((f) => f.key !== key);
    emit();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  snapshot(): LateFailure[] {
    return failures;
  },
};

/** Late failures of this user for this pupil. */
export function useLateFailures(uid: string, pupilId: string): LateFailure[] {
  const all = useSyncExternalStore(lateFailures.subscribe, lateFailures.snapshot);
  return all.filter((f) => f.uid === uid && f.pupilId === pupilId);
}
