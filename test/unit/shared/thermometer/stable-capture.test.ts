import { describe, expect, it } from 'vitest';
import { createStableCapture } from '../../../../shared/thermometer/stable-capture.ts';

function pushAll(values: number[], stepMs = 70, startMs = 0) {
  const capture = createStableCapture();
  const states = values.map((v, i) => capture.push(v, startMs + i * stepMs));
  return { capture, states, last: states.at(-1)! };
}

describe('stable capture', () => {
  it('captures three steady in-range values', () => {
    const { states, last } = pushAll([25, 34.8, 36.4, 36.5, 36.6]);
    expect(states.map((s) => s.status)).toEqual(['out-of-range', 'measuring', 'measuring', 'measuring', 'captured']);
    expect(last.captured).toEqual({ celsius: 36.5, how: 'steady', atMs: 280 });
    expect(last.live).toBe(36.6);
  });

  it('does not capture values spread wider than 0.2 °C', () => {
    expect(pushAll([36.0, 36.5, 36.1, 36.6]).last.status).toBe('measuring');
  });

  it('asks to re-measure for values outside the body range', () => {
    expect(pushAll([33.9]).last.status).toBe('out-of-range');
    expect(pushAll([42.6, 42.6, 42.6]).last).toMatchObject({ status: 'out-of-range', captured: null });
  });

  it('accepts the range limits themselves', () => {
    expect(pushAll([34.0, 34.0, 34.0]).last.captured?.celsius).toBe(34);
    expect(pushAll([42.5, 42.5, 42.5]).last.captured?.celsius).toBe(42.5);
  });

  it('takes the peak of a burst that goes quiet before it is steady', () => {
    const { capture } = pushAll([36.2, 36.9, 36.5]);
    expect(capture.tick(140 + 600).status).toBe('measuring');
    const state = capture.tick(140 + 601);
    expect(state.captured).toEqual({ celsius: 36.9, how: 'peak', atMs: 140 });
  });

  it('holds a capture while the person stays and while they step away', () => {
    const { capture } = pushAll([36.5, 36.5, 36.5]);
    expect(capture.push(36.8, 210).captured?.celsius).toBe(36.5);
    expect(capture.push(24, 280)).toMatchObject({ status: 'captured', captured: { celsius: 36.5 } });
    expect(capture.push(24.1, 350).status).toBe('captured');
  });

  it('starts a new measurement for the next person', () => {
    const { capture } = pushAll([36.5, 36.5, 36.5, 24]);
    expect(capture.push(37.6, 300)).toMatchObject({ status: 'measuring', captured: null });
    capture.push(37.7, 370);
    expect(capture.push(37.6, 440).captured).toMatchObject({ celsius: 37.6, how: 'steady' });
  });

  it('a clearly different value starts a new measurement even without a gap', () => {
    const { capture } = pushAll([36.5, 36.5, 36.5]);
    expect(capture.push(36.8, 210).status).toBe('captured');
    expect(capture.push(38.1, 280)).toMatchObject({ status: 'measuring', captured: null });
    capture.push(38.1, 350);
    expect(capture.push(38.2, 420).captured).toMatchObject({ celsius: 38.1, how: 'steady' });
  });

  it('a gap after a capture also starts a new measurement', () => {
    const { capture } = pushAll([36.5, 36.5, 36.5]);
    expect(capture.push(38, 5000).status).toBe('measuring');
  });

  it('reset forgets the capture', () => {
    const { capture } = pushAll([36.5, 36.5, 36.5]);
    capture.reset();
    expect(capture.state()).toMatchObject({ status: 'idle', captured: null });
  });

  it('measures again after reset even while the same person stays in front', () => {
    const { capture } = pushAll([36.5, 36.5, 36.5]);
    capture.reset();
    capture.push(36.5, 280);
    capture.push(36.5, 350);
    expect(capture.push(36.5, 420)).toMatchObject({ status: 'captured', captured: { celsius: 36.5, atMs: 420 } });
  });

  it('after a capture is consumed, takes no new one from the same person, only after they step away', () => {
    const { capture } = pushAll([36.4, 36.4, 36.4]);
    capture.consume();
    for (let at = 280; at < 1000; at += 70) expect(capture.push(36.4, at)).toMatchObject({ captured: null });
    expect(capture.push(26.0, 1000)).toMatchObject({ status: 'out-of-range', captured: null });
    capture.push(36.9, 1070);
    capture.push(36.9, 1140);
    expect(capture.push(36.9, 1210).captured).toMatchObject({ celsius: 36.9 });
  });

  it('consuming mid-measurement drops the run: the values before belong to no one', () => {
    const capture = createStableCapture();
    capture.push(38.2, 0);
    capture.push(38.2, 70);
    capture.consume();
    expect(capture.push(38.2, 140)).toMatchObject({ status: 'measuring', captured: null });
  });

  it('names the reading it took the value from: the middle of a steady run, the top of a burst', () => {
    const capture = createStableCapture();
    capture.push(36.6, 0, 'a');
    capture.push(36.4, 70, 'b');
    expect(capture.push(36.5, 140, 'c').captured).toEqual({ celsius: 36.5, how: 'steady', atMs: 140, ref: 'c' });
    const gun = createStableCapture();
    gun.push(36.1, 0, 'x');
    gun.push(36.8, 100, 'y');
    gun.push(36.3, 200, 'z');
    expect(gun.tick(900).captured).toEqual({ celsius: 36.8, how: 'peak', atMs: 200, ref: 'y' });
  });

  it('an even steady run takes its lower middle reading, never an average no device sent', () => {
    const capture = createStableCapture({ steadyCount: 4 });
    [36.4, 36.6, 36.5, 36.45].forEach((c, i) => capture.push(c, i * 70, `r${i}`));
    expect(capture.state().captured).toMatchObject({ celsius: 36.45, ref: 'r3' });
  });

  it('ignores values that are not numbers', () => {
    const capture = createStableCapture();
    expect(capture.push(Number.NaN, 0)).toMatchObject({ status: 'idle', live: null });
  });
});
