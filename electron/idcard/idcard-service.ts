import type { DeviceStatus } from '../../shared/api/core.ts';
import { VIRTUAL_READER_DETAIL, type IdCardDiagnostics, type IdCardReaderSettings } from '../../shared/api/idcard.ts';
import type { IdCard } from '../../shared/idcard/card.ts';
import { commandName } from '../../shared/idcard/commands.ts';
import { SamParser } from '../../shared/idcard/frame.ts';
import { CardReaderLoop, type ReaderLoopEvent, type ReaderLoopOptions } from '../../shared/idcard/reader-loop.ts';
import { describeStatus } from '../../shared/idcard/status.ts';
import { toHex } from '../../shared/thermometer/types.ts';
import { NextValue } from '../serial/next-value.ts';
import { ReconnectSupervisor, type RetryTiming } from '../serial/reconnect-supervisor.ts';
import { openSerialTransport } from '../thermometer/serial-transport.ts';
import type { OpenTransport, TransportEvents } from '../thermometer/transport.ts';
import { IdCardLog } from './idcard-log.ts';
import { VirtualCardReader } from './virtual-reader.ts';

export const IDCARD_DEVICE = 'idcard';
type Settings = Pick<IdCardReaderSettings, 'mode' | 'path' | 'baudRate'>;
type LogEntry = IdCardDiagnostics['log'][number];

export interface IdCardServiceOptions extends RetryTiming {
  /** One call per presentation of a card (a card left on the reader is not reported again). */
  onCard(card: IdCard): void;
  onStatus(status: DeviceStatus): void;
  /** Every log entry as it happens (the CLI prints them on stderr). */
  onLog?(entry: LogEntry): void;
  /** Defaults: the virtual reader for `virtual`, the serial port otherwise. */
  openTransport?: (settings: Settings, events: TransportEvents) => Promise<OpenTransport>;
  loop?: Partial<ReaderLoopOptions>;
  /** A reader that answers nothing this long is treated as gone, and reopened. */
  silenceMs?: number;
}

/** How often the loop's clock is checked for a due poll or a missing answer. */
const TICK_MS = 20;
/** Find every 200 ms (the commonest interval in real software, §7): a card waits at most that long to be noticed. */
const POLL_MS = 200;

/**
 * The ID-card reader: opens it through the shared reconnect supervisor, runs the SAM polling
 * loop (status, then find / select / read) and reports one card per presentation. States:
 * connecting → connected (port open) → receiving (security module answered OK), error between
 * attempts or while the module reports a fault.
 */
export class IdCardService {
  readonly #o: IdCardServiceOptions & { silenceMs: number };
  readonly #log = new IdCardLog();
  readonly #virtual = new VirtualCardReader();
  readonly #port: ReconnectSupervisor<Settings>;
  #settings: Settings | null = null;
  #parser = new SamParser();
  #loop: CardReaderLoop;
  #cards = 0;
  #lastAnswerAt = 0;
  readonly #nextSamStatus = new NextValue<{ ok: boolean; detail: string }>();

  constructor(options: IdCardServiceOptions) {
    this.#o = { silenceMs: 3000, ...options };
    this.#loop = this.#newLoop();
    const open = options.openTransport
      ?? ((s: Settings, events: TransportEvents) => (s.mode === 'virtual' ? this.#virtual.open(events) : openSerialTransport(s, events)));
    this.#port = new ReconnectSupervisor<Settings>({
      device: IDCARD_DEVICE,
      open,
      describe: (s) => (s.mode === 'virtual' ? VIRTUAL_READER_DETAIL : `${s.path} · ${s.baudRate} baud`),
      onOpen: () => this.#startTalking(),
      onData: (chunk) => this.#onData(chunk),
      onStatus: options.onStatus,
      onError: (reason) => this.#note('fault', reason),
      firstRetryMs: options.firstRetryMs,
      maxRetryMs: options.maxRetryMs,
    });
  }

  status(): DeviceStatus {
    return this.#port.status();
  }

  async connect(settings: Settings): Promise<void> {
    if (settings.mode === 'serial' && !settings.path) {
      await this.#port.stop('no serial port chosen', 'no-port');
      return;
    }
    await this.#port.start(settings, () => {
      this.#settings = settings;
      this.#log.clear();
      this.#cards = 0;
      this.#parser = new SamParser();
      this.#loop = this.#newLoop();
      return true;
    });
  }

  async disconnect(): Promise<void> {
    await this.#port.stop();
  }

  /** The security module's next status answer (asked at every open), or null after `timeoutMs`. */
  nextSamStatus(timeoutMs: number): Promise<{ ok: boolean; detail: string } | null> {
    return this.#nextSamStatus.wait(timeoutMs);
  }

  /** Training: a made-up card on the virtual reader. False when the reader is a real one. */
  presentTrainingCard(): boolean {
    if (this.#settings?.mode !== 'virtual') return false;
    this.#virtual.presentCard();
    return true;
  }

  diagnostics(): IdCardDiagnostics {
    return {
      status: this.status(),
      counters: { ...this.#parser.counters(), cards: this.#cards },
      log: [...this.#log.entries],
      lastError: this.#log.lastError,
    };
  }

  #newLoop(): CardReaderLoop {
    return new CardReaderLoop({ pollMs: POLL_MS, ...this.#o.loop });
  }

  #startTalking(): () => void {
    this.#loop.reset();
    this.#parser.reset();
    this.#lastAnswerAt = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      this.#apply(this.#loop.tick(now).events);
      const request = this.#loop.poll(now);
      if (request) this.#write(request);
      if (now - this.#lastAnswerAt > this.#o.silenceMs) this.#port.lose(`no answer for ${((now - this.#lastAnswerAt) / 1000).toFixed(1)} s`, 'silent');
    }, TICK_MS);
    return () => clearInterval(timer);
  }

  #write(bytes: Uint8Array): void {
    const name = commandName(bytes);
    // Finds every 200 ms would drown the log; the check panel shows the rest of the exchange.
    if (name !== 'findCard') this.#note('tx', `${name ?? 'request'} ${toHex(bytes)}`);
    this.#port.write(bytes);
  }

  #onData(chunk: Uint8Array): void {
    for (const e of this.#parser.push(chunk)) {
      if (e.kind === 'fault') {
        this.#note('fault', e.detail);
        continue;
      }
      this.#lastAnswerAt = performance.now();
      if (!(e.sw3 === 0x80 || e.sw3 === 0x9f)) this.#note('rx', `${describeStatus(e.sw1, e.sw2, e.sw3)} · ${e.size} bytes`);
      const step = this.#loop.answer(e, performance.now());
      this.#apply(step.events);
      if (step.send) this.#write(step.send);
    }
  }

  #apply(events: ReaderLoopEvent[]): void {
    for (const e of events) {
      if (e.kind === 'sam') {
        this.#port.resetBackoff();
        this.#port.setState(e.ok ? 'receiving' : 'error', e.ok ? undefined : `security module: ${e.detail}`);
        if (!e.ok) this.#note('fault', `security module: ${e.detail}`);
        this.#nextSamStatus.offer({ ok: e.ok, detail: e.detail });
      } else if (e.kind === 'card') {
        this.#cards++;
        this.#note('card', `card read: ${e.card.cardType}`);
        this.#o.onCard(e.card);
      } else if (e.kind === 'same-card') {
        this.#note('card', 'same card still on the reader: not read again');
      } else {
        this.#note('fault', `${e.command}: ${e.detail}`);
      }
    }
  }

  #note(kind: LogEntry['kind'], text: string): void {
    const entry = this.#log.add(kind, text);
    this.#o.onLog?.(entry);
  }
}
