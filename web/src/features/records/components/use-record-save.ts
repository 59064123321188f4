import { useState } from 'react';
import type { RecordKind } from '@domain';
import { logs } from '@/lib/logs';
import { saveErrorKey, type SaveErrorKey, type SaveStatus } from '../lib/save-outcome';
import type { RecordDataByKind } from '../lib/types';

/** Props every record form shares. */
export type RecordFormProps<K extends RecordKind> = {
  /** The record being edited, or null for a new one. */
  initial: RecordDataByKind[K] | null;
  /** Performs the write; rejects with the Firestore error when the save fails. */
  onSave: (data: RecordDataByKind[K]) => Promise<SaveStatus>;
  /** Called after a save the server confirmed or the device kept. */
  onSaved: (status: SaveStatus) => void;
  onCancel: () => void;
};

/**
 * Runs a save and keeps its failure reason. On failure the form stays as it is, so nothing
 * typed is lost; the reason is shown above the fields.
 */
export function useRecordSave<T>(
  onSave: (data: T) => Promise<SaveStatus>,
  onSaved: (status: SaveStatus) => void,
) {
  const [failure, setFailure] = useState<SaveErrorKey | null>(null);
  const save = async (data: T) => {
    setFailure(null);
    try {
      onSaved(await onSave(data));
    } catch (error) {
      const key = saveErrorKey(error);
      if (key === 'save.errors.unknown') logs.unexpectedError('record-save', error);
      setFailure(key);
    }
  };
  return { failure, save };
}
