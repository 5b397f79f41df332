/**
 * Tells a keyboard-wedge barcode scanner from a person typing. Such scanners "type" the
 * payload as keystrokes a few milliseconds apart and end with Enter or Tab; people leave
 * 100 ms or more between keys. Pure: the caller feeds key names and timestamps (from
 * KeyboardEvent.key and event.timeStamp) and acts on the returned step.
 */

export interface BurstOptions {
  /** Longest gap between two keys of one scan. */
  maxGapMs?: number;
  /** Fewer characters than this before Enter/Tab is typing, not a scan. */
  minLength?: number;
  terminators?: readonly string[];
}

export interface KeyStroke {
  key: string;
  /** Milliseconds on any monotonic clock. */
  time: number;
}

export type BurstStep =
  /** The first character of what may become a scan: snapshot the focused field now. */
  | { type: 'start' }
  | { type: 'continue' }
  /** A terminator closing a fast burst: the whole burst was a scan. */
  | { type: 'scan'; text: string; startedAt: number }
  /** Ordinary typing (or a key that is no part of a scan). */
  | { type: 'none' };

/** Keys that scanners send around characters (Shift for capitals) and that never end a burst. */
const MODIFIERS = new Set(['Shift', 'CapsLock', 'Control', 'Alt', 'AltGraph', 'Meta']);

export function isModifierKey(key: string): boolean {
  return MODIFIERS.has(key);
}

export const DEFAULT_BURST = { maxGapMs: 50, minLength: 4, terminators: ['Enter', 'Tab'] } as const;

export class ScannerBurst {
  private readonly maxGapMs: number;
  private readonly minLength: number;
  private readonly terminators: readonly string[];
  private chars: string[] = [];
  private startedAt = 0;
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(options: BurstOptions = {}) {
    this.maxGapMs = options.maxGapMs ?? DEFAULT_BURST.maxGapMs;
    this.minLength = options.minLength ?? DEFAULT_BURST.minLength;
    this.terminators = options.terminators ?? DEFAULT_BURST.terminators;
  }

  push(stroke: KeyStroke): BurstStep {
    const { key, time } = stroke;
    if (isModifierKey(key)) return { type: 'none' };
    const fast = this.chars.length > 0 && time - this.lastAt >= 0 && time - this.lastAt <= this.maxGapMs;

    if (this.terminators.includes(key)) {
      const scan = fast && this.chars.length >= this.minLength
        ? { type: 'scan' as const, text: this.chars.join(''), startedAt: this.startedAt }
        : undefined;
      this.reset();
      return scan ?? { type: 'none' };
    }
    if ([...key].length !== 1) {
      this.reset(); // Backspace, arrows, F-keys: a person is editing
      return { type: 'none' };
    }
    this.lastAt = time;
    if (fast) {
      this.chars.push(key);
      return { type: 'continue' };
    }
    this.chars = [key];
    this.startedAt = time;
    return { type: 'start' };
  }

  reset(): void {
    this.chars = [];
    this.lastAt = Number.NEGATIVE_INFINITY;
  }
}
