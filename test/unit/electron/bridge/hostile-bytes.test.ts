import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../../electron/bridge/server.ts';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

let t: TempStation;
let bridge: Bridge;
beforeAll(async () => {
  t = await tempStation();
  bridge = await startBridge({ station: t.station, staticDir: t.dir });
});
afterAll(async () => { await bridge.close(); await t.close(); });

const send = (method: string, body: Uint8Array | string, session = t.staff) => fetch(`${bridge.origin}/api/${method}`, {
  method: 'POST', body: typeof body === 'string' ? body : new Uint8Array(body),
  headers: { 'content-type': 'application/json', authorization: `Bearer ${bridge.token}`, 'x-station-session': session },
});

describe('the web bridge, given raw hostile bytes', () => {
  it('answers any byte soup with a JSON error, never a crash or a 500', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom('recordScreening', 'signIn', 'listEvents', 'nope', '%ff%00'), fc.uint8Array({ maxLength: 512 }), async (method, bytes) => {
      const res = await send(method, bytes);
      expect(res.status).toBeLessThan(500);
      const body = await res.json();
      if (!res.ok) expect(body.error.code).toMatch(/^(bad-request|not-found|unauthenticated|forbidden)$/);
    }), { numRuns: 120 });
  });

  it('stores invalid UTF-8 inside a record as replacement characters, whole, with the chain intact', async () => {
    const json = JSON.stringify(localPersonScreening('NAME'));
    const [head, tail] = json.split('NAME') as [string, string];
    const body = Buffer.concat([Buffer.from(head), Buffer.from([0xe5, 0xbc, 0xa0, 0xff, 0xfe, 0xc0, 0x80]), Buffer.from(tail)]);
    const res = await send('recordScreening', body);
    expect(res.status).toBe(200);
    const event = await res.json();
    expect(event.payload.screening.person.name).toBe('张\ufffd\ufffd\ufffd\ufffd');
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
  });

  it('refuses a body over 1 MiB with 413 and keeps serving', async () => {
    const res = await send('recordScreening', JSON.stringify({ junk: 'x'.repeat(2 << 20) }));
    expect(res.status).toBe(413);
    expect((await send('status', '{}')).status).toBe(200);
  });
});
