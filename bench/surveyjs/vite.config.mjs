// Builds the SurveyJS fixture on its own (root = this folder) into bench/surveyjs/dist.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false }, // as in the app's config, so the two builds differ only in content
    chunkSizeWarningLimit: 2000, // SurveyJS is one big chunk; the warning is expected noise
  },
  logLevel: 'warn',
});
