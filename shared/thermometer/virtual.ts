/**
 * A simulated thermometer for training and demos: ambient readings while nobody stands in
 * front, then a person's forehead settling onto a body temperature, now and then a fever.
 * Deterministic for a given seed so tests and demos repeat. It is chosen explicitly as the
 * `virtual` protocol and never stands in for a missing device.
 */
export interface VirtualOptions {
  seed: number;
  /** Share of simulated people with a fever (0–1). */
  feverRate: number;
  ambientCelsius: number;
}

export const VIRTUAL_DEFAULTS: VirtualOptions = { seed: 1, feverRate: 0.1, ambientCelsius: 24 };
/** The GY-MCU90614 module's output rate, which the virtual device imitates. */
export const VIRTUAL_FRAME_INTERVAL_MS = 70;

export interface VirtualSample {
  celsius: number;
  ambientCelsius: number;
}

/** mulberry32: tiny, fast, good enough for a simulation, and seedable. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function createVirtualThermometer(input: Partial<VirtualOptions> = {}): { next(): VirtualSample } {
  const o = { ...VIRTUAL_DEFAULTS, ...input };
  const random = seededRandom(o.seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  let phase: 'idle' | 'person' = 'idle';
  let left = Math.round(between(15, 40));
  let body = 36.5;
  let step = 0;

  function startPhase(): void {
    if (phase === 'idle') {
      phase = 'person';
      left = Math.round(between(14, 30));
      body = random() < o.feverRate ? between(37.5, 38.9) : between(36.1, 37.1);
      step = 0;
    } else {
      phase = 'idle';
      left = Math.round(between(15, 40));
    }
  }

  return {
    next() {
      if (left-- <= 0) startPhase();
      const ambient = round2(o.ambientCelsius + between(-0.1, 0.1));
      if (phase === 'idle') return { celsius: round2(ambient + between(0.5, 1.5)), ambientCelsius: ambient };
      // The forehead reading climbs from ambient to body over the first few frames.
      step++;
      const approach = Math.min(1, step / 3);
      const celsius = ambient + (body - ambient) * approach + between(-0.05, 0.05);
      return { celsius: round2(celsius), ambientCelsius: ambient };
    },
  };
}
