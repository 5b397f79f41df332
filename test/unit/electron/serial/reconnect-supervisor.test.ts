import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeviceStatus } from '../../../../shared/api/core.ts';
import { ReconnectSupervisor } from '../../../../electron/serial/reconnect-supervisor.ts';
import type { OpenTransport, TransportEvents } from '../../../../electron/thermometer/transport.ts';

/** A device whose port opens or fails as told, recording what the supervisor does with it. */
function rig(results: ('ok' | 'fail')[]) {
  const states: DeviceStatus[] = [];
  const opens: number[] = [];
  const links: TransportEvents[] = [];
  const data: number[] = [];
  let talking = 0;
  let closed = 0;
  const sup = new ReconnectSupervisor<string>({
    device: 'test',
    async open(path, events) {
      opens.push(opens.length);
      if ((results.shift() ?? 'ok') === 'fail') throw new Error(`cannot open ${path}`);
      links.push(events);
      const t: OpenTransport = { write: () => undefined, close: async () => { closed++; } };
      return t;
    },
    describe: (p) => p,
    onOpen: () => { talking++; return () => { talking--; }; },
    onData: (chunk) => data.push(...chunk),
    onStatus: (s) => states.push(s),
    firstRetryMs: 20,
    maxRetryMs: 80,
  });
  const until = async (check: () => boolean) => { while (!check()) await new Promise((res) => setTimeout(res, 2)); };
  return { sup, states, opens, links, data, until, talking: () => talking, closed: () => closed };
}

describe('the reconnect supervisor every serial device shares', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('retries a port that will not open after 20, 40, then 80 ms (capped), then connects and starts talking', async () => {
    vi.useFakeTimers();
    const r = rig(['fail', 'fail', 'fail', 'ok']);
    await r.sup.start('/dev/ttyX');
    expect(r.sup.status()).toMatchObject({ device: 'test', state: 'error', detail: 'cannot open /dev/ttyX' });
    for (const wait of [20, 40, 80]) {
      const opens = r.opens.length;
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(r.opens.length).toBe(opens);
      await vi.advanceTimersByTimeAsync(1);
      expect(r.opens.length).toBe(opens + 1);
    }
    expect(r.sup.status().state).toBe('connected');
    expect(r.talking()).toBe(1);
    expect(r.states.map((s) => s.state)).toEqual(['connecting', 'error', 'connecting', 'error', 'connecting', 'error', 'connecting', 'connected']);
  });

  it('starts the backoff over once the device talks again', async () => {
    vi.useFakeTimers();
    const r = rig(['fail', 'fail', 'ok', 'fail']);
    await r.sup.start('/dev/ttyX');
    await vi.advanceTimersByTimeAsync(20 + 40);
    expect(r.sup.status().state).toBe('connected');
    r.sup.resetBackoff();
    r.links[0]!.lost('gone');
    await vi.advanceTimersByTimeAsync(0);
    const opens = r.opens.length;
    await vi.advanceTimersByTimeAsync(20);
    expect(r.opens.length).toBe(opens + 1);
  });

  it('on loss stops talking, closes the port, says why and reopens', async () => {
    const r = rig(['ok', 'ok']);
    await r.sup.start('/dev/ttyX');
    r.links[0]!.lost('/dev/ttyX is gone');
    await r.until(() => r.sup.status().state === 'error');
    expect(r.sup.status().detail).toBe('/dev/ttyX is gone');
    expect(r.closed()).toBe(1);
    await r.until(() => r.sup.status().state === 'connected');
    expect(r.talking()).toBe(1);
  });

  it('ignores data and loss from a port it has already replaced', async () => {
    const r = rig(['ok', 'ok']);
    await r.sup.start('/dev/old');
    await r.sup.start('/dev/new');
    r.links[0]!.data(Uint8Array.of(1));
    r.links[0]!.lost('old port went away');
    r.links[1]!.data(Uint8Array.of(2));
    expect(r.data).toEqual([2]);
    expect(r.sup.status()).toMatchObject({ state: 'connected', detail: '/dev/new' });
  });

  it('stops for good when told, even with a retry pending', async () => {
    vi.useFakeTimers();
    const r = rig(['fail']);
    await r.sup.start('/dev/ttyX');
    await r.sup.stop();
    const opens = r.opens.length;
    await vi.advanceTimersByTimeAsync(1000);
    expect(r.opens.length).toBe(opens);
    expect(r.sup.status().state).toBe('disconnected');
  });

  it('leaves the device off when the config cannot work', async () => {
    const r = rig([]);
    await r.sup.start('/dev/ttyX', () => false);
    expect(r.opens).toEqual([]);
  });
});
