import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup:
// without this, each test would see the DOM left by the previous one.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
