import { randomBytes, scryptSync } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../../../../shared/api/contract.ts';
import { auditEntries } from '../../../../../electron/store/audit-log.ts';
import { SCRYPT_COST } from '../../../../../electron/store/pin.ts';
import { createStation } from '../../../../../electron/station/station.ts';
import { tempStation, localPersonScreening, type TempStation } from '../../../../support/temp-station.ts';

/** 王芳 (supervisor, PIN 246813) and 李明 (staff, PIN 1357), both signed in. */
let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

const call = <M extends MethodName>(method: M, input: MethodInput<M>, session?: string) => t.station.call(method, input, session);
const idOf = async (name: string) => (await call('staffRoster', {}, t.supervisor)).find((s) => s.name === name)!.staffId;
const lastAudit = (action: string) => {
  const db = new Database(t.dbPath, { readonly: true });
  try { return auditEntries(db).find((a) => a.action === action); } finally { db.close(); }
};
const wrongPins = async (name: string, times: number) => {
  for (let i = 0; i < times; i++) await call('signIn', { name, pin: '999999' }).catch(() => undefined);
};

describe('a staff member forgot their PIN', () => {
  it('the supervisor resets it; they sign in with it, must choose their own, then work', async () => {
    const id = await idOf('李明');
    await call('resetStaffPin', { staffId: id, pin: '8080' }, t.supervisor);
    expect(lastAudit('staff.pin-reset')).toMatchObject({ staffId: expect.any(Number), detail: { staffId: id } });
    // The session from before the reset is over.
    await expect(call('whoAmI', {}, t.staff)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(call('signIn', { name: '李明', pin: '1357' })).rejects.toMatchObject({ reason: 'wrong-pin' });

    const { token, staff } = await call('signIn', { name: '李明', pin: '8080' });
    expect(staff.mustChangePin).toBe(true);
    await expect(call('recordScreening', localPersonScreening(), token)).rejects.toMatchObject({ code: 'forbidden', reason: 'pin-change-required' });
    await call('changeOwnPin', { currentPin: '8080', newPin: '4321' }, token);
    expect((await call('whoAmI', {}, token)).mustChangePin).toBe(false);
    expect((await call('recordScreening', localPersonScreening(), token)).seq).toBe(1);
    expect(lastAudit('staff.pin-change')).toMatchObject({ detail: { staffId: id } });
  });

  it('a staff member cannot reset, unlock or deactivate anyone', async () => {
    const id = await idOf('王芳');
    for (const [method, input] of [['resetStaffPin', { staffId: id, pin: '111111' }], ['unlockStaff', { staffId: id }], ['setStaffActive', { staffId: id, active: false }]] as const) {
      await expect(call(method, input as never, t.staff)).rejects.toMatchObject({ code: 'forbidden' });
    }
  });
});

describe('someone types wrong PINs for the only supervisor', () => {
  it('the lock says how long, never grows past 15 minutes, and a second supervisor lifts it', async () => {
    await wrongPins('王芳', 4);
    await expect(call('signIn', { name: '王芳', pin: '999999' })).rejects.toMatchObject({ code: 'locked', reason: 'pin-locked', params: { minutes: 1 } });
    // More tries, each after the previous lock ran out: 30 s doubling would reach 16 min at the 10th.
    const db = new Database(t.dbPath);
    for (let i = 0; i < 6; i++) {
      db.prepare("UPDATE staff SET locked_until = NULL WHERE name = '王芳'").run();
      await wrongPins('王芳', 1);
    }
    db.close();
    const locked = (await call('staffRoster', {}, t.supervisor)).find((s) => s.name === '王芳')!;
    expect(locked.failedAttempts).toBe(11);
    expect(locked.lockedMinutes).toBe(15);
    await expect(call('signIn', { name: '王芳', pin: '246813' })).rejects.toMatchObject({ params: { minutes: 15 } });
    expect(lastAudit('staff.locked')).toMatchObject({ staffId: null, detail: { failedAttempts: 11, minutes: 15 } });

    await call('addStaff', { name: '周强', pin: '135799', role: 'supervisor' }, t.supervisor);
    const zhou = (await call('signIn', { name: '周强', pin: '135799' })).token;
    await call('unlockStaff', { staffId: locked.staffId }, zhou);
    expect((await call('signIn', { name: '王芳', pin: '246813' })).staff.name).toBe('王芳');
    expect(lastAudit('staff.unlock')).toMatchObject({ detail: { staffId: locked.staffId, failedAttempts: 11 } });
  });
});

describe('deactivating and reactivating', () => {
  it('a deactivated colleague leaves the sign-in list, their shift ends, and reactivation brings them back', async () => {
    const id = await idOf('李明');
    await call('setStaffActive', { staffId: id, active: false }, t.supervisor);
    expect((await call('listStaff', {})).map((s) => s.name)).toEqual(['王芳']);
    await expect(call('whoAmI', {}, t.staff)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(call('signIn', { name: '李明', pin: '1357' })).rejects.toMatchObject({ code: 'unauthenticated' });
    expect((await call('staffRoster', {}, t.supervisor)).find((s) => s.staffId === id)).toMatchObject({ active: false });

    await call('setStaffActive', { staffId: id, active: true }, t.supervisor);
    expect((await call('signIn', { name: '李明', pin: '1357' })).staff.staffId).toBe(id);
    expect(lastAudit('staff.deactivate')).toMatchObject({ detail: { staffId: id } });
    expect(lastAudit('staff.reactivate')).toMatchObject({ detail: { staffId: id } });
  });

  it('the last active supervisor cannot be deactivated, by themselves or anyone', async () => {
    const wang = await idOf('王芳');
    await expect(call('setStaffActive', { staffId: wang, active: false }, t.supervisor)).rejects.toMatchObject({ code: 'conflict', reason: 'last-supervisor' });
    await call('addStaff', { name: '周强', pin: '135799', role: 'supervisor' }, t.supervisor);
    const zhou = await idOf('周强');
    await call('setStaffActive', { staffId: wang, active: false }, t.supervisor);
    const token = (await call('signIn', { name: '周强', pin: '135799' })).token;
    await expect(call('setStaffActive', { staffId: zhou, active: false }, token)).rejects.toMatchObject({ reason: 'last-supervisor' });
  });
});

describe('changing one\'s own PIN', () => {
  it('needs the current PIN (wrong ones count towards the lock) and a different new one', async () => {
    await expect(call('changeOwnPin', { currentPin: '0000', newPin: '2468' }, t.staff)).rejects.toMatchObject({ reason: 'wrong-pin' });
    await expect(call('changeOwnPin', { currentPin: '1357', newPin: '1357' }, t.staff)).rejects.toMatchObject({ reason: 'same-pin' });
    await call('changeOwnPin', { currentPin: '1357', newPin: '2468' }, t.staff);
    await expect(call('signIn', { name: '李明', pin: '1357' })).rejects.toMatchObject({ reason: 'wrong-pin' });
    expect((await call('signIn', { name: '李明', pin: '2468' })).staff.mustChangePin).toBe(false);
    const roster = await call('staffRoster', {}, t.supervisor);
    expect(roster.find((s) => s.name === '李明')!.failedAttempts).toBe(0);
  });

  it('a supervisor PIN needs at least 6 digits, for a new supervisor, a reset and one\'s own change', async () => {
    const tooShort = { code: 'bad-request', reason: 'supervisor-pin-too-short', params: { digits: 6 } };
    await expect(call('addStaff', { name: '周强', pin: '13579', role: 'supervisor' }, t.supervisor)).rejects.toMatchObject(tooShort);
    await expect(call('resetStaffPin', { staffId: await idOf('王芳'), pin: '1234' }, t.supervisor)).rejects.toMatchObject(tooShort);
    await expect(call('changeOwnPin', { currentPin: '246813', newPin: '2222' }, t.supervisor)).rejects.toMatchObject(tooShort);
    await call('addStaff', { name: '周强', pin: '1357', role: 'staff' }, t.supervisor);
  });
});

describe('a station set up before supervisors needed 6 digits', () => {
  it('a 4-digit supervisor (hashed at the old cost) signs in, must change first, and the hash is re-made stronger', async () => {
    // At the cost a real station uses (tempStation's own is below the old one).
    await t.close();
    t = await tempStation({ pinCost: SCRYPT_COST });
    const db = new Database(t.dbPath);
    const salt = randomBytes(16);
    const oldHash = ['scrypt', 16384, 8, 1, salt.toString('base64'), scryptSync('2580', salt, 32, { N: 16384, r: 8, p: 1 }).toString('base64')].join('$');
    db.prepare("INSERT INTO staff (name, role, pin_hash, created_at) VALUES ('李主任', 'supervisor', ?, '2026-01-01T00:00:00Z')").run(oldHash);
    db.close();

    const { token, staff } = await call('signIn', { name: '李主任', pin: '2580' });
    expect(staff.mustChangePin).toBe(true);
    await expect(call('exportReport', { from: '2026-01-01', format: 'csv' }, token)).rejects.toMatchObject({ reason: 'pin-change-required' });
    await expect(call('changeOwnPin', { currentPin: '2580', newPin: '2581' }, token)).rejects.toMatchObject({ reason: 'supervisor-pin-too-short' });
    await call('changeOwnPin', { currentPin: '2580', newPin: '258013' }, token);
    expect((await call('whoAmI', {}, token)).mustChangePin).toBe(false);
    const stored = new Database(t.dbPath, { readonly: true }).prepare("SELECT pin_hash FROM staff WHERE name = '李主任'").get() as { pin_hash: string };
    expect(stored.pin_hash.split('$')[1]).toBe(String(2 ** 16));
  });

  it('after a restart the requirement is still there (it is stored, not kept in memory)', async () => {
    const db = new Database(t.dbPath);
    db.prepare("UPDATE staff SET must_change_pin = 1 WHERE name = '李明'").run();
    db.close();
    await t.stop();
    const station = createStation({ dbPath: t.dbPath });
    try {
      const { token } = await station.call('signIn', { name: '李明', pin: '1357' });
      await expect(station.call('listEvents', {}, token)).rejects.toMatchObject({ reason: 'pin-change-required' });
    } finally { await station.close(); }
  });
});
