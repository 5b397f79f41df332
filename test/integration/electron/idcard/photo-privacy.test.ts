import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { IdCardPresented } from '../../../../shared/api/idcard.ts';
import { openStation } from '../../../../electron/station/open-station.ts';
import type { Station } from '../../../../electron/station/station.ts';
import { startDevice } from '../../../support/devices/start-device.ts';
import { createPtyPair } from '../../../support/pty.ts';
import { STATION_SETTINGS_FOR_TESTS } from '../../../support/temp-station.ts';

/** Every file under `dir`, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

let cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

/**
 * An attacker with the station's files (database, WAL, logs, backups, every export kind) finds
 * no trace of the card's photo: the reader double fills the photo with a marker, which must
 * not appear anywhere, in any encoding the station might have used.
 */
it('the photo read from a card never reaches the database, the logs or an export', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'photo-'));
  const pty = await createPtyPair();
  const reader = await startDevice('idcard-reader', pty.device);
  const station: Station = await openStation({ dbPath: join(dir, 'station.db') });
  let closing: Promise<void> | null = null;
  const close = () => (closing ??= station.close());
  cleanups.push(async () => { rmSync(dir, { recursive: true, force: true }); }, () => pty.dispose(), () => reader.stop(), close);

  const supervisor = (await station.call('setup', { settings: STATION_SETTINGS_FOR_TESTS, supervisor: { name: '王芳', pin: '246813' } })).token;
  const presented = new Promise<IdCardPresented>((resolve) => station.bus.on('idCardPresented', resolve));
  await station.call('updateIdCardSettings', { path: pty.app, autoConnect: true }, supervisor);
  await reader.tell('lay 0');
  const { readId, at, cardType } = await presented;
  const { card } = await station.call('takeIdCard', { readId }, supervisor);
  await station.call('recordScreening', {
    screening: {
      kind: 'person', direction: 'in',
      person: {
        name: card.name, sex: 'male', idNumber: card.idNumber, address: card.address, phone: '13800001111', origin: '柳州', destination: '东村', reason: '回家',
        temperature: { celsius: 36.6, source: 'manual' }, healthCode: { colour: 'green' }, idCard: { source: 'card', readId, readAt: at, cardType },
      },
    },
    verdict: { decision: 'allow', reasons: [] },
  }, supervisor);
  const today = (await station.call('status', {})).today;
  mkdirSync(join(dir, 'usb'));
  for (const format of ['csv', 'xlsx', 'bundle'] as const) {
    await station.call('exportReport', { from: today, format, folder: join(dir, 'usb'), fullId: true }, supervisor);
  }
  await station.call('idCardDiagnostics', {}, supervisor);
  await close();

  const written = files(dir);
  expect(written.some((f) => f.includes('usb'))).toBe(true);
  expect(written.some((f) => f.includes('logs'))).toBe(true);
  const markers = [
    Buffer.from('FAKE-PHOTO'), Buffer.from('NOT-A-WLT'), Buffer.from('46 41 4B 45 2D'), Buffer.from('464b45', 'utf8'),
    Buffer.from(Buffer.from('FAKE-PHOTO:NOT-A-WLT-IMAGE;FAKE').toString('base64').slice(0, 16)),
  ];
  for (const file of written) {
    const bytes = readFileSync(file);
    for (const marker of markers) expect(bytes.includes(marker), `${file} holds ${marker.toString()}`).toBe(false);
  }
  // The record itself made it (the check above is not vacuous): the database holds the card's address.
  expect(written.filter((f) => f.includes('station.db')).some((f) => readFileSync(f).includes(Buffer.from('某某路1号')))).toBe(true);
});
