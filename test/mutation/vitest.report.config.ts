import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Unit tests of the 日报 maths only, for Stryker (see shared/test-strength.md): small files
 * first so a killed mutant is found fast, forks rather than threads (serialport's poller).
 */
class SmallFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  plugins: [{ name: 'forks-pool', configureVitest({ project }: { project: { config: { pool: string } } }) { project.config.pool = 'forks'; } }],
  test: {
    include: ['test/unit/shared/report/**/*.test.ts'],
    sequence: { sequencer: SmallFirst },
  },
});
