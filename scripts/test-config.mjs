import { join } from 'node:path';
import { ROOT } from './emulators.mjs';

// Project id of the rules layer; `demo-` ids never reach a real Firebase project.
export const RULES_PROJECT_ID = 'demo-percorsi-rules';
export const RESULTS_DIR = join(ROOT, 'test-results');

/** Vitest arguments for one layer, with the JSON report that the summary reads. */
export function vitestArgs(layer) {
  return [
    'run',
    '--project',
    layer,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(RESULTS_DIR, `${layer}.json`)}`,
  ];
}
