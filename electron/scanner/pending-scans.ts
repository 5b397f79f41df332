import { randomUUID } from 'node:crypto';
import type { SerialScan } from '../../shared/api/scanner.ts';

/** A scan nobody took within this time belongs to nobody (the person has moved on). */
export const PENDING_SCAN_TTL_MS = 60_000;
const MAX_PENDING = 16;

/**
 * Serial-scanner reads waiting for a screen to take them. A scan is an ID number or a health
 * code, so it is not pushed: the push says only that one is here, and the signed-in screen
 * takes it by id, once. Old and surplus scans are dropped.
 */
export class PendingScans {
  readonly #scans = new Map<string, SerialScan & { expires: number }>();

  put(scan: SerialScan, now = Date.now()): string {
    this.#drop(now);
    const id = randomUUID();
    this.#scans.set(id, { ...scan, expires: now + PENDING_SCAN_TTL_MS });
    while (this.#scans.size > MAX_PENDING) this.#scans.delete(this.#scans.keys().next().value!);
    return id;
  }

  take(id: string, now = Date.now()): SerialScan | null {
    this.#drop(now);
    const scan = this.#scans.get(id);
    this.#scans.delete(id);
    return scan ? { text: scan.text, at: scan.at } : null;
  }

  #drop(now: number): void {
    for (const [id, scan] of this.#scans) if (scan.expires <= now) this.#scans.delete(id);
  }
}
