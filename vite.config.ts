import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `@domain` is the domain's index; `@domain/<module>` one module of it, for a lazy import
// that must not bring the whole domain (and zod) with it.
export const alias = [
  { find: /^@domain$/, replacement: fromRoot('./functions/src/domain/index.ts') },
  { find: /^@domain\//, replacement: fromRoot('./functions/src/domain/') },
  { find: /^@\//, replacement: fromRoot('./web/src/') },
];

export default defineConfig({
  root: fromRoot('./web'),
  envDir: fromRoot('.'),
  publicDir: fromRoot('./web/public'),
  plugins: [react()],
  resolve: { alias },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  build: {
    outDir: fromRoot('./dist'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
