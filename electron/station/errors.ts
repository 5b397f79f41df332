import { ZodError } from 'zod';
import { ApiError } from '../../shared/api/contract.ts';
import { fieldIssues } from '../../shared/api/zod-issues.ts';
import { stationLog } from './station-log.ts';

/** Refused input: each zod issue as a field (dotted path, `(root)` for the whole input) and its message. */
export function invalidInput(message: string, error: ZodError): ApiError {
  return new ApiError('bad-request', message, fieldIssues(error), 'invalid-input');
}

/**
 * Any failure as the error a transport may send: known codes pass, a full disk becomes a clear
 * storage error, and anything unexpected is `internal` without its details (which could hold
 * personal data), which the station logs instead.
 */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) return invalidInput('invalid data', err);
  const code = (err as { code?: unknown })?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new ApiError('storage', 'the disk is full: nothing was saved', [], 'disk-full');
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) return new ApiError('storage', 'the database cannot be written: nothing was saved', [], 'database-read-only');
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) return new ApiError('conflict', 'the record conflicts with stored data: nothing was saved', [], 'record-conflict');
  stationLog().error({ event: 'internal-error', error: err instanceof Error ? `${err.name}: ${err.message.slice(0, 200)}` : typeof err, code }, 'internal error');
  return new ApiError('internal', 'internal error: nothing was saved', [], 'internal');
}
