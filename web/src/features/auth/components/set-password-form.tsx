import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@/lib/errors';

type SetPasswordFormProps = {
  oobCode: string;
  checkCode: (oobCode: string) => Promise<string>;
  onSetPassword: (oobCode: string, email: string, password: string) => Promise<void>;
};

const MIN_LENGTH = 8;

/**
 * The page the emailed link opens (invitation or forgotten password): checks the link, then
 * asks for the new password twice. All in the interface language, Italian first.
 */
export function SetPasswordForm({ oobCode, checkCode, onSetPassword }: SetPasswordFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState<string | null>(null);
  const [linkError, setLinkError] = useState(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    checkCode(oobCode).then(
      (found) => live && setEmail(found),
      () => live && setLinkError(true),
    );
    return () => {
      live = false;
    };
  }, [oobCode, checkCode]);

  if (linkError) {
    return (
      <div role="alert" className="alert alert-danger">
        {t('setPassword.linkInvalid')}
      </div>
    );
  }
  if (!email) return <p role="status">{t('setPassword.checking')}</p>;

  const submit = async () => {
    if (password.length < MIN_LENGTH) return setProblem(t('setPassword.tooShort'));
    if (password !== repeat) return setProblem(t('setPassword.mismatch'));
    setProblem(null);
    setBusy(true);
    try {
      await onSetPassword(oobCode, email, password);
    } catch (error) {
      const code = errorCode(error);
      setProblem(
        code === 'functions/failed-precondition' || code === 'auth/user-disabled'
          ? t('setPassword.expired')
          : code === 'auth/weak-password'
            ? t('setPassword.tooShort')
            : code === 'auth/expired-action-code' || code === 'auth/invalid-action-code'
              ? t('setPassword.linkInvalid')
              : t('setPassword.failed'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby="set-password-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p>{t('setPassword.forAccount', { email })}</p>
      {problem && (
        <div role="alert" className="alert alert-danger">
          {problem}
        </div>
      )}
      <div className="form-group">
        <label htmlFor="new-password" className="active">
          {t('setPassword.password')}
        </label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          className="form-control"
          aria-describedby="new-password-hint"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <small id="new-password-hint" className="form-text">
          {t('setPassword.hint', { count: MIN_LENGTH })}
        </small>
      </div>
      <div className="form-group">
        <label htmlFor="repeat-password" className="active">
          {t('setPassword.repeat')}
        </label>
        <input
          id="repeat-password"
          type="password"
          autoComplete="new-password"
          className="form-control"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t('setPassword.saving') : t('setPassword.submit')}
      </button>
    </form>
  );
}
