import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStation } from '../../../../../electron/station/station.ts';
import { tempStation, localPersonScreening, type TempStation } from '../../../../support/temp-station.ts';

let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

function redCode() {
  const s = localPersonScreening('红码者');
  return { ...s, screening: { ...s.screening, person: { ...(s.screening as { person: object }).person, healthCode: { colour: 'red' as const } } }, verdict: { decision: 'turn-away' as const, reasons: [] } };
}

describe('immediate reports (随时报告)', () => {
  it('one tap on a red-code result writes the facts from the record, counted until a supervisor acknowledges', async () => {
    const screening = await t.station.call('recordScreening', redCode(), t.staff);
    const incident = await t.station.call('reportIncident', { category: 'red-code', sourceEventId: screening.id }, t.staff);
    expect(incident.facts).toContain('红码者');
    expect(incident.facts).toContain('4502**********1233');
    expect(incident.facts).toContain('红码');
    expect(incident.reportedBy).toBe('李明');
    expect((await t.station.call('openMatters', {}, t.staff)).incidents).toBe(1);
    await expect(t.station.call('acknowledgeIncident', { incidentId: incident.id }, t.staff)).rejects.toMatchObject({ code: 'forbidden' });
    const seen = await t.station.call('acknowledgeIncident', { incidentId: incident.id, note: '已电话报告镇防控办' }, t.supervisor);
    expect(seen).toMatchObject({ acknowledgedBy: '王芳', note: '已电话报告镇防控办' });
    expect((await t.station.call('openMatters', {}, t.staff)).incidents).toBe(0);
    // Twice is once: the second acknowledgement changes nothing.
    expect(await t.station.call('acknowledgeIncident', { incidentId: incident.id, note: 'again' }, t.supervisor)).toMatchObject({ note: '已电话报告镇防控办' });
  });

  it('an incident without a record needs its facts in words', async () => {
    await expect(t.station.call('reportIncident', { category: 'refused-isolation' }, t.staff)).rejects.toMatchObject({ code: 'bad-request' });
    const typed = await t.station.call('reportIncident', { category: 'refused-isolation', facts: '3组李某拒绝居家隔离', occurredAt: '00:00' }, t.staff);
    expect(typed).toMatchObject({ category: 'refused-isolation', facts: '3组李某拒绝居家隔离', acknowledgedBy: null });
  });

  it('prints the sheet as a PDF in the station\'s exports folder', async () => {
    await t.stop();
    const rendered: string[] = [];
    const station = createStation({ dbPath: t.dbPath, renderPdf: async (html) => { rendered.push(html); return Buffer.from('%PDF-1.4 test'); } });
    try {
      const staff = (await station.call('signIn', { name: '李明', pin: '1357' })).token;
      const incident = await station.call('reportIncident', { category: 'other', facts: '货车冲卡 <b>未停</b>' }, staff);
      const { path } = await station.call('printIncidentSheet', { incidentId: incident.id }, staff);
      expect(existsSync(path)).toBe(true);
      expect(rendered[0]).toContain('卡点随时报告单');
      expect(rendered[0]).toContain('货车冲卡 &#60;b&#62;未停&#60;/b&#62;');
      expect(rendered[0]).toContain('报告人（签字）');
    } finally { await station.close(); }
  });

  it('staff carry a department a supervisor sets', async () => {
    const staffId = (await t.station.call('listStaff', {}, t.staff)).find((s) => s.name === '李明')!.staffId;
    await t.station.call('setStaffDepartment', { staffId, department: 'police' }, t.supervisor);
    expect(await t.station.call('staffDepartments', {}, t.supervisor)).toEqual([{ staffId, department: 'police' }]);
    await t.station.call('setStaffDepartment', { staffId, department: null }, t.supervisor);
    expect(await t.station.call('staffDepartments', {}, t.supervisor)).toEqual([]);
    await expect(t.station.call('setStaffDepartment', { staffId: 999, department: 'health' }, t.supervisor)).rejects.toMatchObject({ code: 'not-found' });
  });
});
