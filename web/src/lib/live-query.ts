import { hashKey, skipToken, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
import { isAccessDenied } from './errors';
import { logs } from './logs';

/** Starts a listener; returns the function that stops it (Firestore's `onSnapshot` shape). */
export type Subscribe<T> = (
  onNext: (value: T) => void,
  onError: (error: unknown) => void,
) => () => void;

export type LiveQueryResult<T> =
  | { status: 'pending'; data: undefined; error: null; retry: () => void }
  | { status: 'error'; data: T | undefined; error: unknown; retry: () => void }
  | { status: 'success'; data: T; error: null; retry: () => void };

/**
 * A realtime listener bridged into React Query: while a component uses it, the listener writes
 * every snapshot into the cache under `queryKey`, so a change made elsewhere (a function, another
 * user) shows without a reload, and anything reading the same key sees the same value. The
 * query itself never fetches (`skipToken`): invalidating it cannot start a second read.
 * `subscribe: null` starts nothing (the caller may not read the data at all).
 */
export function useLiveQuery<T>(
  queryKey: QueryKey,
  subscribe: Subscribe<T> | null,
): LiveQueryResult<T> {
  const queryClient = useQueryClient();
  const keyHash = hashKey(queryKey);
  const enabled = subscribe !== null;
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<{ keyHash: string; error: unknown } | null>(null);
  const query = useQuery<T>({ queryKey, queryFn: skipToken });

  const start = useEffectEvent(() =>
    subscribe?.(
      (value) => {
        setFailure(null);
        queryClient.setQueryData<T>(queryKey, () => value);
      },
      (error) => {
        // A listener stops at its first error; the user may retry.
        if (!isAccessDenied(error)) logs.unexpectedError(keyHash, error);
        setFailure({ keyHash, error });
      },
    ),
  );
  useEffect(() => {
    if (!enabled) return undefined;
    return start();
  }, [keyHash, enabled, attempt]);

  const retry = () => {
    setFailure(null);
    setAttempt((n) => n + 1);
  };
  const error = failure?.keyHash === keyHash ? failure.error : null;
  if (error !== null) return { status: 'error', data: query.data, error, retry };
  if (query.data === undefined) return { status: 'pending', data: undefined, error: null, retry };
  return { status: 'success', data: query.data, error: null, retry };
}
