import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..', '..');

/**
 * What the bundle leaves to `require`/`import` at run time. The packaged app ships exactly
 * package.json's `dependencies` (electron-builder copies their closure into app.asar), so those
 * stay external and every other package is bundled in. playwright-core is the one exception:
 * a dev dependency imported lazily by the headless-Chromium PDF path (CLI, browser kiosk),
 * which the Electron app never takes (it prints with its own printToPDF).
 */
export function runtimeExternals(): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return ['electron', 'playwright-core', ...Object.keys(pkg.dependencies)];
}

async function bundle(outDir: string, entry: string, fileName: string, format: 'es' | 'cjs', emptyOutDir: boolean) {
  const packages = runtimeExternals();
  const external = (id: string) => id.startsWith('node:') || packages.some((p) => id === p || id.startsWith(`${p}/`));
  await build({
    configFile: false, root, logLevel: 'warn',
    // Bundle every other dependency (the sandboxed preload cannot require any).
    ssr: { noExternal: true, external: packages },
    build: {
      outDir, emptyOutDir, target: 'node22', ssr: true, minify: false,
      rollupOptions: { input: join(root, entry), external, output: { format, entryFileNames: fileName } },
    },
  });
}

/** Builds main.js, the read worker (started by file, reads/read-workers.ts), preload.cjs and the migrations folder into `outDir`. */
export async function bundleElectron(outDir: string): Promise<void> {
  await bundle(outDir, 'electron/main.ts', 'main.js', 'es', true);
  await bundle(outDir, 'electron/reads/read-worker.ts', 'read-worker.js', 'es', false);
  await bundle(outDir, 'electron/preload.ts', 'preload.cjs', 'cjs', false);
  cpSync(join(root, 'electron', 'store', 'migrations'), join(outDir, 'migrations'), { recursive: true });
}
