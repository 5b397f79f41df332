import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../../electron/bridge/server.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

let t: TempStation;
let bridge: Bridge;

beforeEach(async () => {
  t = await tempStation();
  const ui = join(t.dir, 'ui');
  mkdirSync(ui);
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>ui</title>');
  bridge = await startBridge({ station: t.station, staticDir: ui });
});
afterEach(async () => { await bridge.close(); await t.close(); });

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${bridge.origin}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
const auth = () => ({ authorization: `Bearer ${bridge.token}` });

describe('the web bridge', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers 401 without the launch token, or with a wrong one', async () => {
    expect((await post('/api/status', '{}')).status).toBe(401);
    expect((await post('/api/status', '{}', { authorization: 'Bearer nope' })).status).toBe(401);
    expect((await fetch(`${bridge.origin}/api/events`)).status).toBe(401);
  });

  it('answers 403 to a foreign Origin even with the token', async () => {
    const res = await post('/api/status', '{}', { ...auth(), origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('answers 400 with field-level messages to a malformed body, and stays up', async () => {
    const notJson = await post('/api/status', '{not json', auth());
    expect(notJson.status).toBe(400);
    const badFields = await post('/api/recordScreening', JSON.stringify({ screening: { kind: 'person' } }), { ...auth(), 'x-station-session': t.staff });
    expect(badFields.status).toBe(400);
    const body = await badFields.json() as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path)).toContain('screening.direction');
    const ok = await post('/api/recordScreening', JSON.stringify(localPersonScreening()), { ...auth(), 'x-station-session': t.staff });
    expect(ok.status).toBe(200);
  });

  it('refuses a staff session calling a supervisor method (403)', async () => {
    const res = await post('/api/updateSettings', JSON.stringify({ feverThresholdCelsius: 40 }), { ...auth(), 'x-station-session': t.staff });
    expect(res.status).toBe(403);
  });

  it('refuses oversized bodies and non-JSON content types', async () => {
    expect((await post('/api/status', 'x'.repeat(2 << 20), auth())).status).toBe(413);
    const res = await fetch(`${bridge.origin}/api/status`, { method: 'POST', body: '{}', headers: { ...auth(), 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
  });

  it('serves the UI with a strict CSP', async () => {
    const res = await fetch(`${bridge.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
  });

  /** Reads an event stream until `until` shows up in it, or until the stream ends. */
  async function readStream(res: Response, until?: string): Promise<string> {
    const reader = res.body!.getReader();
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return text;
      text += new TextDecoder().decode(value);
      if (until && text.includes(until)) { await reader.cancel(); return text; }
    }
  }
  const events = (session?: string) =>
    fetch(`${bridge.origin}/api/events?token=${bridge.token}${session ? `&session=${encodeURIComponent(session)}` : ''}`);

  it('streams a notice of each new record to a signed-in session, with no name, ID number or phone in it', async () => {
    const stream = readStream(await events(t.staff), 'event: eventRecorded');
    await t.station.call('recordScreening', localPersonScreening('张三'), t.staff);
    const text = await stream;
    const data = JSON.parse(/data: (.*)/.exec(text)![1]!) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(['decision', 'direction', 'id', 'kind', 'localDate', 'screeningKind', 'seq']);
    expect(data).toMatchObject({ seq: 1, kind: 'screening', screeningKind: 'person', decision: 'allow' });
    for (const personal of ['张三', '450203199001011233', '13800001111', '南宁', '李明']) expect(text).not.toContain(personal);
  });

  it('sends nothing to a client without a session, with a made-up one, or after sign-out (e.g. another local account with the token)', async () => {
    const signedOut = (await t.station.call('signIn', { name: '李明', pin: '1357' })).token;
    await t.station.call('signOut', {}, signedOut);
    const strangers = [events(), events('not-a-session'), events(signedOut)].map(async (r) => readStream(await r));
    const witness = readStream(await events(t.supervisor), 'event: eventRecorded');
    await t.station.call('recordScreening', localPersonScreening(), t.staff);
    await witness; // the event has gone out to every stream that gets it
    await bridge.close(); // ends the other streams, so they can be read to the end
    for (const text of await Promise.all(strangers)) {
      expect(text).toContain(': connected');
      expect(text).not.toContain('event:');
    }
  });
});
