import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy/waitFor wait for what a screen shows, not a clock: on a loaded two-core machine a screen
// that imports its chunk and reads IndexedDB can take longer than the default second to appear.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  // Only tests in a DOM (the jsdom environment) render or keep anything.
  if (typeof document === 'undefined') return;
  cleanup();
  localStorage.clear();
});
