import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  // Only tests in a DOM (the jsdom environment) render or keep anything.
  if (typeof document === 'undefined') return;
  cleanup();
  localStorage.clear();
});
