import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { makeOwnerOnly } from '../store/private-files.ts';
import { exportErrorOf } from './export-error.ts';

/** A hidden temporary name beside the target, on the same file system so rename is atomic. */
function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Removes the temporaries of files whose names start with `prefix` that a writer left in `dir`
 * when it died mid-write (a worker thread stopped), so no half-written copy stays on the stick.
 */
export async function removeTemporaries(dir: string, prefix: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const left = names.filter((n) => n.startsWith(`.${prefix}`) && n.endsWith('.tmp'));
  await Promise.all(left.map((n) => rm(join(dir, n), { recursive: true, force: true }).catch(() => undefined)));
}

/** Flushes a file or folder to the device: a USB stick pulled after "done" keeps the file. */
async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function fsyncDir(dir: string): void {
  // Some file systems (FAT on Windows) cannot open a folder; the rename is durable enough there.
  try {
    const fd = openSync(dir, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch { /* best effort */ }
}

async function requireFolder(dir: string): Promise<void> {
  const info = await stat(dir);
  if (!info.isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR' });
}

/**
 * Writes a set of files into `dir` so each appears whole or not at all: every file is written
 * to a temporary name and flushed, and only when all are complete are they renamed into place.
 * On any failure the temporaries are removed, earlier files are left as they were, and the
 * error is an ExportError with a clear message.
 *
 * `write` receives the temporary path to write each file (or folder) to.
 */
export async function writeAtomically(dir: string, names: string[], write: (name: string, tempPath: string) => Promise<void>): Promise<string[]> {
  const temps = new Map<string, string>();
  try {
    await requireFolder(dir);
    for (const name of names) {
      const temp = tempPathFor(join(dir, name));
      temps.set(name, temp);
      await write(name, temp);
      makeOwnerOnly(temp, true); // records and full IDs: for this account (and the stick) only
      const info = await stat(temp);
      if (info.isDirectory()) fsyncDir(temp);
      else await fsyncPath(temp);
    }
    const finals: string[] = [];
    for (const [name, temp] of temps) {
      const target = join(dir, name);
      // A folder (a bundle) cannot be renamed over an old one: the old one goes first.
      if ((await stat(temp)).isDirectory()) await rm(target, { recursive: true, force: true });
      await rename(temp, target);
      finals.push(target);
    }
    fsyncDir(dir);
    return finals;
  } catch (err) {
    await Promise.all([...temps.values()].map((t) => rm(t, { recursive: true, force: true }).catch(() => undefined)));
    throw exportErrorOf(err, dir);
  }
}
