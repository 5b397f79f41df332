import { describe, expect, it } from 'vitest';
import { ScannerBurst, type BurstStep } from '../../../../shared/decode/scanner-burst.ts';

/** Feeds keys `gapMs` apart from t = 1000 and returns every step. */
function feed(burst: ScannerBurst, keys: string[], gapMs: number, start = 1000): BurstStep[] {
  return keys.map((key, i) => burst.push({ key, time: start + i * gapMs }));
}
const scans = (steps: BurstStep[]) => steps.filter((s) => s.type === 'scan');

describe('ScannerBurst', () => {
  it('takes a fast burst ending in Enter as one scan', () => {
    const steps = feed(new ScannerBurst(), [...'450103198804120134', 'Enter'], 4);
    expect(steps[0]).toEqual({ type: 'start' });
    expect(steps[1]).toEqual({ type: 'continue' });
    expect(scans(steps)).toEqual([{ type: 'scan', text: '450103198804120134', startedAt: 1000 }]);
  });

  it('ends a burst on Tab too, and ignores Shift between capitals', () => {
    const steps = feed(new ScannerBurst(), ['Shift', 'A', 'Shift', 'B', '1', '2', 'Tab'], 3);
    expect(scans(steps)).toEqual([{ type: 'scan', text: 'AB12', startedAt: 1003 }]);
  });

  it('does not take human typing as a scan', () => {
    expect(scans(feed(new ScannerBurst(), [...'zhangsan', 'Enter'], 120))).toEqual([]);
  });

  it('does not take a short fast run (a quick word, a key repeat) as a scan', () => {
    expect(scans(feed(new ScannerBurst(), ['o', 'k', 'Enter'], 10))).toEqual([]);
  });

  it('starts over when a slow key interrupts a burst', () => {
    const burst = new ScannerBurst();
    feed(burst, [...'4501'], 5, 1000);
    expect(burst.push({ key: '0', time: 1300 })).toEqual({ type: 'start' });
    expect(burst.push({ key: 'Enter', time: 1305 })).toEqual({ type: 'none' });
  });

  it('drops a burst when editing keys or a late Enter arrive', () => {
    expect(scans(feed(new ScannerBurst(), ['1', '2', '3', 'Backspace', '4', '5', 'Enter'], 5))).toEqual([]);
    const burst = new ScannerBurst();
    feed(burst, [...'123456'], 5);
    expect(burst.push({ key: 'Enter', time: 1200 })).toEqual({ type: 'none' });
  });

  it('follows its options', () => {
    const slowScanner = new ScannerBurst({ maxGapMs: 80, minLength: 2, terminators: ['Enter'] });
    expect(scans(feed(slowScanner, ['a', 'b', 'Enter'], 70))).toHaveLength(1);
    expect(scans(feed(new ScannerBurst({ terminators: ['Enter'] }), [...'abcdef', 'Tab'], 5))).toEqual([]);
  });

  it('treats a clock that goes backwards as a break, not as speed', () => {
    const burst = new ScannerBurst();
    feed(burst, [...'abcd'], 5, 1000);
    expect(burst.push({ key: 'e', time: 500 })).toEqual({ type: 'start' });
  });
});
