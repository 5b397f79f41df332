import type { DeviceStatus } from '../../shared/api/core.ts';

/**
 * Polls `check` until it gives something, for a device service under test; on time-out the
 * error lists the states the device went through, which is what tells why it never got there.
 */
export function deviceWaiter(states: DeviceStatus[], defaultTimeoutMs: number) {
  return async function until<T>(check: () => T | undefined | false, what: string, timeoutMs = defaultTimeoutMs): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; states: ${states.map((s) => `${s.state}(${s.detail})`).join(' → ')}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
}
