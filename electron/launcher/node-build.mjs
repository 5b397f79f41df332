// The command line, `serve` and `npm start` run as JavaScript that esbuild bundled from the
// TypeScript sources into dist/node/, never through tsx (which spent ~2 s compiling on every
// run). npm's `prepare` step builds it on `npm install`; each run then checks the stamp the
// build left (size, mtime and SHA-256 of every source file that went into the bundle, and the
// migrations folder's listing) and rebuilds first when anything changed (an edit, a git
// checkout), so what runs is never older than the sources. Plain JavaScript: it must run
// before anything is compiled.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..', '..');
/**
 * Two folders below the root, like the sources it comes from (electron/cli/, electron/station/):
 * the modules that find the built UI and the repo through `import.meta.dirname/../..` find
 * them from here too.
 */
export const OUT_DIR = join(ROOT, 'dist', 'node');
const MIGRATIONS = join('electron', 'store', 'migrations');
// The read worker is an entry of its own: a worker thread starts it by file (reads/read-workers.ts).
const ENTRIES = { cli: 'electron/cli/main.ts', start: 'electron/launcher/start.ts', 'read-worker': 'electron/reads/read-worker.ts' };
const STAMP = 'stamp.json';
const LOCK = join(ROOT, 'dist', 'node.lock');
const STALE_LOCK_MS = 120_000;

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
const migrationFiles = () => readdirSync(join(ROOT, MIGRATIONS)).sort();

/** Why the build in dist/node is out of date, or null when it matches the sources. */
export function staleReason(outDir = OUT_DIR) {
  let stamp;
  try { stamp = JSON.parse(readFileSync(join(outDir, STAMP), 'utf8')); } catch { return 'not built yet'; }
  if (JSON.stringify(stamp.migrations) !== JSON.stringify(migrationFiles())) return 'the migrations changed';
  for (const [file, seen] of Object.entries(stamp.inputs)) {
    const path = join(ROOT, file);
    let st;
    try { st = statSync(path); } catch { return `${file} is gone`; }
    // Size and mtime are the quick look; only a file whose look changed is read and hashed.
    if (st.size === seen.size && st.mtimeMs === seen.mtimeMs) continue;
    if (sha256(path) !== seen.sha256) return `${file} changed`;
  }
  return null;
}

/** One builder at a time (tests start many CLIs at once); the others wait, then find it built. */
async function withLock(work) {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (;;) {
    try { mkdirSync(LOCK); break; } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      // A builder that died leaves its lock behind: old enough, it is taken over.
      try { if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true }); } catch { /* gone meanwhile */ }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try { return await work(); } finally { rmSync(LOCK, { recursive: true, force: true }); }
}

/** Bundles the entries (npm packages stay external) into a fresh folder, then swaps it in. */
export async function buildNode(outDir = OUT_DIR) {
  let esbuild;
  try { esbuild = await import('esbuild'); } catch {
    throw new Error('the station is not built and cannot be built here (esbuild is not installed): run `npm install`');
  }
  const next = `${outDir}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT, entryPoints: ENTRIES, outdir: next, bundle: true, splitting: true, format: 'esm',
    platform: 'node', target: 'node20', packages: 'external', metafile: true, logLevel: 'error',
    // Every chunk beside the entries: the same depth below the root for import.meta.dirname.
    chunkNames: '[name]-[hash]',
  });
  cpSync(join(ROOT, MIGRATIONS), join(next, 'migrations'), { recursive: true });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs).concat('electron/launcher/node-build.mjs')) {
    if (file.includes('node_modules')) continue;
    const st = statSync(join(ROOT, file));
    inputs[file] = { size: st.size, mtimeMs: st.mtimeMs, sha256: sha256(join(ROOT, file)) };
  }
  writeFileSync(join(next, STAMP), JSON.stringify({ migrations: migrationFiles(), inputs }, null, 1));
  rmSync(outDir, { recursive: true, force: true });
  renameSync(next, outDir);
}

/** Makes sure dist/node matches the sources, building it (once, under the lock) if not. */
export async function ensureBuilt(say = () => undefined) {
  if (staleReason() === null) return;
  await withLock(async () => {
    const reason = staleReason(); // another process may have built it while this one waited
    if (reason === null) return;
    say(`Building the station's JavaScript (${reason})…`);
    await buildNode();
  });
}

/** Loads one built entry (`cli` or `start`), building first when the sources changed. */
export async function loadBuilt(entry, say) {
  await ensureBuilt(say);
  return import(pathToFileURL(join(OUT_DIR, `${entry}.js`)).href);
}

// `node electron/launcher/node-build.mjs`: npm's prepare step, and `npm run build`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await ensureBuilt((line) => process.stdout.write(`${line}\n`));
  if (!existsSync(join(OUT_DIR, 'cli.js'))) process.exitCode = 1;
}
