import type { DeviceProblem, DeviceState, DeviceStatus } from '../../shared/api/core.ts';
import type { OpenTransport, TransportEvents } from '../thermometer/transport.ts';

/** The reconnect timing, the same for every device; tests shorten it. */
export interface RetryTiming {
  /** Wait before the first retry (150 ms); doubled on each failure in a row up to `maxRetryMs` (1 s). */
  firstRetryMs?: number;
  maxRetryMs?: number;
}

/** What a device service gives the supervisor: how to open its port and what to do with it. */
export interface SupervisedDevice<C> extends RetryTiming {
  /** The name in `status().devices` (`thermometer`, `scanner`, `idcard`). */
  device: string;
  open(config: C, events: TransportEvents): Promise<OpenTransport>;
  /** The status detail while connecting or connected (`/dev/ttyUSB0 · 115200 baud`). */
  describe(config: C): string;
  /** The port is open: start talking (commands, poll timers). Returns what stops it again. */
  onOpen(): () => void;
  onData(chunk: Uint8Array): void;
  onStatus(status: DeviceStatus): void;
  /** Every reason a port failed or went away, for the device's diagnostics log. */
  onError?(reason: string): void;
  /** Why opening failed, when the config alone tells (no port chosen); else `cannot-open`. */
  problemOnOpen?(config: C): DeviceProblem | undefined;
}

/**
 * The one reconnect policy for every serial device (thermometer, serial scanner, ID-card
 * reader): open, and when the port fails or goes away (unplugged, reset, fell silent) close
 * what is left, say why, and try again with backoff until told to stop. Each start bumps a
 * session so callbacks from an older port can never reach the new one.
 * States: disconnected → connecting → connected (→ receiving, set by the device) and error
 * (with the reason) between attempts.
 */
export class ReconnectSupervisor<C> {
  readonly #d: SupervisedDevice<C> & { firstRetryMs: number; maxRetryMs: number };
  #status: DeviceStatus;
  #session = 0;
  #config: C | null = null;
  #transport: OpenTransport | null = null;
  #stopTalking: (() => void) | null = null;
  #retry: NodeJS.Timeout | null = null;
  #attempt = 0;

  constructor(device: SupervisedDevice<C>) {
    this.#d = { ...device, firstRetryMs: device.firstRetryMs ?? 150, maxRetryMs: device.maxRetryMs ?? 1000 };
    this.#status = { device: device.device, state: 'disconnected', detail: '', at: new Date().toISOString() };
  }

  status(): DeviceStatus {
    return { ...this.#status };
  }

  /**
   * Closes the current port and opens one with `config`. `prepare` runs once the old port is
   * closed and before the new one opens (fresh parser, fresh log); returning false (a config
   * that cannot work) leaves the device off. Resolves after the first attempt: the status
   * then says connected, or error with the reason (and a retry is scheduled).
   */
  async start(config: C, prepare: () => boolean = () => true): Promise<void> {
    const session = ++this.#session;
    await this.#close();
    if (session !== this.#session || !prepare()) return;
    this.#config = config;
    this.#attempt = 0;
    await this.#open(session);
  }

  async stop(detail = '', problem?: DeviceProblem): Promise<void> {
    this.#session++;
    await this.#close();
    this.setState('disconnected', detail, problem);
  }

  /** The device went away or fell silent: close the port and try again. */
  lose(reason: string, problem: DeviceProblem = 'lost'): void {
    void this.#lose(this.#session, reason, problem);
  }

  /** Data flows again: the next failure starts the backoff from the beginning. */
  resetBackoff(): void {
    this.#attempt = 0;
  }

  write(bytes: Uint8Array): void {
    this.#transport?.write(bytes);
  }

  /** `problem`: why it is not working, as a code the UI translates (`detail` stays technical). */
  setState(state: DeviceState, detail = this.#config ? this.#d.describe(this.#config) : '', problem?: DeviceProblem): void {
    if (state === this.#status.state && detail === this.#status.detail) return;
    this.#status = { device: this.#d.device, state, detail, ...(problem ? { problem } : {}), at: new Date().toISOString() };
    this.#d.onStatus(this.status());
  }

  async #open(session: number): Promise<void> {
    const config = this.#config!;
    this.setState('connecting');
    let transport: OpenTransport;
    try {
      transport = await this.#d.open(config, {
        data: (chunk) => { if (session === this.#session) this.#d.onData(chunk); },
        lost: (reason) => { void this.#lose(session, reason, 'lost'); },
      });
    } catch (err) {
      if (session === this.#session) this.#fail(session, err instanceof Error ? err.message : String(err), this.#d.problemOnOpen?.(config) ?? 'cannot-open');
      return;
    }
    if (session !== this.#session) {
      await transport.close();
      return;
    }
    this.#transport = transport;
    this.setState('connected');
    this.#stopTalking = this.#d.onOpen();
  }

  async #lose(session: number, reason: string, problem: DeviceProblem): Promise<void> {
    if (session !== this.#session || !this.#transport) return;
    await this.#closeTransport();
    if (session === this.#session) this.#fail(session, reason, problem);
  }

  #fail(session: number, reason: string, problem: DeviceProblem): void {
    this.#d.onError?.(reason);
    this.setState('error', reason, problem);
    const delay = Math.min(this.#d.maxRetryMs, this.#d.firstRetryMs * 2 ** this.#attempt);
    this.#attempt++;
    this.#retry = setTimeout(() => { if (session === this.#session) void this.#open(session); }, delay);
  }

  async #closeTransport(): Promise<void> {
    this.#stopTalking?.();
    this.#stopTalking = null;
    const transport = this.#transport;
    this.#transport = null;
    await transport?.close().catch(() => undefined);
  }

  async #close(): Promise<void> {
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = null;
    await this.#closeTransport();
  }
}
