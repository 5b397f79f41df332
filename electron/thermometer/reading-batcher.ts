/**
 * Throttles readings to the UI: at most one message per interval (about 30 ms), never one per
 * frame. The first reading after a quiet spell goes out at once (after the current chunk's
 * other readings have joined it), so a 14 Hz stream reaches the screen without waiting.
 */
export interface Batcher<T> {
  add(item: T): void;
  /** Deliver what is pending now and stop. */
  close(): void;
}

export function createBatcher<T>(intervalMs: number, deliver: (batch: T[]) => void): Batcher<T> {
  let pending: T[] = [];
  let lastFlushAt = -Infinity;
  let timer: NodeJS.Timeout | NodeJS.Immediate | null = null;

  function flush(): void {
    timer = null;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    lastFlushAt = performance.now();
    deliver(batch);
  }

  return {
    add(item) {
      pending.push(item);
      if (timer) return;
      const wait = lastFlushAt + intervalMs - performance.now();
      timer = wait <= 0 ? setImmediate(flush) : setTimeout(flush, wait);
    },
    close() {
      if (timer) {
        clearTimeout(timer as NodeJS.Timeout);
        clearImmediate(timer as NodeJS.Immediate);
      }
      flush();
    },
  };
}
