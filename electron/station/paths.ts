import { join } from 'node:path';

/** Where the built UI lives (`npm run build`), relative to this source tree. */
export const RENDERER_DIR = join(import.meta.dirname, '..', '..', 'dist', 'renderer');
