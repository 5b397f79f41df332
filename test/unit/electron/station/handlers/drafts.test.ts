import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../../../shared/api/contract.ts';
import { tempStation, type TempStation } from '../../../../support/temp-station.ts';

/** 李明 half-way through a person at the barrier: measured, named, ID typed, phone not yet. */
const halfPerson = {
  kind: 'person', direction: 'in',
  person: { name: '张三', idNumber: '450203199001011233', phone: '1380000', temperature: { celsius: 38.2, source: 'manual' } },
} as const;

describe('form drafts: a reload mid-form loses nothing, and only the same session gets it back', () => {
  let s: TempStation;
  beforeEach(async () => { s = await tempStation(); });
  afterEach(async () => { await s.close(); });
  const save = (input: MethodInput<'saveDraft'>, token = s.staff) => s.station.call('saveDraft', input, token);
  const take = (screen: 'person' | 'vehicle', token = s.staff) => s.station.call('takeDraft', { screen }, token);

  it('gives the draft back once to the session that saved it, without its temperature', async () => {
    await save({ screen: 'person', draft: halfPerson });
    const { draft } = await take('person');
    expect(draft).toMatchObject({ kind: 'person', direction: 'in', person: { name: '张三', idNumber: '450203199001011233', phone: '1380000' } });
    // A reading belongs to the person measured then; the station never holds one in a draft.
    expect(draft?.kind === 'person' && 'temperature' in draft.person).toBe(false);
    expect((await take('person')).draft).toBeNull();
  });

  it('keeps one draft per screen: the latest save wins, and an empty form drops it', async () => {
    // A screen may send an occupant as it holds it, reading and all: the station drops the reading.
    const measuredOccupant = { name: '王五', temperature: { celsius: 36.5, source: 'manual' } };
    await save({ screen: 'person', draft: halfPerson });
    await save({ screen: 'person', draft: { ...halfPerson, person: { name: '李四' } } });
    await save({ screen: 'vehicle', draft: { kind: 'vehicle', direction: 'out', typeChosen: true, vehicle: { plate: '', vehicleType: 'freight', occupantCount: 1, occupants: [measuredOccupant] } } });
    expect(s.station.core.drafts.size).toBe(2);
    expect((await take('person')).draft).toMatchObject({ person: { name: '李四' } });
    const vehicle = (await take('vehicle')).draft;
    expect(vehicle).toMatchObject({ kind: 'vehicle', typeChosen: true, vehicle: { vehicleType: 'freight', occupants: [{ name: '王五' }] } });
    expect(vehicle?.kind === 'vehicle' && 'temperature' in vehicle.vehicle.occupants[0]!).toBe(false);
    await save({ screen: 'person', draft: halfPerson });
    await save({ screen: 'person', draft: null });
    expect((await take('person')).draft).toBeNull();
  });

  it('is not handed to another session, not even the same person signed in elsewhere', async () => {
    await save({ screen: 'person', draft: halfPerson });
    expect((await take('person', s.supervisor)).draft).toBeNull();
    const again = (await s.station.call('signIn', { name: '李明', pin: '1357' })).token;
    expect((await take('person', again)).draft).toBeNull();
    expect((await take('person')).draft).not.toBeNull();
  });

  it('is gone from the station\'s memory at sign-out', async () => {
    await save({ screen: 'person', draft: halfPerson });
    await s.station.call('signOut', {}, s.staff);
    expect(s.station.core.drafts.size).toBe(0);
    await expect(take('person')).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('is gone once a session ends another way (deactivated), at the next save by anyone', async () => {
    await save({ screen: 'person', draft: halfPerson });
    const { staffId } = await s.station.call('whoAmI', {}, s.staff);
    await s.station.call('setStaffActive', { staffId, active: false }, s.supervisor);
    await save({ screen: 'vehicle', draft: null }, s.supervisor);
    expect(s.station.core.drafts.size).toBe(0);
  });

  it('refuses bad input with a clear error and keeps the draft it held', async () => {
    await save({ screen: 'person', draft: halfPerson });
    const refused = (input: unknown, token: string | null = s.staff) => s.station.call('saveDraft', input, token);
    await expect(refused({ screen: 'person', draft: halfPerson }, null)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(refused({ screen: 'bicycle', draft: null })).rejects.toMatchObject({ code: 'bad-request' });
    await expect(refused({ screen: 'vehicle', draft: halfPerson })).rejects.toMatchObject({ code: 'bad-request', issues: [{ path: 'draft.kind' }] });
    await expect(refused({ screen: 'person', draft: { ...halfPerson, person: { name: 42 } } })).rejects.toMatchObject({ code: 'bad-request' });
    await expect(refused({ screen: 'person', draft: { ...halfPerson, person: { reason: 'x'.repeat(10_000) } } })).rejects.toMatchObject({ code: 'bad-request' });
    const occupant = { name: '王五', healthCode: { raw: 'x'.repeat(4000) } };
    const huge = { kind: 'vehicle', direction: 'in', typeChosen: true, vehicle: { plate: '桂B12345', vehicleType: 'coach', occupantCount: 99, occupants: Array(99).fill(occupant) } };
    await expect(refused({ screen: 'vehicle', draft: huge })).rejects.toMatchObject({ code: 'bad-request', issues: [{ path: 'draft' }] });
    await expect(s.station.call('takeDraft', { screen: 'truck' }, s.staff)).rejects.toMatchObject({ code: 'bad-request' });
    expect((await take('person')).draft).toMatchObject({ person: { name: '张三' } });
  });
});
