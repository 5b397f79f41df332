import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Personal data and the station's secrets on disk are for the station's own account only:
 * folders 0700, files 0600. Another local account (a shared PC, a guest login, a service)
 * then cannot read the records, the PIN hashes or the signing key, even with a copy of the path.
 * On Windows, modes are not enforced; the per-user profile folder is the boundary there.
 */
export const OWNER_ONLY_DIR = 0o700;
export const OWNER_ONLY_FILE = 0o600;

/** The folders the station keeps beside its database. */
export const STATION_FOLDERS = ['backups', 'logs', 'exports'] as const;

/** File systems without Unix modes (a FAT USB stick) refuse chmod; there it cannot mean anything. */
const NO_MODES = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EROFS']);

/**
 * Makes `path` owner-only, and everything under it when it is a folder. Symbolic links are left
 * alone (chmod would follow them out of the folder). `bestEffort`: for exports, which may land
 * on a stick without modes.
 */
export function makeOwnerOnly(path: string, bestEffort = false): void {
  let info;
  try { info = lstatSync(path); } catch { return; }
  if (info.isSymbolicLink()) return;
  try {
    chmodSync(path, info.isDirectory() ? OWNER_ONLY_DIR : OWNER_ONLY_FILE);
  } catch (err) {
    if (!(bestEffort && NO_MODES.has((err as NodeJS.ErrnoException).code ?? ''))) throw err;
  }
  if (info.isDirectory()) for (const name of readdirSync(path)) makeOwnerOnly(join(path, name), bestEffort);
}

/** A folder that exists and is owner-only; made so if new. */
export function ownerOnlyFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: OWNER_ONLY_DIR });
  makeOwnerOnly(dir);
}

/**
 * The database file (and its WAL and shared-memory files, which SQLite creates with the mode
 * of the database file) owner-only; with `create`, a new database file is made so before
 * SQLite opens it.
 */
export function ownerOnlyDatabaseFiles(dbPath: string, create: boolean): void {
  if (create && !existsSync(dbPath)) closeSync(openSync(dbPath, 'a', OWNER_ONLY_FILE));
  for (const suffix of ['', '-wal', '-shm', '-journal']) makeOwnerOnly(dbPath + suffix);
}
