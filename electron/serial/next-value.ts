/**
 * Callers waiting for a device's next value (a reading, the reader's module status), each
 * answered by the next `offer` or with null after its own timeout: how a device test asks
 * "did anything come?" without holding the device.
 */
export class NextValue<T> {
  readonly #waiters = new Set<(value: T | null) => void>();

  /** The next value offered, or null after `timeoutMs`. */
  wait(timeoutMs: number): Promise<T | null> {
    return new Promise((resolve) => {
      const done = (value: T | null) => {
        clearTimeout(timer);
        this.#waiters.delete(done);
        resolve(value);
      };
      const timer = setTimeout(() => done(null), timeoutMs);
      this.#waiters.add(done);
    });
  }

  /** Answers everyone waiting now. */
  offer(value: T): void {
    for (const waiter of [...this.#waiters]) waiter(value);
  }
}
