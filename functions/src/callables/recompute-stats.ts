import { onCall } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { parseInput, requireCaller } from '../lib/callable';
import { recomputeAllStats } from '../stats/recompute-stats';

const NAME = 'recomputeStats';
const inputSchema = z.strictObject({ risk: z.boolean().default(false) }).default({ risk: false });

/** Admin only: rebuilds every dashboard aggregate from scratch (after a fix or an import). */
export const recomputeStats = onCall({ timeoutSeconds: 3600, memory: '1GiB' }, async (request) => {
  await requireCaller(request, ['admin'], NAME);
  const input = parseInput(inputSchema, request.data ?? undefined);
  return recomputeAllStats({ risk: input.risk });
});
