import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/integration/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Each file in its own process (real SQLite, ptys, child stations, one mocked `electron`).
    pool: 'forks',
    // Two files at a time even on 2 cores (vitest's default there is one): much of a file's
    // time is spent waiting on a child station, a pty device, a socket or Chromium, not on CPU.
    maxWorkers: 2,
    globalSetup: ['test/support/build-once.ts'],
  },
});
