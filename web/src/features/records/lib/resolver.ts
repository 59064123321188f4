import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** A check across fields: the path its message goes to, or null when the values are fine. */
export type CrossCheck<V> = (values: V) => { path: string; message: string } | null;

/**
 * zodResolver, plus the domain's cross-field refinements re-run on the raw values. Zod skips an
 * object's refinements once a field has failed to parse (a mark typed as "sei"), so without
 * this the user would fix one error only to meet the next: every message shows at once.
 */
export function resolverWithCrossChecks<V extends FieldValues, O>(
  schema: z.ZodType<O, V>,
  checks: CrossCheck<V>[],
): Resolver<V, unknown, O> {
  const base = zodResolver(schema) as Resolver<V, unknown, O>;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const extra = checks
      .map((check) => check(values))
      .filter((e): e is { path: string; message: string } => e !== null)
      .filter((e) => !(e.path in result.errors));
    if (extra.length === 0) return result;
    // Cross checks name top-level fields only, so a flat assignment is enough.
    const errors: Record<string, unknown> = { ...result.errors };
    for (const e of extra) errors[e.path] = { type: 'custom', message: e.message };
    return { values: {}, errors } as Awaited<ReturnType<Resolver<V, unknown, O>>>;
  };
}
