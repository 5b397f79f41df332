import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IdCardPresented } from '../../../../../shared/api/idcard.ts';
import { startDevice, type RunningDevice } from '../../../../support/devices/start-device.ts';
import { createPtyPair, type PtyPair } from '../../../../support/pty.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../../support/temp-station.ts';

/** Resolves with the next card presentation the station pushes. */
function nextCard(s: TempStation, timeoutMs = 8000): Promise<IdCardPresented> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { off(); reject(new Error('no card presented')); }, timeoutMs);
    const off = s.station.bus.on('idCardPresented', (p) => { clearTimeout(timer); off(); resolve(p); });
  });
}

describe('ID-card reader in the station (real pty reader double)', () => {
  let s: TempStation;
  let pty: PtyPair;
  let reader: RunningDevice;

  beforeEach(async () => {
    s = await tempStation();
    pty = await createPtyPair();
    reader = await startDevice('idcard-reader', pty.device);
  });
  afterEach(async () => {
    await s.close();
    await reader.stop();
    await pty.dispose();
  });

  async function connected() {
    await s.station.call('updateIdCardSettings', { path: pty.app, autoConnect: true }, s.supervisor);
    await reader.nextLine('sent samStatus');
  }

  it('announces a card without its content, and hands the content to one screen once', async () => {
    await connected();
    const presented = nextCard(s);
    await reader.tell('lay 0');
    const p = await presented;
    expect(Object.keys(p).sort()).toEqual(['at', 'cardType', 'readId']);
    expect(p.cardType).toBe('resident');
    const read = await s.station.call('takeIdCard', { readId: p.readId }, s.staff);
    expect(read.card).toMatchObject({ name: '张三', idNumber: '450202199007210018', address: '广西壮族自治区柳州市城中区某某路1号' });
    await expect(s.station.call('takeIdCard', { readId: p.readId }, s.staff)).rejects.toMatchObject({ code: 'not-found' });
    await expect(s.station.call('takeIdCard', { readId: p.readId }, null)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('records where the identity came from, and refuses card provenance that does not hold', async () => {
    await connected();
    const presented = nextCard(s);
    await reader.tell('lay 0');
    const { readId, at, cardType } = await presented;
    const base = localPersonScreening();
    const withCard = (idNumber: string, id = readId) => ({
      ...base,
      screening: { kind: 'person' as const, direction: 'in' as const, person: { ...base.screening.kind === 'person' ? base.screening.person : {}, name: '张三', sex: 'male' as const, idNumber, address: '广西壮族自治区柳州市城中区某某路1号', idCard: { source: 'card' as const, readId: id, readAt: at, cardType } } },
    });
    // Not taken by a screen yet: no screen showed this card.
    await expect(s.station.call('recordScreening', withCard('450202199007210018'), s.staff)).rejects.toMatchObject({ code: 'bad-request' });
    await s.station.call('takeIdCard', { readId }, s.staff);
    await expect(s.station.call('recordScreening', withCard('450203199001011233'), s.staff))
      .rejects.toMatchObject({ code: 'bad-request', issues: [{ path: 'screening.person.idCard', message: 'the ID number differs from the card' }] });
    await expect(s.station.call('recordScreening', withCard('450202199007210018', crypto.randomUUID()), s.staff)).rejects.toMatchObject({ code: 'bad-request' });
    const event = await s.station.call('recordScreening', withCard('450202199007210018'), s.staff);
    expect(event.payload).toMatchObject({ screening: { person: { address: '广西壮族自治区柳州市城中区某某路1号', idCard: { source: 'card', readId, cardType: 'resident' } } } });
    // The same read cannot vouch for a second record.
    await expect(s.station.call('recordScreening', withCard('450202199007210018'), s.staff))
      .rejects.toMatchObject({ issues: [{ message: 'already used for another person' }] });
  });

  it('tests a connection by the security module’s status, and leaves a failed trial off', async () => {
    expect(await s.station.call('testIdCardReader', { settings: { mode: 'serial', path: pty.app, baudRate: 115200, autoConnect: false } }, s.supervisor))
      .toEqual({ ok: true, detail: 'SW 00 00 90: ok' });
    const failed = await s.station.call('testIdCardReader', { settings: { mode: 'serial', path: `${pty.dir}/missing`, baudRate: 115200, autoConnect: false }, timeoutMs: 500 }, s.supervisor);
    expect(failed).toMatchObject({ ok: false, detail: expect.stringContaining('missing') });
    expect((await s.station.call('status', {})).devices.find((d) => d.device === 'idcard')?.state).toBe('disconnected');
    await expect(s.station.call('testIdCardReader', { settings: { mode: 'serial', path: pty.app, baudRate: 115200, autoConnect: false } }, s.staff))
      .rejects.toMatchObject({ code: 'forbidden' });
  });

  it('keeps settings as patches and refuses a baud rate no reader has', async () => {
    await s.station.call('updateIdCardSettings', { path: pty.app }, s.supervisor);
    expect(await s.station.call('updateIdCardSettings', { baudRate: 57600 }, s.supervisor)).toEqual({ mode: 'serial', path: pty.app, baudRate: 57600, autoConnect: false });
    await expect(s.station.call('updateIdCardSettings', { baudRate: 4800 }, s.supervisor)).rejects.toMatchObject({ code: 'bad-request' });
    await expect(s.station.call('updateIdCardSettings', { path: 'x' }, s.staff)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('the virtual reader lays training cards on request, and only the virtual one does', async () => {
    await expect(s.station.call('presentTrainingCard', {}, s.staff)).rejects.toMatchObject({ code: 'conflict' });
    await s.station.call('updateIdCardSettings', { mode: 'virtual', autoConnect: true }, s.supervisor);
    const presented = nextCard(s);
    await s.station.call('presentTrainingCard', {}, s.staff);
    const read = await s.station.call('takeIdCard', { readId: (await presented).readId }, s.staff);
    expect(read.card.name).toBe('张三');
    const diagnostics = await s.station.call('idCardDiagnostics', {}, s.staff);
    expect(diagnostics.status).toMatchObject({ device: 'idcard', state: 'receiving', detail: 'virtual reader' });
    expect(diagnostics.counters.cards).toBe(1);
  });
});
