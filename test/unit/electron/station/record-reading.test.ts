import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScreeningPayload } from '../../../../shared/domain/event.ts';
import { auditEntries } from '../../../../electron/store/audit-log.ts';
import { appendEvent } from '../../../../electron/store/event-log.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

const ID = '450203199001011233';
const PHONE = '13800001111';
const DAY_MS = 86_400_000;

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  // Three earlier days of records, as a station in use for a while has, then two of today.
  for (let day = 3; day >= 1; day--) {
    for (let i = 0; i < 4; i++) {
      appendEvent(t.station.core.db, {
        kind: 'screening', payload: ScreeningPayload.parse(localPersonScreening(`旧${day}${i}`)), stationCode: 'GX-001',
        timeZone: 'Asia/Shanghai', staff: { staffId: 1, name: '王芳', shiftId: null }, at: new Date(Date.now() - day * DAY_MS),
      });
    }
  }
  for (const name of ['张三', '李四']) await t.station.call('recordScreening', { ...localPersonScreening(name) }, t.staff);
});
afterEach(async () => { await t.close(); });

const today = async () => (await t.station.call('status', {})).today;
const audits = (action: string) => auditEntries(t.station.core.db, 1000).filter((a) => a.action === action);

describe('reading the records: what a staff session can take away', () => {
  it('pages today only, masked, however it pages (an attacker with a staff PIN)', async () => {
    const seen: unknown[] = [];
    let beforeSeq: number | undefined;
    do {
      const page = await t.station.call('listEvents', { limit: 1, ...(beforeSeq ? { beforeSeq } : {}) }, t.staff);
      seen.push(...page.events);
      beforeSeq = page.nextBeforeSeq ?? undefined;
    } while (beforeSeq !== undefined);
    expect(seen).toHaveLength(2);
    expect(new Set(seen.map((e) => (e as { localDate: string }).localDate))).toEqual(new Set([await today()]));
    const text = JSON.stringify(seen);
    expect(text).not.toContain(ID);
    expect(text).not.toContain(PHONE);
    expect(text).toContain('4502**********1233');
  });

  it('is refused any other day', async () => {
    const yesterday = new Date(Date.parse(await today()) - DAY_MS).toISOString().slice(0, 10);
    await expect(t.station.call('listEvents', { date: yesterday }, t.staff)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it("reveals one of today's records in full, and the reveal is in the audit log", async () => {
    const [first] = (await t.station.call('listEvents', {}, t.staff)).events;
    const full = await t.station.call('revealEvent', { id: first!.id }, t.staff);
    expect(JSON.stringify(full.payload)).toContain(ID);
    expect(audits('event.reveal')).toMatchObject([{ staffId: 2, detail: { seq: first!.seq } }]);
  });

  it("cannot reveal an earlier day's record", async () => {
    const old = await t.station.call('listEvents', { limit: 500 }, t.supervisor);
    const earlier = old.events.find((e) => e.localDate !== old.events[0]!.localDate)!;
    await expect(t.station.call('revealEvent', { id: earlier.id }, t.staff)).rejects.toMatchObject({ code: 'forbidden' });
    expect(audits('event.reveal').filter((a) => a.staffId === 2)).toEqual([]);
  });
});

describe('reading the records: supervisors', () => {
  it('page every day, masked, and each page beyond today is written in the audit log', async () => {
    const page = await t.station.call('listEvents', { limit: 500, text: '旧' }, t.supervisor);
    expect(page.events).toHaveLength(12);
    expect(JSON.stringify(page)).not.toContain(ID);
    expect(audits('events.read')).toMatchObject([{ staffId: 1, detail: { date: 'all', count: 12, filtered: true } }]);
    expect(JSON.stringify(audits('events.read'))).not.toContain('旧'); // the search text itself is not kept
  });

  it("read today's log without an audit line per refresh", async () => {
    await t.station.call('listEvents', { date: await today() }, t.supervisor);
    expect(audits('events.read')).toEqual([]);
  });

  it("reveal any day's record, audited", async () => {
    const old = (await t.station.call('listEvents', { limit: 500 }, t.supervisor)).events.at(-1)!;
    const full = await t.station.call('revealEvent', { id: old.id }, t.supervisor);
    expect(JSON.stringify(full)).toContain(ID);
    expect(audits('event.reveal')).toMatchObject([{ staffId: 1, detail: { seq: old.seq } }]);
  });
});
