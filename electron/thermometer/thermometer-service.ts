import { randomUUID } from 'node:crypto';
import type { DeviceStatus } from '../../shared/api/core.ts';
import type { ThermometerReading } from '../../shared/api/contract.ts';
import type { ThermometerDiagnostics } from '../../shared/api/thermometer.ts';
import type { ThermometerConfig } from '../../shared/thermometer/config.ts';
import { createDriver, type ThermometerDriver } from '../../shared/thermometer/driver.ts';
import { emptyCounters, type ParseEvent } from '../../shared/thermometer/types.ts';
import { DiagnosticsLog } from './diagnostics-log.ts';
import { createBatcher, type Batcher } from './reading-batcher.ts';
import { NextValue } from '../serial/next-value.ts';
import { ReconnectSupervisor, type RetryTiming } from '../serial/reconnect-supervisor.ts';
import { openSerialTransport } from './serial-transport.ts';
import type { OpenTransportFn } from './transport.ts';
import { openVirtualTransport } from './virtual-transport.ts';

export const THERMOMETER_DEVICE = 'thermometer';
const RESEND_OPEN_COMMANDS_MS = 300;

export interface ThermometerServiceOptions extends RetryTiming {
  onReadings(batch: ThermometerReading[]): void;
  onStatus(status: DeviceStatus): void;
  /** Every decoded frame or fault, for the CLI's diagnostics on stderr. */
  onFrame?(event: ParseEvent): void;
  /** Defaults: the virtual transport for `virtual`, a serial port otherwise. */
  openTransport?: OpenTransportFn;
  batchMs?: number;
  /** A streaming or polled device that sends no reading this long is treated as gone. */
  silenceMs?: number;
}

const defaultOpen: OpenTransportFn = (config, events) =>
  (config.protocol === 'virtual' ? openVirtualTransport : openSerialTransport)(config, events);

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * One thermometer: opens it through the shared reconnect supervisor (which keeps it open,
 * reconnecting with backoff when it disappears and comes back on the same path), decodes its
 * bytes, applies the calibration offset and hands readings on in batches. States:
 * disconnected → connecting → connected → receiving, and error (with the reason) between attempts.
 */
export class ThermometerService {
  readonly #o: Required<Omit<ThermometerServiceOptions, 'onFrame' | keyof RetryTiming>> & Pick<ThermometerServiceOptions, 'onFrame' | keyof RetryTiming>;
  readonly #log = new DiagnosticsLog();
  readonly #port: ReconnectSupervisor<ThermometerConfig>;
  #config: ThermometerConfig | null = null;
  #driver: ThermometerDriver | null = null;
  #batcher: Batcher<ThermometerReading> | null = null;
  #lastReadingAt = 0;
  readonly #nextReading = new NextValue<ThermometerReading>();
  /** Reading ids: unique for this process, so a capture names exactly one reading. */
  readonly #runId = randomUUID().slice(0, 8);
  #readingSeq = 0;

  constructor(options: ThermometerServiceOptions) {
    this.#o = { openTransport: defaultOpen, batchMs: 30, silenceMs: 2000, ...options };
    this.#port = new ReconnectSupervisor<ThermometerConfig>({
      device: THERMOMETER_DEVICE,
      open: this.#o.openTransport,
      // Identifiers and numbers only: the UI shows this line in either language.
      describe: (c) => (c.protocol === 'virtual' ? c.protocol : `${c.path} · ${c.protocol} · ${c.baudRate}`),
      problemOnOpen: (c) => (c.protocol !== 'virtual' && !c.path ? 'no-port' : undefined),
      onOpen: () => this.#startTalking(),
      onData: (chunk) => this.#onData(chunk),
      onStatus: this.#o.onStatus,
      onError: (reason) => this.#log.error(reason),
      firstRetryMs: this.#o.firstRetryMs,
      maxRetryMs: this.#o.maxRetryMs,
    });
  }

  status(): DeviceStatus {
    return this.#port.status();
  }

  /**
   * Starts (or restarts) with this config. Resolves after the first attempt to open the port;
   * later progress (readings, loss, reconnects) arrives as status changes.
   */
  async connect(config: ThermometerConfig): Promise<void> {
    await this.#port.start(config, () => {
      this.#batcher?.close();
      this.#batcher = null;
      this.#log.clear();
      const driver = createDriver(config);
      this.#config = config;
      if (!driver.ok) {
        this.#driver = null;
        this.#log.error(driver.error);
        this.#port.setState('error', driver.error, 'bad-settings');
        return false;
      }
      this.#driver = driver.value;
      this.#batcher = createBatcher(this.#o.batchMs, (batch) => this.#o.onReadings(batch));
      return true;
    });
  }

  async disconnect(): Promise<void> {
    await this.#port.stop();
    this.#batcher?.close();
    this.#batcher = null;
  }

  /** The next reading, or null after `timeoutMs`. */
  nextReading(timeoutMs: number): Promise<ThermometerReading | null> {
    return this.#nextReading.wait(timeoutMs);
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

  /** The port is open: send the start commands, poll, and watch for silence. */
  #startTalking(): () => void {
    const driver = this.#driver!;
    const timers: NodeJS.Timeout[] = [];
    this.#lastReadingAt = performance.now();
    for (const command of driver.openCommands) this.#write(command);
    if (driver.openCommands.length) {
      // A device still powering up after a replug misses the start command: repeat it until it talks.
      timers.push(setInterval(() => {
        if (this.#port.status().state === 'connected') for (const command of driver.openCommands) this.#write(command);
      }, RESEND_OPEN_COMMANDS_MS));
    }
    if (driver.pollIntervalMs !== null) {
      timers.push(setInterval(() => {
        const now = performance.now();
        for (const e of driver.tick(now)) this.#onEvent(e);
        const request = driver.poll(now);
        if (request) this.#write(request);
      }, driver.pollIntervalMs));
    }
    // Line devices (handheld guns) are quiet between trigger pulls; only a streaming or polled
    // device that falls silent is treated as gone.
    if (this.#config!.protocol !== 'ascii') {
      timers.push(setInterval(() => {
        const quiet = performance.now() - this.#lastReadingAt;
        if (quiet > this.#o.silenceMs) this.#port.lose(`no readings for ${(quiet / 1000).toFixed(1)} s`, 'silent');
      }, Math.max(50, this.#o.silenceMs / 8)));
    }
    return () => { for (const t of timers) clearInterval(t); };
  }

  #write(bytes: Uint8Array): void {
    this.#log.traffic('tx', bytes);
    this.#port.write(bytes);
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
      id: `${this.#runId}-${++this.#readingSeq}`,
      celsius: round2(event.celsius + config.offsetCelsius),
      offsetCelsius: config.offsetCelsius,
      at: new Date().toISOString(),
      protocol: config.protocol,
      ...(event.ambientCelsius === undefined ? {} : { ambientCelsius: event.ambientCelsius }),
    };
    this.#lastReadingAt = performance.now();
    this.#port.resetBackoff();
    this.#port.setState('receiving');
    this.#batcher!.add(reading);
    this.#nextReading.offer(reading);
  }
}
