import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../../shared/api/contract.ts';
import { localDateAndOffset } from '../../../../shared/domain/local-time.ts';
import { addDays } from '../../../../shared/isolation/period.ts';
import { loadReport } from '../../../../electron/export/report-source.ts';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import { purgeBefore } from '../../../../electron/store/retention.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

let t: TempStation;
let doctor: string;
const ID = '450203199001011233';
const today = () => localDateAndOffset(new Date(), 'Asia/Shanghai').localDate;

/** A returnee let in: the screening the village's register starts from. */
function returnee(arrivalDate: string): MethodInput<'recordScreening'> {
  const s = localPersonScreening('赵返乡');
  if (s.screening.kind !== 'person') throw new Error('person');
  s.screening.person = { ...s.screening.person, returnee: true, followUp: { address: '东村三组12号', arrivalDate, travel: '', symptoms: [], localContact: '赵父 13900002222' } };
  return s;
}

beforeEach(async () => {
  t = await tempStation();
  await t.station.call('addStaff', { name: '钱村医', pin: '2468', role: 'health-worker' }, t.supervisor);
  doctor = (await t.station.call('signIn', { name: '钱村医', pin: '2468' })).token;
});
afterEach(async () => { await t.close(); });

describe('the arrivals register and home-isolation follow-up', () => {
  it('puts a returnee let in on the register with the station\'s period, in the same chain', async () => {
    const screening = await t.station.call('recordScreening', returnee(addDays(today(), -1)), t.staff);
    const day = await t.station.call('followUpDay', {}, doctor);
    expect(day.rows).toHaveLength(1);
    expect(day.rows[0]).toMatchObject({ name: '赵返乡', address: '东村三组12号', phone: '13800001111', idNumberMasked: '4502**********1233', day: 2, state: 'active', householdContact: '赵父 13900002222', lastDay: addDays(today(), 12) });
    const kinds = (t.station.core.db.prepare('SELECT kind FROM events WHERE seq > ? ORDER BY seq').all(screening.seq - 1) as { kind: string }[]).map((r) => r.kind);
    expect(kinds).toEqual(['screening', 'arrival']);
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
  });

  it('does not register a returnee turned away, or someone not marked returnee', async () => {
    const away = returnee(today());
    away.verdict = { decision: 'turn-away' };
    away.overrideReason = '不让进';
    await t.station.call('recordScreening', away, t.staff);
    await t.station.call('recordScreening', localPersonScreening('本村人'), t.staff);
    expect((await t.station.call('followUpDay', {}, doctor)).rows).toEqual([]);
  });

  it('records follow-up readings; a fever writes an isolation-fever event naming the reading (the transfer hook)', async () => {
    await t.station.call('recordScreening', returnee(addDays(today(), -1)), t.staff);
    const [row] = (await t.station.call('followUpDay', {}, doctor)).rows;
    const yesterday = addDays(today(), -1);
    await t.station.call('recordIsolationReading', { arrivalId: row!.arrivalId, date: yesterday, slot: 'morning', celsius: 36.5 }, doctor);
    const hot = await t.station.call('recordIsolationReading', { arrivalId: row!.arrivalId, date: today(), slot: 'morning', celsius: 37.8 }, doctor);
    expect(hot.fever).toBe(true);
    const fever = t.station.core.db.prepare("SELECT payload FROM events WHERE kind = 'isolation-fever'").all() as { payload: string }[];
    expect(fever.map((f) => JSON.parse(f.payload))).toEqual([{ arrivalId: row!.arrivalId, readingId: hot.eventId, date: today(), slot: 'morning', celsius: 37.8, thresholdCelsius: 37.3 }]);
    // The fever opens its transfer hand-off, naming the person on the register.
    const [feverEvent] = t.station.core.db.prepare("SELECT id FROM events WHERE kind = 'isolation-fever'").all() as { id: string }[];
    const transfers = (t.station.core.db.prepare("SELECT payload FROM events WHERE kind = 'transfer'").all() as { payload: string }[]).map((r) => JSON.parse(r.payload));
    expect(transfers).toEqual([expect.objectContaining({ step: 'opened', source: { kind: 'isolation-fever', eventId: feverEvent!.id }, people: [{ name: '赵返乡', idNumber: ID }], reasons: ['isolation-fever'] })]);
    // Yesterday is past its cut-off: its missing afternoon is listed.
    const past = await t.station.call('followUpDay', { date: yesterday }, doctor);
    expect(past.pastCutOff).toBe(true);
    expect(past.notReported).toEqual([{ arrivalId: row!.arrivalId, name: '赵返乡', slots: ['afternoon'] }]);
    expect(past.rows[0]!.morning).toMatchObject({ celsius: 36.5, fever: false, late: true });
    const report = loadReport(t.station.core.db, { from: today(), to: today() }).report;
    expect(report.figures).toMatchObject({ arrivalsRegistered: 1, underIsolation: 1, isolationReleased: 0, isolationFevers: 1 });
    expect(report.zeroReport).toBe(false);
  });

  it('refuses a reading for a day outside the period or in the future', async () => {
    await t.station.call('recordScreening', returnee(today()), t.staff);
    const [row] = (await t.station.call('followUpDay', {}, doctor)).rows;
    for (const date of [addDays(today(), -1), addDays(today(), 1)]) {
      await expect(t.station.call('recordIsolationReading', { arrivalId: row!.arrivalId, date, slot: 'morning', celsius: 36.5 }, doctor))
        .rejects.toMatchObject({ reason: 'reading-date-outside-period' });
    }
  });

  it('releases early only with a reason, extends only with days and a reason, and counts the release in the 日报', async () => {
    await t.station.call('recordScreening', returnee(today()), t.staff);
    const [row] = (await t.station.call('followUpDay', {}, doctor)).rows;
    await expect(t.station.call('endIsolation', { arrivalId: row!.arrivalId, outcome: 'release' }, doctor)).rejects.toMatchObject({ reason: 'release-early-needs-reason' });
    await expect(t.station.call('endIsolation', { arrivalId: row!.arrivalId, outcome: 'extend', days: 7 }, doctor)).rejects.toMatchObject({ reason: 'extension-needs-days' });
    await t.station.call('endIsolation', { arrivalId: row!.arrivalId, outcome: 'extend', days: 7, reason: '同住人发热' }, doctor);
    expect((await t.station.call('followUpDay', {}, doctor)).rows[0]!.lastDay).toBe(addDays(today(), 20));
    await t.station.call('endIsolation', { arrivalId: row!.arrivalId, outcome: 'release', reason: '卫生院通知解除' }, doctor);
    await expect(t.station.call('endIsolation', { arrivalId: row!.arrivalId, outcome: 'release', reason: 'again' }, doctor)).rejects.toMatchObject({ reason: 'already-released' });
    const report = loadReport(t.station.core.db, { from: today(), to: today() }).report;
    expect(report.figures).toMatchObject({ arrivalsRegistered: 1, underIsolation: 0, isolationReleased: 1 });
  });

  it('flags a person under isolation going out: recorded only with a reason, which the record keeps', async () => {
    await t.station.call('recordScreening', returnee(today()), t.staff);
    expect(await t.station.call('isolationCheck', { idNumber: ID }, t.staff)).toEqual({ underIsolation: true, lastDay: addDays(today(), 13) });
    expect(await t.station.call('isolationCheck', { idNumber: '450203199001011241' }, t.staff)).toEqual({ underIsolation: false, lastDay: null });
    const out = localPersonScreening('赵返乡');
    out.screening.direction = 'out';
    await expect(t.station.call('recordScreening', out, t.staff)).rejects.toMatchObject({ reason: 'isolation-needs-reason' });
    const event = await t.station.call('recordScreening', { ...out, isolationReason: '去卫生院复查，村医陪同' }, t.staff);
    expect(event.kind === 'screening' && event.payload.isolation).toMatchObject({ reason: '去卫生院复查，村医陪同' });
  });

  it('lets a health worker reach the follow-up list and nothing at the barrier; staff cannot read the list', async () => {
    await expect(t.station.call('listEvents', {}, doctor)).rejects.toMatchObject({ code: 'forbidden', reason: 'role-not-allowed' });
    await expect(t.station.call('recordScreening', localPersonScreening(), doctor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.station.call('followUpDay', {}, t.staff)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await t.station.call('whoAmI', {}, doctor)).role).toBe('health-worker');
    expect((await t.station.call('followUpDay', {}, t.supervisor)).rows).toEqual([]);
  });

  it('leaves the register with the records of its days when the retention purge takes them (privacy)', async () => {
    await t.station.call('recordScreening', returnee(today()), t.staff);
    const [row] = (await t.station.call('followUpDay', {}, doctor)).rows;
    await t.station.call('recordIsolationReading', { arrivalId: row!.arrivalId, date: today(), slot: 'morning', celsius: 36.5 }, doctor);
    purgeBefore(t.station.core.db, addDays(today(), 1), 1, { stationCode: 'GX-001', timeZone: 'Asia/Shanghai', staff: { staffId: 1, name: '王芳', shiftId: null } });
    expect((await t.station.call('followUpDay', {}, doctor)).rows).toEqual([]);
    expect(t.station.core.db.prepare("SELECT COUNT(*) AS n FROM events WHERE kind != 'purge'").get()).toEqual({ n: 0 });
    expect(await t.station.call('isolationCheck', { idNumber: ID }, t.staff)).toEqual({ underIsolation: false, lastDay: null });
  });

  it('exports the health-centre report and the register as XLSX', async () => {
    await t.station.call('recordScreening', returnee(today()), t.staff);
    const folder = mkdtempSync(join(tmpdir(), 'iso-export-'));
    try {
      for (const sheet of ['health-centre', 'register'] as const) {
        const out = await t.station.call('exportIsolation', { sheet, format: 'xlsx', folder }, doctor);
        expect(out.files).toHaveLength(1);
        expect(out.files[0]!.path).toMatch(sheet === 'register' ? /返乡人员登记册\.xlsx$/ : /卫生院日报\.xlsx$/);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('assigns the responsible person (包村干部 or 村医), lets a supervisor change it, refuses the barrier staff, and prints it in the reports', async () => {
    await t.station.call('recordScreening', returnee(today()), t.staff);
    const [row] = (await t.station.call('followUpDay', {}, doctor)).rows;
    expect(row!.responsible).toBeNull();
    const arrivalId = row!.arrivalId;
    await t.station.call('assignResponsible', { arrivalId, name: '钱村医', role: 'village-doctor' }, doctor);
    expect((await t.station.call('followUpDay', {}, doctor)).rows[0]!.responsible).toEqual({ name: '钱村医', role: 'village-doctor' });
    await t.station.call('assignResponsible', { arrivalId, name: '孙干部', role: 'village-cadre' }, t.supervisor);
    expect((await t.station.call('followUpDay', {}, doctor)).rows[0]!.responsible).toEqual({ name: '孙干部', role: 'village-cadre' });
    await expect(t.station.call('assignResponsible', { arrivalId, name: '王芳', role: 'village-cadre' }, t.staff)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.station.call('assignResponsible', { arrivalId, name: ' ', role: 'village-cadre' }, doctor)).rejects.toMatchObject({ code: 'bad-request' });
    // Both assignments stay in the chain; the latest stands.
    const kinds = (t.station.core.db.prepare("SELECT payload FROM events WHERE kind = 'isolation-responsible' ORDER BY seq").all() as { payload: string }[]).map((r) => JSON.parse(r.payload).name);
    expect(kinds).toEqual(['钱村医', '孙干部']);
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
    const folder = mkdtempSync(join(tmpdir(), 'iso-responsible-'));
    try {
      for (const sheet of ['health-centre', 'register'] as const) {
        const out = await t.station.call('exportIsolation', { sheet, format: 'xlsx', folder }, doctor);
        const ws = (await new ExcelJS.Workbook().xlsx.readFile(out.files[0]!.path)).worksheets[0]!;
        const headers = (ws.getRow(1).values as unknown[]).map(String);
        const column = headers.indexOf('责任人');
        expect(column).toBeGreaterThan(0);
        expect(ws.getRow(2).getCell(column).value).toBe('孙干部（包村干部）');
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await t.station.call('endIsolation', { arrivalId, outcome: 'release', reason: '卫生院通知解除' }, doctor);
    await expect(t.station.call('assignResponsible', { arrivalId, name: '钱村医', role: 'village-doctor' }, doctor)).rejects.toMatchObject({ reason: 'already-released' });
  });
});
