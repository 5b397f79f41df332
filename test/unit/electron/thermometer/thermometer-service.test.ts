import { afterEach, describe, expect, it } from 'vitest';
import { openVirtualTransport } from '../../../../electron/thermometer/virtual-transport.ts';
import { harness } from '../../../support/thermometer-harness.ts';

let h: ReturnType<typeof harness> | null = null;
afterEach(async () => { await h?.service.disconnect(); h = null; });

describe('ThermometerService on the virtual thermometer', () => {
  it('goes connecting → connected → receiving and delivers readings with the offset applied', async () => {
    h = harness();
    await h.connect({ protocol: 'virtual', offsetCelsius: 0.3, virtual: { seed: 5 } });
    const [first] = await h.readingsAfter(3);
    expect(h.stateNames().slice(0, 3)).toEqual(['connecting', 'connected', 'receiving']);
    expect(first).toMatchObject({ offsetCelsius: 0.3, protocol: 'virtual' });
    expect(first!.ambientCelsius).toBeCloseTo(24, 0);
    // The virtual device only streams after the start command: the service sent it.
    expect(h.service.diagnostics().raw[0]).toMatchObject({ dir: 'tx', hex: 'A5 45 EA' });
    expect(h.service.diagnostics().counters.frames).toBeGreaterThanOrEqual(3);
  });

  it('applies the offset to the decoded value', async () => {
    h = harness();
    await h.connect({ protocol: 'virtual', offsetCelsius: -1.25, virtual: { seed: 9 } });
    await h.readingsAfter(2);
    const decoded = h.service.diagnostics().frames.filter((f) => f.kind === 'reading').map((f) => f.celsius);
    expect(h.readings[0]!.celsius).toBeCloseTo(decoded[0]! - 1.25, 5);
  });

  it('disconnects on request and stops delivering', async () => {
    h = harness();
    await h.connect({ protocol: 'virtual' });
    await h.readingsAfter(1);
    await h.service.disconnect();
    expect(h.service.status().state).toBe('disconnected');
    const count = h.readings.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(h.readings.length).toBe(count);
  });

  it('reports a config the driver refuses as an error without opening anything', async () => {
    h = harness();
    await h.connect({ protocol: 'ascii', path: '/nonexistent', ascii: { pattern: '(' } });
    expect(h.service.status()).toMatchObject({ state: 'error' });
    expect(h.service.status().detail).toMatch(/not a valid regular expression/);
    expect(h.service.diagnostics().raw).toEqual([]);
  });

  it('keeps retrying a port that cannot be opened, saying why', async () => {
    h = harness({ firstRetryMs: 20, maxRetryMs: 40 });
    await h.connect({ protocol: 'gy-mcu90614', path: '/nonexistent/tty' });
    await h.until(() => h!.stateNames().filter((s) => s === 'connecting').length >= 3, 'three attempts');
    const errors = h.states.filter((s) => s.state === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors[0]).toMatchObject({ detail: expect.stringMatching(/cannot open \/nonexistent\/tty/), problem: 'cannot-open' });
    expect(h.service.diagnostics().lastError?.message).toMatch(/cannot open/);
  });

  it('a port-less serial config is an error', async () => {
    h = harness();
    await h.connect({ protocol: 'modbus', path: '' });
    await h.until(() => h!.service.status().state === 'error', 'error');
    expect(h.service.status()).toMatchObject({ detail: 'no serial port chosen', problem: 'no-port' });
  });

  it('waits for the next reading for a connection test', async () => {
    h = harness();
    await h.connect({ protocol: 'virtual' });
    const reading = await h.service.nextReading(2000);
    expect(reading?.protocol).toBe('virtual');
  });
});

describe('ThermometerService start command', () => {
  it('repeats the start command until the device starts talking', async () => {
    // Fault injection: the first two writes are lost on the way, as to a device still booting.
    let writes = 0;
    h = harness({
      openTransport: async (config, events) => {
        const inner = await openVirtualTransport(config, events);
        return { write: (bytes) => { if (++writes > 2) inner.write(bytes); }, close: () => inner.close() };
      },
    });
    await h.connect({ protocol: 'virtual' });
    await h.readingsAfter(1, 3000);
    const sent = h.service.diagnostics().raw.filter((r) => r.dir === 'tx').map((r) => r.hex);
    expect(sent.slice(0, 3)).toEqual(['A5 45 EA', 'A5 45 EA', 'A5 45 EA']);
  });
});
