import type { ThermometerReading } from '../../shared/api/contract.ts';
import type { TemperatureRecord } from '../../shared/domain/screening.ts';
import { createStableCapture, type Capture, type CaptureState } from '../../shared/thermometer/stable-capture.ts';
import type { StationClient } from '../client/station-client.ts';

/** How often a quiet burst is checked for its end (the peak capture of a handheld gun). */
const TICK_MS = 150;
/** About 15 s of a 14 Hz module: longer than any run or burst a capture is taken from. */
const KEEP_READINGS = 200;

export interface FeedSnapshot {
  live: ThermometerReading | null;
  capture: CaptureState;
}

/**
 * The thermometer as the whole page sees it: one stable capture per station connection, not
 * one per form, so a form that is replaced (next person, another occupant) cannot be handed a
 * capture again. A capture is handed to one form once (`take`); `consume` ends it when its
 * person is done, and no new capture is taken until that person steps away.
 */
export class ThermometerFeed {
  readonly #client: StationClient;
  readonly #capture = createStableCapture();
  readonly #listeners = new Set<() => void>();
  #snapshot: FeedSnapshot = { live: null, capture: this.#capture.state() };
  /** Readings by time, to name the capture's reading (its `ref` is the reading id). */
  #readingsAt = new Map<string, ThermometerReading>();
  #taken: Capture | null = null;
  #stop: (() => void) | null = null;

  constructor(client: StationClient) {
    this.#client = client;
  }

  snapshot = (): FeedSnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    if (!this.#stop) this.#start();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) { this.#stop?.(); this.#stop = null; }
    };
  };

  /**
   * The current capture as a record's temperature, if no form has had it yet; from now on it
   * is that form's. Null when there is none or it was taken.
   */
  take(): TemperatureRecord | null {
    const captured = this.#snapshot.capture.captured;
    if (!captured || captured === this.#taken || captured.ref === undefined) return null;
    const reading = this.#readingsAt.get(captured.ref);
    if (!reading) return null;
    this.#taken = captured;
    return {
      celsius: captured.celsius, source: 'device', offsetCelsius: reading.offsetCelsius, protocol: reading.protocol,
      capture: { id: reading.id, at: reading.at, device: 'thermometer' },
    };
  }

  /** Its person is done (recorded, cleared, or the form moved on to someone else). */
  consume(): void {
    this.#capture.consume();
    this.#publish(this.#snapshot.live);
  }

  /** Measure again, the same person still in front. */
  remeasure(): void {
    this.#capture.reset();
    this.#publish(this.#snapshot.live);
  }

  #start(): void {
    const off = this.#client.on('thermometerReading', (batch) => {
      for (const r of batch) {
        this.#readingsAt.set(r.id, r);
        this.#capture.push(r.celsius, Date.parse(r.at), r.id);
      }
      this.#forgetOldReadings();
      this.#publish(batch.at(-1) ?? this.#snapshot.live);
    });
    const timer = setInterval(() => {
      const before = this.#snapshot.capture;
      const after = this.#capture.tick(Date.now());
      if (after.status !== before.status || after.captured !== before.captured) this.#publish(this.#snapshot.live);
    }, TICK_MS);
    this.#stop = () => { off(); clearInterval(timer); };
  }

  /** Keep the readings a capture could still name (a run or a burst), not the whole day's. */
  #forgetOldReadings(): void {
    const captured = this.#capture.state().captured?.ref;
    for (const id of this.#readingsAt.keys()) {
      if (this.#readingsAt.size <= KEEP_READINGS) break;
      if (id !== captured) this.#readingsAt.delete(id);
    }
  }

  #publish(live: ThermometerReading | null): void {
    this.#snapshot = { live, capture: this.#capture.state() };
    for (const l of this.#listeners) l();
  }
}

const feeds = new WeakMap<StationClient, ThermometerFeed>();

export function thermometerFeed(client: StationClient): ThermometerFeed {
  let feed = feeds.get(client);
  if (!feed) feeds.set(client, (feed = new ThermometerFeed(client)));
  return feed;
}
