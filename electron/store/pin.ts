import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { StaffRole } from '../../shared/api/core.ts';
import { ApiError } from '../../shared/api/contract.ts';

/** scrypt's N for each role: what new PINs are hashed at, and below which a stored hash is re-made. */
export type PinCost = Record<StaffRole, number>;

/**
 * scrypt cost by role, what every station uses unless it is told otherwise (only tests do, to
 * save ~0.5 s of CPU per station they set up). A copied staff table must not give up PINs in
 * minutes: supervisors (exports, full ID numbers, settings) get 64 MiB per guess, staff 32 MiB.
 * r = 8, p = 1. Hashes made with a lower cost still verify and are re-made at the next sign-in.
 */
export const SCRYPT_COST: PinCost = { staff: 2 ** 15, 'health-worker': 2 ** 15, supervisor: 2 ** 16 };
const R = 8, P = 1, KEYLEN = 32;
const maxmem = (n: number, r: number) => 128 * n * r + 1024 * 1024;

/** Supervisors guard the most: their PIN has at least this many digits (staff: 4). */
export const MIN_PIN_DIGITS: Record<StaffRole, number> = { staff: 4, 'health-worker': 4, supervisor: 6 };

/** Refuses a new PIN too short for the role (older short supervisor PINs still sign in). */
export function checkNewPin(pin: string, role: StaffRole): void {
  const digits = MIN_PIN_DIGITS[role];
  if (pin.length < digits) {
    throw new ApiError('bad-request', `a ${role} PIN needs at least ${digits} digits`, [{ path: 'pin', message: `at least ${digits} digits` }], 'supervisor-pin-too-short', { digits });
  }
}

/** A PIN stored as scrypt with its own salt and parameters: "scrypt$N$r$p$salt$hash". */
export function hashPin(pin: string, role: StaffRole, cost: PinCost): string {
  const n = cost[role];
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, KEYLEN, { N: n, r: R, p: P, maxmem: maxmem(n, R) });
  return ['scrypt', n, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function pinMatches(pin: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: maxmem(Number(n), Number(r)) });
  return timingSafeEqual(actual, expected);
}

/** Whether a stored hash was made with less than the role's cost at this station today. */
export function pinHashIsWeak(stored: string, role: StaffRole, cost: PinCost): boolean {
  return Number(stored.split('$')[1]) < cost[role];
}
