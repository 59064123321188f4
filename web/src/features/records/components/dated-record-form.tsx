import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/records/locales';
import { DateField, TextAreaField, type FieldBinding } from './form-fields';
import { RecordFormShell, type RecordFormShellProps } from './record-form-shell';

type DatedRecordFormProps = Omit<RecordFormShellProps, 'children'> & {
  /** The day the recorded thing happened: required, and not after today. */
  date: FieldBinding;
  /** The free notes every such record may carry. */
  notes: FieldBinding;
  /** The first row's other columns, beside the date. */
  beside: ReactNode;
  /** The record's own fields, between the first row and the notes. */
  children: ReactNode;
};

/**
 * The form of a record of something that happened on a day (an L2 assessment, a session, a
 * family meeting): the date first, with the row's other columns beside it; the record's own
 * fields; the notes last.
 */
export function DatedRecordForm({ date, notes, beside, children, ...shell }: DatedRecordFormProps) {
  const { t } = useTranslation('records');
  return (
    <RecordFormShell {...shell}>
      <div className="row">
        <div className="col-12 col-md-4">
          <DateField {...date} label={t('fields.date')} required />
        </div>
        {beside}
      </div>
      {children}
      <TextAreaField {...notes} label={t('fields.notes')} />
    </RecordFormShell>
  );
}
