import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { lockMsAfter, MAX_PIN_ATTEMPTS } from '../store/pin-lock.ts';

interface LockState { failures: number; lockedUntil: number }

/**
 * Wrong recovery PINs, kept in a file beside the database (its own tables are what is damaged),
 * so restarting the station does not hand a PIN guesser a fresh set of attempts. A file that
 * cannot be read as a lock counts as attempts used up: the next wrong PIN locks.
 */
export class RecoveryLock {
  readonly #path: string;
  #state: LockState;

  constructor(dbPath: string) {
    this.#path = `${dbPath}.recovery-lock`;
    this.#state = this.#read();
  }

  #read(): LockState {
    let text: string;
    try { text = readFileSync(this.#path, 'utf8'); } catch { return { failures: 0, lockedUntil: 0 }; }
    try {
      const { failures, lockedUntil } = JSON.parse(text) as Partial<LockState>;
      if (Number.isInteger(failures) && failures! >= 0 && Number.isFinite(lockedUntil)) return { failures: failures!, lockedUntil: lockedUntil! };
    } catch { /* below */ }
    return { failures: MAX_PIN_ATTEMPTS - 1, lockedUntil: 0 };
  }

  /** When the lock ends, if it is on now. */
  lockedUntil(now = Date.now()): number | null {
    return now < this.#state.lockedUntil ? this.#state.lockedUntil : null;
  }

  failed(now = Date.now()): void {
    const failures = this.#state.failures + 1;
    const lockMs = lockMsAfter(failures);
    const lockedUntil = lockMs > 0 ? now + lockMs : 0;
    this.#state = { failures, lockedUntil };
    // Written whole and renamed into place, owner-only: a crash never leaves half a lock.
    writeFileSync(`${this.#path}.tmp`, JSON.stringify(this.#state), { mode: 0o600 });
    renameSync(`${this.#path}.tmp`, this.#path);
  }

  cleared(): void {
    this.#state = { failures: 0, lockedUntil: 0 };
    rmSync(this.#path, { force: true });
  }
}
