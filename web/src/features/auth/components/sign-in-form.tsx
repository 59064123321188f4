import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import { logs } from '@/lib/logs';
import { signInErrorKey, type SignInErrorKey } from '../lib/sign-in-error';

// Two required fields: react-hook-form's own rules, so the sign-in page does not download a
// schema library (the account's own checks are Firebase Auth's).
type SignInValues = { email: string; password: string };
const EMAIL_RULES = {
  setValueAs: (value: string) => value.trim(),
  validate: (value: string) => value !== '' || 'auth.emailRequired',
};
const PASSWORD_RULES = { required: 'auth.passwordRequired' };
type FieldMessageKey = 'auth.emailRequired' | 'auth.passwordRequired';

function isFieldMessageKey(value: string | undefined): value is FieldMessageKey {
  return value === 'auth.emailRequired' || value === 'auth.passwordRequired';
}

type SignInFormProps = {
  /** Performs the sign-in; a rejection carries the Firebase Auth error code. */
  onSignIn: (email: string, password: string) => Promise<void>;
};

export function SignInForm({ onSignIn }: SignInFormProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<SignInErrorKey | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({
    defaultValues: { email: '', password: '' },
  });

  const submit = handleSubmit(async ({ email, password }) => {
    setFailure(null);
    try {
      await onSignIn(email, password);
    } catch (error) {
      const key = signInErrorKey(error);
      if (key === 'auth.errors.unknown') logs.unexpectedError('sign-in', error);
      setFailure(key);
    }
  });

  const errorText = (message: string | undefined) =>
    isFieldMessageKey(message) ? t(message) : undefined;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="sign-in-title">
      {failure && (
        <div role="alert" className="alert alert-danger">
          {t(failure)}
        </div>
      )}
      <TextField
        id="sign-in-email"
        label={t('auth.email')}
        error={errorText(errors.email?.message)}
        input={{ type: 'email', autoComplete: 'username', ...register('email', EMAIL_RULES) }}
      />
      <TextField
        id="sign-in-password"
        label={t('auth.password')}
        error={errorText(errors.password?.message)}
        input={{
          type: 'password',
          autoComplete: 'current-password',
          ...register('password', PASSWORD_RULES),
        }}
      />
      <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
        {t('auth.submit')}
      </button>
      {isSubmitting && (
        <p role="status" className="mt-3">
          {t('auth.submitting')}
        </p>
      )}
    </form>
  );
}
