import { httpsCallable } from 'firebase/functions';
import type { z } from 'zod';
import { functions } from './functions';

/**
 * Calls a callable function and checks its answer against `result`. Errors reach the caller as
 * the SDK's FunctionsError: `message` in Italian and `details.en` in English.
 */
export async function callFunction<S extends z.ZodType>(
  name: string,
  input: unknown,
  result: S,
): Promise<z.output<S>> {
  const callable = httpsCallable<unknown, unknown>(functions, name);
  const answer = await callable(input);
  return result.parse(answer.data);
}
