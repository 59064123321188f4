import { useState } from 'react';

/**
 * Runs an async action once at a time: `busy` while it runs, `failure` (the caller's text for
 * the error) when it throws. After a success the action is usually gone (a dialog closed, a
 * page left): `busy` stays on unless `settle` asks to clear it.
 */
export function usePendingAction(errorText: (error: unknown) => string) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (action: () => Promise<void>, { settle = false } = {}) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      if (settle) setBusy(false);
    } catch (error) {
      setFailure(errorText(error));
      setBusy(false);
    }
  };
  return { busy, failure, run };
}
