import { existsSync } from 'node:fs';
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { preview } from 'vite';
import { generateDemo } from '../../scripts/seed/generate';
import { seedDemo } from '../../scripts/seed/seed-demo';
import { PREVIEW_URL } from './browser';

// Serves the production build (made by `npm test` before this layer) and loads the demo data
// into the emulators (risk and dashboards computed, as `npm start` does), so the browser meets
// what a user of `npm start` meets.
export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/ is missing: run the e2e layer through `npm test` (it builds the web app).',
    );
  }
  // The default app: seedDemo computes risk and aggregates with the functions' code, which uses it.
  const app = initializeApp({ projectId: 'demo-percorsi' });
  await seedDemo(generateDemo(), { firestore: getFirestore(app), auth: getAuth(app) });
  const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? '';
  if (!url.startsWith(PREVIEW_URL))
    throw new Error(`preview served at ${url}, expected ${PREVIEW_URL}`);
  return async () => {
    await server.close();
  };
}
