import { ApiError } from '../../../shared/api/contract.ts';
import { Settings } from '../../../shared/api/core.ts';
import { isKnownTimeZone } from '../../../shared/domain/local-time.ts';
import { hasLoneSurrogate } from '../../../shared/domain/well-formed.ts';
import { settingsGroup } from './group.ts';

/** The station's identity, clock and fever line: read by recording, the 日报, exports and restore. */
export const stationSettings = settingsGroup('station', Settings, (next) => {
  // A station code with a broken character would be stored differently from how it is hashed.
  if (hasLoneSurrogate(next)) throw new ApiError('bad-request', 'a setting holds a broken character (a lone UTF-16 surrogate)');
  if (!isKnownTimeZone(next.timezone)) throw new ApiError('bad-request', `unknown time zone "${next.timezone}"`, [{ path: 'timezone', message: 'unknown time zone' }], 'unknown-time-zone', { zone: next.timezone });
});
