import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import { errorCode } from '@/lib/errors';

type SetPasswordFormProps = {
  oobCode: string;
  checkCode: (oobCode: string) => Promise<string>;
  onSetPassword: (oobCode: string, email: string, password: string) => Promise<void>;
};

const MIN_LENGTH = 8;
/** Both fields take the new password (password managers offer to generate and save it). */
const NEW_PASSWORD = { type: 'password', autoComplete: 'new-password' } as const;

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
      <TextField
        id="new-password"
        label={t('setPassword.password')}
        hint={t('setPassword.hint', { count: MIN_LENGTH })}
        input={{
          ...NEW_PASSWORD,
          value: password,
          onChange: (e) => setPassword(e.target.value),
        }}
      />
      <TextField
        id="repeat-password"
        label={t('setPassword.repeat')}
        input={{
          ...NEW_PASSWORD,
          value: repeat,
          onChange: (e) => setRepeat(e.target.value),
        }}
      />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t('setPassword.saving') : t('setPassword.submit')}
      </button>
    </form>
  );
}
