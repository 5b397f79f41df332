import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NextValue } from '../../../../electron/serial/next-value.ts';

/** "Test the thermometer": the settings screen waits for the next reading, or gives up. */
describe('NextValue: waiting for a device\'s next value', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('answers everyone waiting with the next value offered, and only them', async () => {
    const next = new NextValue<number>();
    const first = next.wait(1000);
    const second = next.wait(1000);
    next.offer(36.6);
    expect(await Promise.all([first, second])).toEqual([36.6, 36.6]);
    const later = next.wait(1000);
    next.offer(36.8);
    expect(await later).toBe(36.8);
  });

  it('answers null after the timeout, and a value offered after that goes to no one', async () => {
    const next = new NextValue<number>();
    const waiting = next.wait(500);
    await vi.advanceTimersByTimeAsync(500);
    expect(await waiting).toBeNull();
    next.offer(37.0);
    expect(vi.getTimerCount()).toBe(0); // its timer was cleared, nothing left behind
  });

  it('clears the timer of a waiter that was answered', async () => {
    const next = new NextValue<number>();
    const waiting = next.wait(60_000);
    next.offer(36.5);
    await waiting;
    expect(vi.getTimerCount()).toBe(0);
  });
});
