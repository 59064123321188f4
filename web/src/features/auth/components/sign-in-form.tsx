import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
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

  const emailError = errors.email?.message;
  const passwordError = errors.password?.message;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="sign-in-title">
      {failure && (
        <div role="alert" className="alert alert-danger">
          {t(failure)}
        </div>
      )}
      <div className="form-group">
        <label htmlFor="sign-in-email" className="active">
          {t('auth.email')}
        </label>
        <input
          id="sign-in-email"
          type="email"
          autoComplete="username"
          className={`form-control${emailError ? ' is-invalid' : ''}`}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? 'sign-in-email-error' : undefined}
          {...register('email', EMAIL_RULES)}
        />
        {isFieldMessageKey(emailError) && (
          <div id="sign-in-email-error" className="invalid-feedback d-block">
            {t(emailError)}
          </div>
        )}
      </div>
      <div className="form-group">
        <label htmlFor="sign-in-password" className="active">
          {t('auth.password')}
        </label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          className={`form-control${passwordError ? ' is-invalid' : ''}`}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? 'sign-in-password-error' : undefined}
          {...register('password', PASSWORD_RULES)}
        />
        {isFieldMessageKey(passwordError) && (
          <div id="sign-in-password-error" className="invalid-feedback d-block">
            {t(passwordError)}
          </div>
        )}
      </div>
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
