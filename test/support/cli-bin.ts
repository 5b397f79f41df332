import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
/** The installed program: what `npm run station` and `checkpoint-station` start (built JavaScript, no tsx). */
export const CLI_BIN = join(REPO, 'electron', 'cli', 'bin.mjs');
