import type { TemperatureRecord } from '../../shared/domain/screening.ts';

/** Why the station refuses a device temperature (codes, translated in the UI). */
export type ReadingProblem =
  /** A device temperature that names no reading: nothing ties it to a person. */
  | 'capture-missing'
  /** Not a reading this station issued, or one so old it was forgotten: measure again. */
  | 'capture-unknown'
  /** The temperature is not what the named reading said. */
  | 'capture-mismatch'
  /** Already in a record (or twice in this one): someone else's reading. */
  | 'capture-used'
  /** Taken before the last record that used a reading: the previous person's. */
  | 'capture-stale';

interface Issued { celsius: number; atMs: number; used: boolean }

export interface ReadingLedgerOptions {
  /** A capture held longer than this without being recorded is refused (measure again). */
  keepMs?: number;
  /** Upper bound on readings remembered (a 14 Hz module gives ~50,000 an hour). */
  maxReadings?: number;
}

/**
 * The readings this station's thermometer issued, so the station itself can tell whose a
 * device temperature is: one reading goes into one record, for one person, once; a reading
 * older than the last record that used one belonged to someone before. In memory only: after
 * a restart every earlier capture is unknown, which asks for a new measurement, never a wrong one.
 */
export class ReadingLedger {
  readonly #issued = new Map<string, Issued>();
  readonly #keepMs: number;
  readonly #max: number;
  /** When the last record using a device reading was made (ms); readings before it are stale. */
  #lastUseAtMs = Number.NEGATIVE_INFINITY;

  constructor(options: ReadingLedgerOptions = {}) {
    this.#keepMs = options.keepMs ?? 15 * 60_000;
    this.#max = options.maxReadings ?? 20_000;
  }

  issue(reading: { id: string; celsius: number; at: string }): void {
    this.#issued.set(reading.id, { celsius: reading.celsius, atMs: Date.parse(reading.at), used: false });
    // Map keeps insertion order: the oldest go first.
    for (const id of this.#issued.keys()) {
      if (this.#issued.size <= this.#max) break;
      this.#issued.delete(id);
    }
  }

  /**
   * The problem with each device temperature of one record, by its index in `temperatures`
   * (manual ones are never a problem here; the rules mark them as typed).
   */
  check(temperatures: readonly (TemperatureRecord | undefined)[], nowMs: number): Map<number, ReadingProblem> {
    this.#forget(nowMs);
    const problems = new Map<number, ReadingProblem>();
    const seen = new Set<string>();
    temperatures.forEach((t, i) => {
      if (t?.source !== 'device') return;
      const problem = this.#problem(t, seen);
      if (problem) problems.set(i, problem);
      if (t.capture) seen.add(t.capture.id);
    });
    return problems;
  }

  /** Marks the record's readings used; call in the same turn as the record is written. */
  consume(temperatures: readonly (TemperatureRecord | undefined)[], recordedAtMs: number): void {
    let any = false;
    for (const t of temperatures) {
      const issued = t?.source === 'device' && t.capture ? this.#issued.get(t.capture.id) : undefined;
      if (issued) { issued.used = true; any = true; }
    }
    if (any) this.#lastUseAtMs = Math.max(this.#lastUseAtMs, recordedAtMs);
  }

  #problem(t: TemperatureRecord, seen: Set<string>): ReadingProblem | null {
    if (!t.capture) return 'capture-missing';
    const issued = this.#issued.get(t.capture.id);
    if (!issued) return 'capture-unknown';
    if (Math.abs(issued.celsius - t.celsius) > 0.005) return 'capture-mismatch';
    if (issued.used || seen.has(t.capture.id)) return 'capture-used';
    if (issued.atMs < this.#lastUseAtMs) return 'capture-stale';
    return null;
  }

  #forget(nowMs: number): void {
    for (const [id, r] of this.#issued) {
      if (nowMs - r.atMs <= this.#keepMs) break;
      this.#issued.delete(id);
    }
  }
}
