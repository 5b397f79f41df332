import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Refused because another station already has this database open. */
export class DatabaseInUseError extends Error {
  readonly code = 'database-in-use';
  constructor(readonly dbPath: string, readonly pid: number) {
    super(`another station (process ${pid}) already has this database open: ${dbPath}. Stop that station first, or use another --db`);
  }
}

export interface DatabaseLock { release(): void }

/** Lock files this process holds: a second open in the same process is refused like any other. */
const held = new Set<string>();

/** Whether a process with this id is running (EPERM: it is, under another account). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Two stations writing one database would interleave their chains and their day closes, so only
 * one may have it open: a lock file beside it holds the owner's process id. The file is written
 * whole under another name and then linked into place, so it is never seen half-written and of
 * two stations starting together only one links it. A lock left by a process that no longer
 * runs (killed, power cut) is taken over; an unreadable one is too, as nothing running could
 * have left it so. (Not guarded: two stations starting in the same instant over a stale lock.)
 */
export function lockDatabase(dbPath: string): DatabaseLock {
  const lockPath = `${resolve(dbPath)}.lock`;
  if (held.has(lockPath)) throw new DatabaseInUseError(dbPath, process.pid);
  const draft = `${lockPath}.${process.pid}`;
  writeFileSync(draft, `${process.pid}\n`, { mode: 0o600 });
  try {
    for (;;) {
      try {
        linkSync(draft, lockPath);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const owner = Number.parseInt(readLock(lockPath), 10);
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && running(owner)) throw new DatabaseInUseError(dbPath, owner);
      // Stale: its owner is gone.
      rmSync(lockPath, { force: true });
    }
  } finally {
    rmSync(draft, { force: true });
  }
  held.add(lockPath);
  return {
    release() {
      if (!held.delete(lockPath)) return;
      if (readLock(lockPath).trim() === String(process.pid)) rmSync(lockPath, { force: true });
    },
  };
}

function readLock(lockPath: string): string {
  try { return readFileSync(lockPath, 'utf8'); } catch { return ''; }
}
