import { fileURLToPath, URL } from 'node:url';
import purgeCss from '@fullhuman/postcss-purgecss';
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

// Bootstrap Italia's stylesheet is 567 KB, most of it for components the app never uses; it
// blocks the first paint on a phone. The production build keeps only the rules whose classes,
// ids or tags appear in the app's source (the dev server keeps all of it). Classes the source
// builds from parts (`alert-${tone}`, `badge-${level}`, a tone map's `bg-success`) are kept by
// prefix below; print rules and element selectors of the page skeleton are kept too.
const unusedCss = purgeCss({
  content: [fromRoot('./web/index.html'), fromRoot('./web/src/**/*.{ts,tsx}')],
  safelist: {
    standard: ['html', 'body', 'show', 'active', 'disabled', 'fade', 'collapse', 'collapsing'],
    greedy: [/^alert-/, /^badge-/, /^bg-/, /^text-/, /^btn-/, /^border-/, /^risk-/, /^is-/],
  },
  // @font-face and keyframes stay only where a kept rule names them.
  fontFace: true,
  keyframes: true,
  variables: false,
});

export default defineConfig(({ command }) => ({
  root: fromRoot('./web'),
  envDir: fromRoot('.'),
  publicDir: fromRoot('./web/public'),
  plugins: [react()],
  css: {
    postcss: { plugins: command === 'build' && !process.env.KEEP_ALL_CSS ? [unusedCss] : [] },
  },
  resolve: { alias },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  build: {
    outDir: fromRoot('./dist'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
}));
