// Bundles the Electron entry files (main as ESM, the sandboxed preload as one CommonJS file)
// and copies the store's migrations beside them. Run by `npm run build:electron`.
import { join } from 'node:path';
import { bundleElectron } from './electron-bundle.ts';

const outDir = join(import.meta.dirname, '..', '..', 'dist-electron');
await bundleElectron(outDir);
process.stdout.write(`built ${outDir}\n`);
