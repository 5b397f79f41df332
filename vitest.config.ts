import { configDefaults, defineConfig } from 'vitest/config';

const INCLUDE = ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/integration/**/*.test.ts'];
/** The one file that swaps a module for a mock (`electron`): it gets a module registry of its own. */
const MOCKS_MODULES = ['test/unit/electron/main.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Child processes, not threads: real SQLite, ptys, child stations, process-wide signals.
    pool: 'forks',
    // Two files at a time even on 2 cores (vitest's default there is one): much of a file's
    // time is spent waiting on a child station, a pty device, a socket or Chromium, not on CPU.
    maxWorkers: 2,
    globalSetup: ['test/support/build-once.ts'],
    projects: [
      {
        // A worker process runs file after file without re-importing the station's modules
        // for each (that import was a quarter of the suite's CPU). Each file still makes its own
        // stations, folders and fake clocks and closes them in its after-hooks.
        extends: true,
        test: { name: 'shared-modules', include: INCLUDE, exclude: [...configDefaults.exclude, ...MOCKS_MODULES], isolate: false },
      },
      { extends: true, test: { name: 'own-modules', include: MOCKS_MODULES, isolate: true } },
    ],
  },
});
