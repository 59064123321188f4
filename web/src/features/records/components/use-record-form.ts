import { useId } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import '@/features/records/locales';
import type { RecordKind } from '@domain';
import type { SaveStatus } from '../lib/save-outcome';
import { errorAt, useErrorText } from './form-fields';
import type { RecordFormShellProps } from './record-form-shell';
import { useRecordSave } from './use-record-save';
import { withDateMessages } from '@/components/ui/date-field';

type RecordFormOptions<V extends FieldValues, O> = {
  kind: RecordKind;
  /** The record being edited, or null for a new one: it only decides the title. */
  initial: unknown;
  onSave: (data: O) => Promise<SaveStatus>;
  onSaved: (status: SaveStatus) => void;
  onCancel: () => void;
  resolver: Resolver<V, unknown, O>;
  defaultValues: DefaultValues<V>;
};

type FieldPropsOptions = {
  /** What follows the form's id in the field's id, when it is not the field's name. */
  id?: string;
  /** Where the field's error may sit, first match shown (domain paths may run deeper). */
  errorPaths?: string[];
};

/**
 * Everything a record form wires the same way: the form state, the save that keeps typed values
 * on failure, the props of the frame (title, actions, failure) and of each field (id,
 * registration, translated error).
 */
export function useRecordForm<V extends FieldValues, O>({
  kind,
  initial,
  onSave,
  onSaved,
  onCancel,
  resolver,
  defaultValues,
}: RecordFormOptions<V, O>) {
  const { t } = useTranslation('records');
  const id = useId();
  const errorText = useErrorText();
  const { failure, save } = useRecordSave(onSave, onSaved);
  const form = useForm<V, unknown, O>({ resolver: withDateMessages(resolver), defaultValues });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  /** The props that tie a field component to the form value at `name`. */
  const fieldProps = (name: Path<V>, options: FieldPropsOptions = {}) => ({
    id: `${id}-${options.id ?? name}`,
    registration: register(name),
    error: errorText(errorAt(errors, ...(options.errorPaths ?? [name]))),
  });

  const shell: Omit<RecordFormShellProps, 'children'> = {
    title: t(initial ? 'formTitle.edit' : 'formTitle.new', { kind: t(`kinds.${kind}`) }),
    onSubmit: () => void handleSubmit(save)(),
    onCancel,
    isSubmitting,
    failure,
    hasErrors: Object.keys(errors).length > 0,
  };

  return { t, id, form, fieldProps, shell };
}

/**
 * useRecordForm for a record of something that happened on a day, with the props of its frame
 * (DatedRecordForm): the shell's, and the date and notes fields every such record has.
 */
export function useDatedRecordForm<V extends FieldValues & { date: string; notes: string }, O>(
  options: RecordFormOptions<V, O>,
) {
  const recordForm = useRecordForm(options);
  const { shell, fieldProps } = recordForm;
  const frame = {
    ...shell,
    date: fieldProps('date' as Path<V>),
    notes: fieldProps('notes' as Path<V>),
  };
  return { ...recordForm, frame };
}
