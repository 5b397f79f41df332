import { closeSync, constants, openSync, writeSync } from 'node:fs';

/**
 * Writes to one end of a pty pair the way a streaming device does: one open file descriptor
 * kept for the whole run (closing the last one would hang up the line), reopened after a replug.
 */
export class PtyWriter {
  #fd: number | null = null;

  constructor(readonly path: string) {}

  write(bytes: Uint8Array): boolean {
    try {
      // Never O_CREAT: while unplugged, the link is gone and must not become a plain file.
      this.#fd ??= openSync(this.path, constants.O_WRONLY | constants.O_NOCTTY);
      writeSync(this.#fd, bytes);
      return true;
    } catch {
      // The pair is unplugged: drop this write and open afresh next time.
      this.close();
      return false;
    }
  }

  close(): void {
    if (this.#fd !== null) {
      try { closeSync(this.#fd); } catch { /* already gone */ }
    }
    this.#fd = null;
  }
}
