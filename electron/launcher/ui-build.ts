import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RENDERER_DIR } from '../station/paths.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * A fresh clone has no built UI. `npm start` and `serve` build it on their first run (once,
 * a few seconds) rather than starting a station whose page only says "not built". Where vite
 * is not installed (an install without dev dependencies) that is a clear error instead.
 */
export async function ensureUiBuilt(say: (line: string) => void, outDir = RENDERER_DIR): Promise<void> {
  if (existsSync(join(outDir, 'index.html'))) return;
  say('The user interface is not built yet: building it once (npm run build)…');
  let vite: typeof import('vite');
  try { vite = await import('vite'); } catch {
    throw new Error('the user interface is not built and cannot be built here (vite is not installed): run `npm install`, then `npm run build`');
  }
  await vite.build({ configFile: join(ROOT, 'vite.config.ts'), root: join(ROOT, 'renderer'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}
