import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One config for the app build and the unit tests. `base: './'` keeps the built app
// relocatable: it works from any static host path, or opened from disk by a preview server.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    reporters: ['default', './tests/support/summaryReporter.ts'],
    environment: 'node',
    // Two cores: more forks only fight over them.
    pool: 'forks',
    maxWorkers: 2,
    // Many tests start real processes (the CLI through tsx, Python, Chromium); on two busy
    // cores one such start can take seconds, and vitest's default 5 s would make them flaky.
    testTimeout: 20_000,
  },
});
