import type { Decision } from '../../../shared/domain/screening.ts';

/**
 * Distinct sounds so the staff member knows the outcome without looking: one high tone to
 * pass, two low tones to turn away, three middle tones to refer. WebAudio: no sound files.
 */
const PATTERNS: Record<Decision, { hz: number; count: number }> = {
  allow: { hz: 1046, count: 1 },
  'turn-away': { hz: 330, count: 2 },
  refer: { hz: 660, count: 3 },
};
const TONE_S = 0.16;
const GAP_S = 0.09;

let context: AudioContext | null = null;

export function beep(decision: Decision): void {
  try {
    context ??= new AudioContext();
    const { hz, count } = PATTERNS[decision];
    const start = context.currentTime + 0.01;
    for (let i = 0; i < count; i++) {
      const at = start + i * (TONE_S + GAP_S);
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.frequency.value = hz;
      osc.type = 'square';
      gain.gain.setValueAtTime(0.2, at);
      gain.gain.exponentialRampToValueAtTime(0.001, at + TONE_S);
      osc.connect(gain).connect(context.destination);
      osc.start(at);
      osc.stop(at + TONE_S);
    }
  } catch {
    // No audio device (or autoplay refused): the full-screen colour still tells the outcome.
  }
}
