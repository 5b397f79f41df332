// better-sqlite3 is a native module, built for one ABI at a time. node_modules keeps the Node
// build (tests, CLI, kiosk mode); the unpackaged desktop app loads a separate Electron build
// from .cache/electron-native, made here once per Electron version. (Packaging rebuilds it
// inside the package instead: electron-builder.yml, npmRebuild.)
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function electronSqliteBinding(root: string): string {
  const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  const cache = join(root, '.cache', 'electron-native');
  const binding = join(cache, 'better_sqlite3.node');
  const stamp = join(cache, `electron-${electronVersion}`);
  if (existsSync(binding) && existsSync(stamp)) return binding;

  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; needs Electron's headers from the network)…`);
  const work = join(cache, 'better-sqlite3');
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
  const gyp = spawnSync(process.execPath, [
    join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'), 'rebuild', '--release',
    `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers',
    // npm may point node-gyp at Node's own headers (npm_config_nodedir); Electron's are wanted.
  ], { cwd: work, stdio: 'inherit', env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.toLowerCase() !== 'npm_config_nodedir')) });
  if (gyp.status !== 0) throw new Error('could not build better-sqlite3 for Electron (see the messages above)');
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binding);
  cpSync(join(work, 'package.json'), stamp);
  return binding;
}
