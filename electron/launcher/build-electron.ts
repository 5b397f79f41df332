// Bundles the Electron entry files (main as ESM, the sandboxed preload as one CommonJS file)
// and copies the store's migrations beside them. Native and Electron modules stay external.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'dist-electron');
const external = ['electron', 'better-sqlite3', 'serialport', /^@serialport\//, 'exceljs', 'playwright-core', 'pino', 'pino-roll', /^node:/];

async function bundle(entry: string, fileName: string, format: 'es' | 'cjs', emptyOutDir: boolean) {
  await build({
    configFile: false, root, logLevel: 'warn',
    // Bundle every pure dependency (the sandboxed preload cannot require any); keep natives out.
    ssr: { noExternal: true, external: ['better-sqlite3', 'serialport', 'exceljs', 'playwright-core', 'pino', 'pino-roll'] },
    build: {
      outDir, emptyOutDir, target: 'node22', ssr: true, minify: false,
      rollupOptions: { input: join(root, entry), external, output: { format, entryFileNames: fileName } },
    },
  });
}

await bundle('electron/main.ts', 'main.js', 'es', true);
await bundle('electron/preload.ts', 'preload.cjs', 'cjs', false);
cpSync(join(root, 'electron', 'store', 'migrations'), join(outDir, 'migrations'), { recursive: true });
process.stdout.write(`built ${outDir}\n`);
