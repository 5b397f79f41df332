import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyStoredChain } from '../../../../../electron/store/chain-check.ts';
import { iterateEvents } from '../../../../../electron/store/event-log.ts';
import { feverReferral, localPersonScreening, tempStation, type TempStation } from '../../../../support/temp-station.ts';

let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

describe('fever transfer hand-off (staff at the barrier)', () => {
  it('every referral opens a transfer naming the person, in the same chain, listed until closed', async () => {
    const referral = await t.station.call('recordScreening', feverReferral(), t.staff);
    await t.station.call('recordScreening', localPersonScreening('放行者'), t.staff);
    const [open] = await t.station.call('listTransfers', {}, t.staff);
    expect(open).toMatchObject({ source: { kind: 'referral', eventId: referral.id }, state: 'open', people: [{ name: '发热者', idNumber: '4502**********1233' }] });
    expect(open!.reasons).toContain('fever');
    expect(await t.station.call('openMatters', {}, t.staff)).toEqual({ transfers: 1, incidents: 0 });
    const kinds = [...iterateEvents(t.station.core.db)].map((e) => e.kind);
    expect(kinds).toEqual(['screening', 'transfer', 'screening']);
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
  });

  it('records who escorts, how, where to and when; then who received the person; then it leaves the open count', async () => {
    await t.station.call('recordScreening', feverReferral(), t.staff);
    const [open] = await t.station.call('listTransfers', {}, t.staff);
    const departed = await t.station.call('departTransfer', { transferId: open!.id, escort: '村医 陈华', means: 'ambulance-120', institution: '县定点医院', leftAt: '00:00' }, t.staff);
    expect(departed).toMatchObject({ state: 'departed', escort: '村医 陈华', means: 'ambulance-120', institution: '县定点医院' });
    expect(Date.parse(departed.leftAt!)).toBeLessThanOrEqual(Date.now());
    const closed = await t.station.call('closeTransfer', { transferId: open!.id, outcome: 'handed-over', receivedBy: '急诊 刘医生' }, t.staff);
    expect(closed).toMatchObject({ state: 'handed-over', receivedBy: '急诊 刘医生' });
    expect(closed.handedOverAt).not.toBeNull();
    expect(await t.station.call('openMatters', {}, t.staff)).toEqual({ transfers: 0, incidents: 0 });
    // Closed today: still listed, as closed, for the staff who come on duty.
    expect((await t.station.call('listTransfers', {}, t.staff)).map((x) => x.state)).toEqual(['handed-over']);
  });

  it('the station refuses a step out of order: departing twice, or anything after closing', async () => {
    await t.station.call('recordScreening', feverReferral(), t.staff);
    const [open] = await t.station.call('listTransfers', {}, t.staff);
    const depart = { transferId: open!.id, escort: '甲', means: 'village-vehicle' as const, institution: '乡镇卫生院' };
    await t.station.call('departTransfer', depart, t.staff);
    await expect(t.station.call('departTransfer', depart, t.staff)).rejects.toMatchObject({ code: 'conflict', reason: 'transfer-step-refused' });
    await t.station.call('closeTransfer', { transferId: open!.id, outcome: 'cancelled', receivedBy: '家属自行送医' }, t.staff);
    await expect(t.station.call('closeTransfer', { transferId: open!.id, outcome: 'handed-over', receivedBy: 'x' }, t.staff)).rejects.toMatchObject({ reason: 'transfer-step-refused' });
    await expect(t.station.call('closeTransfer', { transferId: crypto.randomUUID(), outcome: 'handed-over', receivedBy: 'x' }, t.staff)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a source opens one transfer only, and only a real referral is a source', async () => {
    const referral = await t.station.call('recordScreening', feverReferral(), t.staff);
    const again = await t.station.call('openTransfer', { source: { kind: 'referral', eventId: referral.id } }, t.staff);
    expect((await t.station.call('listTransfers', {}, t.staff)).map((x) => x.id)).toEqual([again.id]);
    const allowed = await t.station.call('recordScreening', localPersonScreening(), t.staff);
    await expect(t.station.call('openTransfer', { source: { kind: 'referral', eventId: allowed.id } }, t.staff)).rejects.toMatchObject({ reason: 'transfer-source-not-found' });
  });

  it('a time typed for the departure is a past moment; a time that is not one is refused', async () => {
    await t.station.call('recordScreening', feverReferral(), t.staff);
    const [open] = await t.station.call('listTransfers', {}, t.staff);
    await expect(t.station.call('departTransfer', { transferId: open!.id, escort: '甲', means: 'other', institution: '卫生院', leftAt: '25:00' }, t.staff)).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('the list of institutions is a station setting only a supervisor changes', async () => {
    expect((await t.station.call('getTransferSettings', {}, t.staff)).institutions).toEqual(['乡镇卫生院', '县定点医院']);
    await expect(t.station.call('updateTransferSettings', { institutions: ['x'] }, t.staff)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await t.station.call('updateTransferSettings', { institutions: ['东村卫生室', '市传染病医院'] }, t.supervisor)).toEqual({ institutions: ['东村卫生室', '市传染病医院'] });
  });
});
