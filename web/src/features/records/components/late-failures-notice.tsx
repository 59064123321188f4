import { useTranslation } from 'react-i18next';
import '@/features/records/locales';
import { lateFailures, type LateFailure } from '../lib/late-failures';

type LateFailuresNoticeProps = {
  failures: LateFailure[];
  onReopen: (failure: LateFailure) => void;
};

/** Saves kept on the device and later refused by the server, each with a way to recover. */
export function LateFailuresNotice({ failures, onReopen }: LateFailuresNoticeProps) {
  const { t } = useTranslation('records');
  if (failures.length === 0) return null;
  return (
    <div role="alert" className="alert alert-danger">
      <h3 className="h5">{t('save.late.title')}</h3>
      <ul className="mb-0">
        {failures.map((failure) => (
          <li key={failure.key} className="mb-2">
            {t(`save.late.${failure.action}`, { kind: t(`kinds.${failure.kind}`) })}{' '}
            {t(failure.errorKey)}
            <div className="d-flex flex-wrap gap-2 mt-1">
              {failure.data && (
                <button
                  type="button"
                  className="btn btn-primary btn-xs"
                  onClick={() => onReopen(failure)}
                >
                  {t('save.late.reopen')}
                </button>
              )}
              <button
                type="button"
                className="btn btn-outline-primary btn-xs"
                onClick={() => lateFailures.dismiss(failure.key)}
              >
                {t('save.late.dismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
