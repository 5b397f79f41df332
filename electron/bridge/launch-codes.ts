import { randomBytes } from 'node:crypto';
import { sameSecret } from './guard.ts';

/** Long enough for a slow kiosk PC to start its browser; short enough that a stale code is dead. */
export const LAUNCH_CODE_TTL_MS = 120_000;

/**
 * One-time codes for opening the UI from a command line (`chromium --app=URL`), where every
 * local account can read the URL in `ps`. The page trades its code once for the bridge token;
 * the code is then spent, and a code nobody used dies after LAUNCH_CODE_TTL_MS.
 */
export class LaunchCodes {
  readonly #live = new Map<string, number>();

  issue(now = Date.now()): string {
    const code = randomBytes(24).toString('base64url');
    this.#live.set(code, now + LAUNCH_CODE_TTL_MS);
    return code;
  }

  /** Whether `given` is a live code; either way a matching code is spent. */
  redeem(given: string, now = Date.now()): boolean {
    for (const [code, expires] of this.#live) {
      if (expires <= now) this.#live.delete(code);
      else if (sameSecret(given, code)) {
        this.#live.delete(code);
        return true;
      }
    }
    return false;
  }
}
