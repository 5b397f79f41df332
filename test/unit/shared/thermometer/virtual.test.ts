import { describe, expect, it } from 'vitest';
import { createVirtualThermometer } from '../../../../shared/thermometer/virtual.ts';
import { createStableCapture } from '../../../../shared/thermometer/stable-capture.ts';

const run = (seed: number, n: number, feverRate = 0.1) => {
  const t = createVirtualThermometer({ seed, feverRate });
  return Array.from({ length: n }, () => t.next());
};

describe('virtual thermometer', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    expect(run(7, 200)).toEqual(run(7, 200));
    expect(run(7, 200)).not.toEqual(run(8, 200));
  });

  it('alternates ambient readings with people whose readings become steady captures', () => {
    const samples = run(3, 2000, 0);
    const capture = createStableCapture();
    const captured: number[] = [];
    samples.forEach((s, i) => {
      const state = capture.push(s.celsius, i * 70);
      if (state.status === 'captured' && state.captured!.atMs === i * 70) captured.push(state.captured!.celsius);
    });
    expect(samples.some((s) => s.celsius < 30)).toBe(true);
    expect(captured.length).toBeGreaterThan(20);
    for (const c of captured) expect(c).toBeGreaterThanOrEqual(36.0);
    for (const c of captured) expect(c).toBeLessThanOrEqual(37.2);
    for (const s of samples) expect(s.ambientCelsius).toBeCloseTo(24, 0);
  });

  it('now and then simulates a fever', () => {
    const fevers = run(11, 3000, 0.3).filter((s) => s.celsius >= 37.5);
    expect(fevers.length).toBeGreaterThan(0);
    expect(run(11, 3000, 0).filter((s) => s.celsius >= 37.3)).toEqual([]);
  });
});
