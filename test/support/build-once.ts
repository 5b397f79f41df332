import { ensureBuilt } from '../../electron/launcher/node-build.mjs';

/**
 * Vitest global setup: the tests that start the real program (bin.mjs, `serve` children) find
 * its built JavaScript current, instead of the first of them rebuilding it inside its own
 * time limit after a source was edited.
 */
export default async function buildOnce(): Promise<void> {
  await ensureBuilt((line) => process.stderr.write(`${line}\n`));
}
