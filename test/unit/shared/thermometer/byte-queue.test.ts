import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteQueue } from '../../../../shared/thermometer/byte-queue.ts';

describe('ByteQueue', () => {
  it('behaves like a plain array FIFO under any mix of appends and consumes', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.uint8Array({ maxLength: 700 }), fc.nat({ max: 800 }))), (ops) => {
      const q = new ByteQueue();
      let model: number[] = [];
      for (const op of ops) {
        if (typeof op === 'number') {
          q.consume(op);
          model = model.slice(op);
        } else {
          q.append(op);
          model.push(...op);
        }
        expect(q.length).toBe(model.length);
        expect(Array.from(q.peek(q.length))).toEqual(model);
        if (model.length) expect(q.at(model.length - 1)).toBe(model.at(-1));
      }
    }));
  });
});
