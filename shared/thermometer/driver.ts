import { createAsciiParser } from './ascii.ts';
import type { ThermometerConfig } from './config.ts';
import { createGyParser, GY_START_CONTINUOUS } from './gy-mcu90614.ts';
import { createModbusMaster } from './modbus.ts';
import type { ParseEvent, ParserCounters, Result } from './types.ts';

/**
 * One protocol as the service drives it: what to write on open, what to write on a poll
 * timer, how to read what comes back. The service stays protocol-agnostic.
 */
export interface ThermometerDriver {
  /** Written once after every (re)open. */
  openCommands: Uint8Array[];
  /** For polled protocols, how often the service should call `poll`; null for streaming ones. */
  pollIntervalMs: number | null;
  poll(nowMs: number): Uint8Array | null;
  push(chunk: Uint8Array): ParseEvent[];
  tick(nowMs: number): ParseEvent[];
  counters(): ParserCounters;
}

const none = (): ParseEvent[] => [];

export function createDriver(config: ThermometerConfig): Result<ThermometerDriver> {
  switch (config.protocol) {
    case 'gy-mcu90614':
    // The virtual device speaks the GY module's frames, so demos run the same decoder as the field.
    case 'virtual': {
      const parser = createGyParser();
      return { ok: true, value: { openCommands: [GY_START_CONTINUOUS], pollIntervalMs: null, poll: () => null, push: parser.push, tick: none, counters: parser.counters } };
    }
    case 'modbus': {
      const master = createModbusMaster(config.modbus);
      // Poll faster than the interval so timeouts are noticed promptly.
      const pollIntervalMs = Math.max(10, Math.min(config.modbus.intervalMs, config.modbus.timeoutMs) / 4);
      return { ok: true, value: { openCommands: [], pollIntervalMs, poll: master.poll, push: master.push, tick: master.tick, counters: master.counters } };
    }
    case 'ascii': {
      const parser = createAsciiParser({ ...config.ascii });
      if (!parser.ok) return parser;
      return { ok: true, value: { openCommands: [], pollIntervalMs: null, poll: () => null, push: parser.value.push, tick: none, counters: parser.value.counters } };
    }
  }
}
