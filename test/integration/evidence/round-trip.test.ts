import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyBundle } from '../../../electron/export/bundle/verify-bundle.ts';
import { mergeBundles } from '../../../electron/export/merge-bundles.ts';
import { verifyStoredChain } from '../../../electron/store/chain-check.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../support/temp-station.ts';

/**
 * The evidence a station hands over, built only by real station operations (never hand-made
 * payloads): what the station writes is what `verify` and `merge` accept.
 */
let t: TempStation;
const signIn = async (name: string, pin: string) => (await t.station.call('signIn', { name, pin })).token;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-01T02:00:00Z'));
  t = await tempStation();
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

describe('record → amend → purge → export → verify → merge', () => {
  it('a bundle holding a real purge and a real correction verifies and merges', { timeout: 90_000 }, async () => {
    const old = await t.station.call('recordScreening', localPersonScreening('赵一'), t.staff);
    await t.station.call('amendEvent', { targetId: old.id, reason: '姓名写错', payload: { ...localPersonScreening('赵壹'), overrideReason: '' } as never }, t.supervisor);

    vi.setSystemTime(new Date('2026-04-10T02:00:00Z'));
    const supervisor = await signIn('王芳', '246813');
    const staff = await signIn('李明', '1357');
    const kept = await t.station.call('recordScreening', localPersonScreening('钱二'), staff);
    expect(await t.station.call('purgeRecords', { olderThanDays: 30 }, supervisor)).toMatchObject({ purged: 2 });
    await t.station.call('amendEvent', { targetId: kept.id, reason: '电话写错', payload: { ...localPersonScreening('钱二'), overrideReason: '' } as never }, supervisor);
    expect(verifyStoredChain(t.station.core.db)).toBeNull();

    const usb = join(t.dir, 'usb');
    mkdirSync(usb);
    const exported = await t.station.call('exportReport', { from: '2026-04-10', format: 'bundle', folder: usb }, supervisor);
    expect(exported.files).toHaveLength(2);
    const bundle = join(usb, readdirSync(usb)[0]!);

    const check = await verifyBundle(bundle);
    if (!check.ok) throw new Error(check.problem);
    expect(check.events.map((e) => e.kind)).toEqual(['screening', 'purge', 'amendment']);
    expect(check.manifest.counts).toMatchObject({ events: 3, screenings: 1, amendments: 1, purges: 1 });

    const township = join(t.dir, 'township');
    mkdirSync(township);
    const merged = await mergeBundles([bundle], township, new Map([['GX-001', check.manifest.keyFingerprint]]));
    expect(merged).toMatchObject({ stations: 1, events: 3 });
  });

  it('a bundle holding a transfer hand-off and an acknowledged immediate report verifies and merges', { timeout: 90_000 }, async () => {
    const fever = localPersonScreening('孙三');
    const referral = await t.station.call('recordScreening', {
      ...fever, screening: { ...fever.screening, person: { ...(fever.screening as { person: object }).person, temperature: { celsius: 38.6, source: 'manual' } } } as never,
      verdict: { decision: 'refer', reasons: ['fever'] },
    }, t.staff);
    const [transfer] = await t.station.call('listTransfers', {}, t.staff);
    await t.station.call('departTransfer', { transferId: transfer!.id, escort: '村医 陈华', means: 'ambulance-120', institution: '县定点医院' }, t.staff);
    await t.station.call('closeTransfer', { transferId: transfer!.id, outcome: 'handed-over', receivedBy: '刘医生' }, t.staff);
    const incident = await t.station.call('reportIncident', { category: 'fever', sourceEventId: referral.id }, t.staff);
    await t.station.call('acknowledgeIncident', { incidentId: incident.id }, t.supervisor);

    const usb = join(t.dir, 'usb');
    mkdirSync(usb);
    await t.station.call('exportReport', { from: '2026-03-01', format: 'bundle', folder: usb }, t.supervisor);
    const bundle = join(usb, readdirSync(usb)[0]!);
    const check = await verifyBundle(bundle);
    if (!check.ok) throw new Error(check.problem);
    expect(check.events.map((e) => e.kind)).toEqual(['screening', 'transfer', 'transfer', 'transfer', 'incident', 'incident']);
    expect(check.manifest.counts).toMatchObject({ events: 6, screenings: 1, amendments: 0, purges: 0 });

    const township = join(t.dir, 'township');
    mkdirSync(township);
    const merged = await mergeBundles([bundle], township, new Map([['GX-001', check.manifest.keyFingerprint]]));
    expect(merged).toMatchObject({ stations: 1, events: 6 });
  });
});
