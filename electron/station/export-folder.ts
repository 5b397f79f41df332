import { dirname, isAbsolute, join } from 'node:path';
import { ApiError } from '../../shared/api/contract.ts';
import { ownerOnlyFolder } from '../store/private-files.ts';

/**
 * Where an export goes: the folder asked for (a USB stick; a full path, since the station's
 * working directory means nothing to the person typing), or else the station's own `exports`
 * folder beside its database, made owner-only because what lands there holds personal data.
 */
export function exportFolder(dbPath: string, asked?: string): string {
  if (asked !== undefined) {
    if (!isAbsolute(asked)) throw new ApiError('bad-request', 'the folder must be a full path, e.g. /media/usb or E:\\', [{ path: 'folder', message: 'not an absolute path' }], 'folder-not-absolute');
    return asked;
  }
  const own = join(dirname(dbPath), 'exports');
  ownerOnlyFolder(own);
  return own;
}
