import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStation, type Station } from '../../../../electron/station/station.ts';
import { TEST_PIN_COST } from '../../../support/temp-station.ts';

const dirs: string[] = [];
let station: Station;
let supervisor: string;
let staff: string;

let readingSeq = 0;
/** A reading as the thermometer module issues it, and the device temperature that names it. */
function measured(celsius: number, secondsAgo = 0) {
  const reading = { id: `test-${++readingSeq}`, celsius, at: new Date(Date.now() - secondsAgo * 1000).toISOString() };
  station.core.readings.issue(reading);
  return { celsius, source: 'device' as const, capture: { id: reading.id, at: reading.at } };
}
const person = (celsius: number, temperature: object = measured(celsius)) => ({
  kind: 'person', direction: 'in',
  person: { idNumber: '450321199001011231', temperature, healthCode: { colour: 'green' } },
});
const outsideTaxi = { kind: 'vehicle', direction: 'in', vehicle: { plate: '湘A12345', vehicleType: 'taxi', occupantCount: 2 } };

beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'screening-check-'));
  dirs.push(dir);
  station = createStation({ dbPath: join(dir, 'station.db'), pinCost: TEST_PIN_COST });
  const session = await station.call('setup', {
    settings: { stationName: '测试卡点', stationCode: 'T01', localRegionPrefixes: ['4503'], localPlatePrefixes: ['桂C'] },
    supervisor: { name: '李主任', pin: '258000' },
  });
  supervisor = session.token;
  await station.call('addStaff', { name: '王芳', pin: '1111', role: 'staff' }, supervisor);
  staff = (await station.call('signIn', { name: '王芳', pin: '1111' })).token;
});

afterEach(async () => {
  await station.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('recordScreening judges the suggestion again in the station', () => {
  it('stores the suggestion the rules make, not the one the client sent', async () => {
    const event = await station.call('recordScreening', {
      screening: person(38.0), verdict: { decision: 'refer', reasons: ['made-up'] }, suggested: { decision: 'allow', reasons: [] },
    }, staff);
    expect(event.decision).toBe('refer');
    expect(event.payload).toMatchObject({ verdict: { decision: 'refer', reasons: ['fever'] }, suggested: { decision: 'refer', reasons: ['fever'] }, overrideReason: '' });
  });

  it('refuses another decision than suggested without a reason, and records one with it', async () => {
    const refused = station.call('recordScreening', { screening: outsideTaxi, verdict: { decision: 'allow', reasons: [] } }, staff);
    await expect(refused).rejects.toMatchObject({ code: 'bad-request', issues: [{ path: 'overrideReason' }] });
    const event = await station.call('recordScreening', { screening: outsideTaxi, verdict: { decision: 'allow', reasons: [] }, overrideReason: '村委会批准' }, staff);
    expect(event.payload).toMatchObject({ verdict: { decision: 'allow', reasons: ['override'] }, suggested: { decision: 'turn-away' }, overrideReason: '村委会批准' });
  });

  it('refuses to let in an incomplete record, naming what is missing', async () => {
    const noTemp = { kind: 'person', direction: 'in', person: { idNumber: '450321199001011231' } };
    await expect(station.call('recordScreening', { screening: noTemp, verdict: { decision: 'allow', reasons: [] } }, staff))
      .rejects.toMatchObject({ code: 'bad-request', issues: [{ path: 'screening.temperature' }] });
  });

  it('uses the rule settings a supervisor stored, and only a supervisor may change them', async () => {
    await expect(station.call('updateRuleSettings', { barredOutsideVehicleTypes: [] }, staff)).rejects.toMatchObject({ code: 'forbidden' });
    await station.call('updateRuleSettings', { barredOutsideVehicleTypes: ['coach'] }, supervisor);
    expect((await station.call('getRuleSettings', {})).barredOutsideVehicleTypes).toEqual(['coach']);
    const full = { ...outsideTaxi, vehicle: { ...outsideTaxi.vehicle, occupantCount: 1, occupants: [person(36.5).person] } };
    const event = await station.call('recordScreening', { screening: full, verdict: { decision: 'allow', reasons: [] } }, staff);
    expect(event.payload).toMatchObject({ suggested: { decision: 'allow', reasons: ['outside-vehicle'] } });
  });

  it('checks a correction the same way, and keeps the original', async () => {
    const original = await station.call('recordScreening', { screening: person(36.5), verdict: { decision: 'allow', reasons: [] } }, staff);
    const corrected = { screening: person(38.1, { celsius: 38.1, source: 'manual' }), verdict: { decision: 'allow', reasons: [] } };
    await expect(station.call('amendEvent', { targetId: original.id, payload: corrected, reason: '体温录错' }, staff)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(station.call('amendEvent', { targetId: original.id, payload: corrected, reason: '体温录错' }, supervisor)).rejects.toMatchObject({ code: 'bad-request' });
    await station.call('amendEvent', { targetId: original.id, payload: { ...corrected, verdict: { decision: 'refer', reasons: [] } }, reason: '体温录错' }, supervisor);
    const { events } = await station.call('listEvents', {}, staff);
    expect(events).toHaveLength(1);
    expect(events[0]!.decision).toBe('allow');
    expect(events[0]!.amendments.map((a) => a.decision)).toEqual(['refer']);
  });

  it('flags someone who declares a listed risk area by the station\'s own list, never by the ID region', async () => {
    await station.call('updateRuleSettings', { riskAreas: { issuedOn: '2026-11-28', areas: ['长沙'] }, riskAreaPolicy: 'refer', followUpRequired: ['address'] }, supervisor);
    const from = (origin: string, followUp: object) => ({ kind: 'person', direction: 'in', person: { ...person(36.5).person, name: '张三', phone: '13800001111', reason: '探亲', origin, followUp } });
    // A forged finding is replaced; the match on the travel is the station's.
    const forged = { address: '新村三组', travel: '广州、长沙', riskArea: { area: '无', listIssuedOn: '2020-01-01' } };
    const flagged = await station.call('recordScreening', { screening: from('南宁', forged), verdict: { decision: 'refer', reasons: [] } }, staff);
    expect(flagged.payload).toMatchObject({ verdict: { decision: 'refer', reasons: ['risk-area'] }, screening: { person: { followUp: { address: '新村三组', riskArea: { area: '长沙', listIssuedOn: '2026-11-28' } } } } });
    // Born in Changsha (430102...), travelling from Nanning: let in, no flag.
    const bornThere = from('南宁', { address: '新村一组' });
    bornThere.person.idNumber = '430102199001011238';
    const plain = await station.call('recordScreening', { screening: bornThere, verdict: { decision: 'allow', reasons: [] } }, staff);
    expect(plain.payload).toMatchObject({ verdict: { decision: 'allow' } });
    // The station requires the address: without it nobody is let in.
    await expect(station.call('recordScreening', { screening: from('南宁', {}), verdict: { decision: 'allow', reasons: [] } }, staff))
      .rejects.toMatchObject({ code: 'bad-request', issues: [{ path: 'screening.address' }] });
  });
});

describe('recordScreening takes a device temperature only from a reading issued for this record', () => {
  it('records a reading the thermometer gave, once', async () => {
    const reading = measured(36.5);
    const screening = person(36.5, reading);
    const event = await station.call('recordScreening', { screening, verdict: { decision: 'allow', reasons: [] } }, staff);
    expect(event.payload).toMatchObject({ screening: { person: { temperature: { celsius: 36.5, source: 'device', capture: { id: reading.capture.id } } } } });
    await expect(station.call('recordScreening', { screening, verdict: { decision: 'allow', reasons: [] } }, staff))
      .rejects.toMatchObject({ code: 'bad-request', issues: [{ path: 'screening.person.temperature', message: 'capture-used' }] });
  });

  it("refuses the previous person's reading for the next person", async () => {
    // Measured a second before the next record: the person in front then was the one recorded.
    const earlier = measured(36.4, 1);
    await station.call('recordScreening', { screening: person(38.2), verdict: { decision: 'refer', reasons: [] } }, staff);
    await expect(station.call('recordScreening', { screening: person(36.4, earlier), verdict: { decision: 'allow', reasons: [] } }, staff))
      .rejects.toMatchObject({ issues: [{ path: 'screening.person.temperature', message: 'capture-stale' }] });
  });

  it('refuses a device temperature with no reading, an unknown reading and a changed value', async () => {
    const cases = [
      { temperature: { celsius: 36.5, source: 'device' }, problem: 'capture-missing' },
      { temperature: { celsius: 36.5, source: 'device', capture: { id: 'nobody', at: new Date().toISOString() } }, problem: 'capture-unknown' },
      { temperature: { ...measured(38.2), celsius: 36.5 }, problem: 'capture-mismatch' },
    ];
    for (const { temperature, problem } of cases) {
      await expect(station.call('recordScreening', { screening: person(36.5, temperature), verdict: { decision: 'allow', reasons: [] } }, staff))
        .rejects.toMatchObject({ issues: [{ message: problem }] });
    }
    expect((await station.call('listEvents', {}, staff)).events).toHaveLength(0);
  });

  it('records a typed temperature, marked typed', async () => {
    const event = await station.call('recordScreening', { screening: person(36.5, { celsius: 36.5, source: 'manual' }), verdict: { decision: 'allow', reasons: [] } }, staff);
    expect(event.payload).toMatchObject({ suggested: { reasons: ['temperature-manual'] }, screening: { person: { temperature: { source: 'manual' } } } });
  });

  it('refuses one reading for several occupants, naming the occupant', async () => {
    const one = measured(36.4);
    const occupant = (temperature: object) => ({ ...person(0, temperature).person });
    const car = { kind: 'vehicle', direction: 'in', vehicle: { plate: '桂C12345', vehicleType: 'private-car', occupantCount: 3, occupants: [occupant(one), occupant(one), occupant(measured(36.6))] } };
    await expect(station.call('recordScreening', { screening: car, verdict: { decision: 'allow', reasons: [] } }, staff))
      .rejects.toMatchObject({ issues: [{ path: 'screening.vehicle.occupants.1.temperature', message: 'capture-used' }] });
  });

  it('a correction keeps the recorded reading but cannot bring in a new device reading', async () => {
    const original = await station.call('recordScreening', { screening: person(36.5), verdict: { decision: 'allow', reasons: [] } }, staff);
    const kept = original.payload as { screening: { person: { temperature: object } } };
    const renamed = { ...kept.screening, person: { ...kept.screening.person, name: '李四' } };
    await station.call('amendEvent', { targetId: original.id, payload: { screening: renamed, verdict: { decision: 'allow', reasons: [] } }, reason: '姓名' }, supervisor);
    const swapped = { screening: person(36.6), verdict: { decision: 'allow', reasons: [] } };
    await expect(station.call('amendEvent', { targetId: original.id, payload: swapped, reason: '体温' }, supervisor))
      .rejects.toMatchObject({ issues: [{ path: 'screening.person.temperature', message: 'capture-unknown' }] });
  });
});

describe('plates are judged, stored and searched in one spelling', () => {
  it('stores 粤a·12345 as 粤A12345 and finds it however the plate is typed', async () => {
    const taxi = { kind: 'vehicle', direction: 'in', vehicle: { plate: ' 粤a·12345', vehicleType: 'taxi', occupantCount: 1 } };
    const event = await station.call('recordScreening', { screening: taxi, verdict: { decision: 'turn-away', reasons: [] } }, staff);
    expect(event.payload).toMatchObject({ screening: { vehicle: { plate: '粤A12345' } }, verdict: { reasons: ['outside-vehicle-barred'] } });
    for (const text of ['粤A12345', '粤a 12345', '粤A·12345', 'a123']) {
      expect((await station.call('listEvents', { text }, staff)).events.map((e) => e.id), text).toEqual([event.id]);
    }
  });

  it('a local plate typed with a dot in lower case is local', async () => {
    const car = { kind: 'vehicle', direction: 'in', vehicle: { plate: '桂c·12345', vehicleType: 'private-car', occupantCount: 1, occupants: [person(36.5).person] } };
    const event = await station.call('recordScreening', { screening: car, verdict: { decision: 'allow', reasons: [] } }, staff);
    expect(event.payload).toMatchObject({ screening: { vehicle: { plate: '桂C12345' } }, verdict: { decision: 'allow', reasons: ['checks-passed'] } });
  });
});
