/**
 * Stable capture: which reading a screening uses. A value counts only in the body range
 * (34.0–42.5 °C; outside it is ambient, nobody in front, or a misfire: re-measure). It is
 * captured when the last few values are steady (three in a row within 0.2 °C), or, for a
 * handheld gun that sends a short burst per trigger pull, as the peak of the burst once the
 * burst has gone quiet. A capture holds until the next measurement starts.
 */
export interface CaptureOptions {
  minCelsius: number;
  maxCelsius: number;
  steadyCount: number;
  steadyWithinCelsius: number;
  /** Silence after which a burst is over. */
  burstGapMs: number;
}

export const CAPTURE_DEFAULTS: CaptureOptions = {
  minCelsius: 34.0,
  maxCelsius: 42.5,
  steadyCount: 3,
  steadyWithinCelsius: 0.2,
  burstGapMs: 600,
};

export interface Capture {
  celsius: number;
  how: 'steady' | 'peak';
  atMs: number;
  /**
   * The reading the capture took its value from (the middle of a steady run, the top of a
   * burst), as the caller named it: what a record cites so the station can trace it.
   */
  ref?: string;
}

export type CaptureStatus =
  /** Nothing seen yet, or the last capture was taken. */
  | 'idle'
  /** In body range, not steady yet. */
  | 'measuring'
  /** The latest value is not a body temperature and nothing was captured: ask to re-measure. */
  | 'out-of-range'
  | 'captured';

export interface CaptureState {
  status: CaptureStatus;
  live: number | null;
  captured: Capture | null;
}

export interface StableCapture {
  push(celsius: number, atMs: number, ref?: string): CaptureState;
  /** Lets a quiet burst end without another value arriving. */
  tick(nowMs: number): CaptureState;
  /** Measure again: forget the capture and start over, even if the same person is still in front. */
  reset(): void;
  /**
   * The capture went into a record (or the form moved on to someone else): forget it, and take
   * no new one until the person in front steps away, so it can never be captured twice.
   */
  consume(): void;
  state(): CaptureState;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

interface Value { celsius: number; ref: string | undefined }

/** The middle reading of a run (the lower middle of an even run): a real reading, so it can be cited. */
function middle(values: Value[]): Value {
  const sorted = [...values].sort((a, b) => a.celsius - b.celsius);
  return sorted[(sorted.length - 1) >> 1]!;
}

function top(values: Value[]): Value {
  return values.reduce((best, v) => (v.celsius > best.celsius ? v : best));
}

export function createStableCapture(input: Partial<CaptureOptions> = {}): StableCapture {
  const o = { ...CAPTURE_DEFAULTS, ...input };
  let status: CaptureStatus = 'idle';
  let live: number | null = null;
  let captured: Capture | null = null;
  /** In-range values of the measurement under way; empty when none is. */
  let run: Value[] = [];
  /** False from a capture until the person steps away (out-of-range value, silence, a clearly different value). */
  let armed = true;
  let lastAtMs = -Infinity;

  const state = (): CaptureState => ({ status, live, captured });

  function tick(nowMs: number): CaptureState {
    if (nowMs - lastAtMs <= o.burstGapMs) return state();
    if (run.length > 0 && armed) {
      const peak = top(run);
      captured = { celsius: round2(peak.celsius), how: 'peak', atMs: lastAtMs, ref: peak.ref };
      status = 'captured';
    }
    run = [];
    armed = true;
    return state();
  }

  function push(celsius: number, atMs: number, ref?: string): CaptureState {
    if (!Number.isFinite(celsius) || !Number.isFinite(atMs)) return state();
    tick(atMs);
    lastAtMs = atMs;
    live = celsius;
    if (celsius < o.minCelsius || celsius > o.maxCelsius) {
      // Stepping away after a capture keeps the capture on show; otherwise ask to re-measure.
      run = [];
      status = captured ? 'captured' : 'out-of-range';
      armed = true;
      return state();
    }
    // A clearly different value while a capture is held is someone else (no gap between them).
    if (!armed && captured && Math.abs(celsius - captured.celsius) > 2 * o.steadyWithinCelsius) armed = true;
    if (!armed) return state();
    if (run.length === 0) captured = null;
    run.push({ celsius, ref });
    status = 'measuring';
    const tail = run.slice(-o.steadyCount);
    const values = tail.map((v) => v.celsius);
    if (tail.length === o.steadyCount && Math.max(...values) - Math.min(...values) <= o.steadyWithinCelsius + 1e-9) {
      const mid = middle(tail);
      captured = { celsius: round2(mid.celsius), how: 'steady', atMs, ref: mid.ref };
      status = 'captured';
      run = [];
      armed = false;
    }
    return state();
  }

  return {
    push,
    tick,
    reset() {
      captured = null;
      run = [];
      status = 'idle';
      armed = true;
    },
    // Unlike reset, leaves `armed` as it is: false since a steady capture, until the person steps away.
    consume() {
      captured = null;
      run = [];
      status = 'idle';
    },
    state,
  };
}
