import { useState, type FormEvent } from 'react';

type Parsed = { ok: false; errors: object } | { ok: true };

/**
 * A form's submit: checks the values (`parse`), shows their errors or saves what they parse to;
 * `saving` while it runs, `failure` (the caller's text for the error) when saving throws.
 */
export function useValidatedSubmit<P extends Parsed>({
  parse,
  save,
  errorText,
}: {
  parse: () => P;
  save: (parsed: Extract<P, { ok: true }>) => Promise<void>;
  errorText: (error: unknown) => string;
}) {
  type Errors = Extract<P, { ok: false }>['errors'];
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const parsed = parse();
    if (!parsed.ok) {
      setErrors((parsed as Extract<P, { ok: false }>).errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await save(parsed as Extract<P, { ok: true }>);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  return { errors, failure, saving, submit };
}
