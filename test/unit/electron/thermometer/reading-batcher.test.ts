import { describe, expect, it } from 'vitest';
import { createBatcher } from '../../../../electron/thermometer/reading-batcher.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reading batcher', () => {
  it('sends a lone item without waiting for the interval, with the rest of its chunk', async () => {
    const batches: number[][] = [];
    const b = createBatcher<number>(1000, (batch) => batches.push(batch));
    b.add(1);
    b.add(2);
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([[1, 2]]);
    b.close();
  });

  it('holds items that come within the interval and sends them together', async () => {
    const batches: number[][] = [];
    const b = createBatcher<number>(60, (batch) => batches.push(batch));
    b.add(1);
    await new Promise((r) => setImmediate(r));
    for (let i = 2; i <= 5; i++) b.add(i);
    expect(batches).toEqual([[1]]);
    await tick(90);
    expect(batches).toEqual([[1], [2, 3, 4, 5]]);
  });

  it('close delivers what is pending', () => {
    const batches: number[][] = [];
    const b = createBatcher<number>(60, (batch) => batches.push(batch));
    b.add(7);
    b.close();
    expect(batches).toEqual([[7]]);
  });
});
