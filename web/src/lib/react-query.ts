import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isAccessDenied, isPermanentError } from './errors';
import { logs } from './logs';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // One place logs failed reads, so components only decide what the user sees. A denied
    // read is an expected answer of the rules, not a fault worth a console error.
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!isAccessDenied(error)) logs.unexpectedError(JSON.stringify(query.queryKey), error);
      },
    }),
    defaultOptions: {
      queries: {
        // School data changes a few times a day; refetching on every focus would only
        // multiply rule evaluations and reads.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isPermanentError(error) && failureCount < 2,
      },
    },
  });
}
