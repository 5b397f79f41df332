import { ApiError } from '../../shared/api/contract.ts';

/** After this many wrong PINs in a row a name is locked, for longer each time. */
export const MAX_PIN_ATTEMPTS = 5;
const LOCK_BASE_MS = 30_000;
/**
 * The longest lock. Anyone at the kiosk can type wrong PINs for any name, so a lock that grew
 * without end would let a passer-by shut out the only supervisor for days; capped, it always
 * runs out, and another supervisor can lift it sooner.
 */
export const MAX_LOCK_MS = 15 * 60_000;

/** How long to lock after `failed` wrong PINs in a row: 0 below the limit, then 30 s doubling to 15 min. */
export function lockMsAfter(failed: number): number {
  if (failed < MAX_PIN_ATTEMPTS) return 0;
  return Math.min(LOCK_BASE_MS * 2 ** (failed - MAX_PIN_ATTEMPTS), MAX_LOCK_MS);
}

/** The refusal while locked, saying how long in whole minutes (rounded up, at least 1). */
export function lockedError(untilMs: number, nowMs: number): ApiError {
  const minutes = Math.max(1, Math.ceil((untilMs - nowMs) / 60_000));
  return new ApiError('locked', `too many wrong PINs; try again in ${minutes} min`, [], 'pin-locked', { minutes });
}
