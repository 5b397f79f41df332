import type { DeviceState, DeviceStatus } from '../../shared/api/core.ts';
import type { ThermometerReading } from '../../shared/api/contract.ts';
import type { ThermometerDiagnostics } from '../../shared/api/thermometer.ts';
import type { ThermometerConfig } from '../../shared/thermometer/config.ts';
import { createDriver, type ThermometerDriver } from '../../shared/thermometer/driver.ts';
import { emptyCounters, type ParseEvent } from '../../shared/thermometer/types.ts';
import { DiagnosticsLog } from './diagnostics-log.ts';
import { createBatcher, type Batcher } from './reading-batcher.ts';
import { openSerialTransport } from './serial-transport.ts';
import type { OpenTransport, OpenTransportFn } from './transport.ts';
import { openVirtualTransport } from './virtual-transport.ts';

export const THERMOMETER_DEVICE = 'thermometer';
const RESEND_OPEN_COMMANDS_MS = 300;

export interface ThermometerServiceOptions {
  onReadings(batch: ThermometerReading[]): void;
  onStatus(status: DeviceStatus): void;
  /** Every decoded frame or fault, for the CLI's diagnostics on stderr. */
  onFrame?(event: ParseEvent): void;
  /** Defaults: the virtual transport for `virtual`, a serial port otherwise. */
  openTransport?: OpenTransportFn;
  batchMs?: number;
  /** A streaming or polled device that sends no reading this long is treated as gone. */
  silenceMs?: number;
  firstRetryMs?: number;
  maxRetryMs?: number;
}

const defaultOpen: OpenTransportFn = (config, events) =>
  (config.protocol === 'virtual' ? openVirtualTransport : openSerialTransport)(config, events);

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * One thermometer: opens it, keeps it open (reconnecting with backoff when it disappears and
 * comes back on the same path), decodes its bytes, applies the calibration offset and hands
 * readings on in batches. States: disconnected → connecting → connected → receiving, and
 * error (with the reason) between attempts.
 */
export class ThermometerService {
  readonly #o: Required<Omit<ThermometerServiceOptions, 'onFrame'>> & Pick<ThermometerServiceOptions, 'onFrame'>;
  readonly #log = new DiagnosticsLog();
  #status: DeviceStatus = { device: THERMOMETER_DEVICE, state: 'disconnected', detail: '', at: new Date().toISOString() };
  /** Bumped on every connect/disconnect so callbacks of an older session are ignored. */
  #session = 0;
  #config: ThermometerConfig | null = null;
  #driver: ThermometerDriver | null = null;
  #transport: OpenTransport | null = null;
  #batcher: Batcher<ThermometerReading> | null = null;
  #timers: NodeJS.Timeout[] = [];
  #retry: NodeJS.Timeout | null = null;
  #attempt = 0;
  #lastReadingAt = 0;
  #waiters = new Set<(r: ThermometerReading) => void>();

  constructor(options: ThermometerServiceOptions) {
    this.#o = { openTransport: defaultOpen, batchMs: 30, silenceMs: 2000, firstRetryMs: 150, maxRetryMs: 1000, ...options };
  }

  status(): DeviceStatus {
    return { ...this.#status };
  }

  /**
   * Starts (or restarts) with this config. Resolves once the previous port is closed and the
   * first attempt is under way; progress arrives as status changes.
   */
  async connect(config: ThermometerConfig): Promise<void> {
    const session = ++this.#session;
    await this.#stop();
    if (session !== this.#session) return;
    const driver = createDriver(config);
    this.#config = config;
    this.#log.clear();
    if (!driver.ok) {
      this.#log.error(driver.error);
      this.#setState('error', driver.error);
      return;
    }
    this.#driver = driver.value;
    this.#batcher = createBatcher(this.#o.batchMs, (batch) => this.#o.onReadings(batch));
    this.#attempt = 0;
    void this.#open(session);
  }

  async disconnect(): Promise<void> {
    this.#session++;
    await this.#stop();
    this.#setState('disconnected', '');
  }

  /** The next reading, or null after `timeoutMs`. */
  nextReading(timeoutMs: number): Promise<ThermometerReading | null> {
    return new Promise((resolve) => {
      const done = (r: ThermometerReading | null) => {
        clearTimeout(timer);
        this.#waiters.delete(done);
        resolve(r);
      };
      const timer = setTimeout(() => done(null), timeoutMs);
      this.#waiters.add(done);
    });
  }

  diagnostics(): ThermometerDiagnostics {
    return {
      status: this.status(),
      counters: this.#driver?.counters() ?? emptyCounters(),
      raw: [...this.#log.raw],
      frames: [...this.#log.frames],
      lastError: this.#log.lastError,
    };
  }

  #describe(): string {
    const c = this.#config!;
    return c.protocol === 'virtual' ? 'virtual thermometer' : `${c.path} · ${c.protocol} · ${c.baudRate} baud`;
  }

  #setState(state: DeviceState, detail: string): void {
    if (state === this.#status.state && detail === this.#status.detail) return;
    this.#status = { device: THERMOMETER_DEVICE, state, detail, at: new Date().toISOString() };
    this.#o.onStatus(this.status());
  }

  async #open(session: number): Promise<void> {
    const config = this.#config!;
    this.#setState('connecting', this.#describe());
    let transport: OpenTransport;
    try {
      transport = await this.#o.openTransport(config, {
        data: (chunk) => { if (session === this.#session) this.#onData(chunk); },
        lost: (reason) => { if (session === this.#session) void this.#lose(session, reason); },
      });
    } catch (err) {
      if (session !== this.#session) return;
      this.#fail(session, err instanceof Error ? err.message : String(err));
      return;
    }
    if (session !== this.#session) {
      await transport.close();
      return;
    }
    this.#transport = transport;
    this.#lastReadingAt = performance.now();
    this.#setState('connected', this.#describe());
    for (const command of this.#driver!.openCommands) this.#write(command);
    this.#startTimers(session);
  }

  #startTimers(session: number): void {
    const driver = this.#driver!;
    if (driver.openCommands.length) {
      // A device still powering up after a replug misses the start command: repeat it until it talks.
      this.#timers.push(setInterval(() => {
        if (this.#status.state === 'connected') for (const command of driver.openCommands) this.#write(command);
      }, RESEND_OPEN_COMMANDS_MS));
    }
    if (driver.pollIntervalMs !== null) {
      this.#timers.push(setInterval(() => {
        const now = performance.now();
        for (const e of driver.tick(now)) this.#onEvent(e);
        const request = driver.poll(now);
        if (request) this.#write(request);
      }, driver.pollIntervalMs));
    }
    // Line devices (handheld guns) are quiet between trigger pulls; only a streaming or polled
    // device that falls silent is treated as gone.
    if (this.#config!.protocol !== 'ascii') {
      this.#timers.push(setInterval(() => {
        const quiet = performance.now() - this.#lastReadingAt;
        if (quiet > this.#o.silenceMs) void this.#lose(session, `no readings for ${(quiet / 1000).toFixed(1)} s`);
      }, Math.max(50, this.#o.silenceMs / 8)));
    }
  }

  #write(bytes: Uint8Array): void {
    this.#log.traffic('tx', bytes);
    this.#transport?.write(bytes);
  }

  #onData(chunk: Uint8Array): void {
    this.#log.traffic('rx', chunk);
    for (const event of this.#driver!.push(chunk)) this.#onEvent(event);
  }

  #onEvent(event: ParseEvent): void {
    this.#log.decoded(event);
    this.#o.onFrame?.(event);
    if (event.kind !== 'reading') return;
    const config = this.#config!;
    const reading: ThermometerReading = {
      celsius: round2(event.celsius + config.offsetCelsius),
      offsetCelsius: config.offsetCelsius,
      at: new Date().toISOString(),
      protocol: config.protocol,
      ...(event.ambientCelsius === undefined ? {} : { ambientCelsius: event.ambientCelsius }),
    };
    this.#lastReadingAt = performance.now();
    this.#attempt = 0;
    if (this.#status.state !== 'receiving') this.#setState('receiving', this.#describe());
    this.#batcher!.add(reading);
    for (const waiter of [...this.#waiters]) waiter(reading);
  }

  /** The device went away: close what is left, say why, and try again. */
  async #lose(session: number, reason: string): Promise<void> {
    if (session !== this.#session || !this.#transport) return;
    const transport = this.#transport;
    this.#transport = null;
    this.#clearTimers();
    await transport.close().catch(() => undefined);
    if (session === this.#session) this.#fail(session, reason);
  }

  #fail(session: number, reason: string): void {
    this.#log.error(reason);
    this.#setState('error', reason);
    const delay = Math.min(this.#o.maxRetryMs, this.#o.firstRetryMs * 2 ** this.#attempt);
    this.#attempt++;
    this.#retry = setTimeout(() => { if (session === this.#session) void this.#open(session); }, delay);
  }

  #clearTimers(): void {
    for (const t of this.#timers) clearInterval(t);
    this.#timers = [];
  }

  async #stop(): Promise<void> {
    this.#clearTimers();
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = null;
    this.#batcher?.close();
    this.#batcher = null;
    const transport = this.#transport;
    this.#transport = null;
    await transport?.close().catch(() => undefined);
  }
}
