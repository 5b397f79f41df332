/**
 * Why an export could not be written, in words a staff member at a USB stick can act on.
 * The code lets the UI translate; the message names the folder.
 */
export type ExportErrorCode = 'folder-missing' | 'disk-full' | 'not-writable' | 'no-browser' | 'io';

export class ExportError extends Error {
  /** `folder`: where the write failed, when it was a folder (the UI names it). */
  constructor(readonly code: ExportErrorCode, message: string, readonly folder?: string) {
    super(message);
    this.name = 'ExportError';
  }
}

/** Turns a file-system failure while writing into `dir` into an ExportError. */
export function exportErrorOf(err: unknown, dir: string): ExportError {
  if (err instanceof ExportError) return err;
  const code = (err as { code?: unknown })?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ExportError('folder-missing', `the folder ${dir} is not there (USB stick removed?): nothing was written`, dir);
    case 'ENOSPC':
    case 'EDQUOT':
      return new ExportError('disk-full', `no space left in ${dir}: nothing was written`, dir);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ExportError('not-writable', `the folder ${dir} cannot be written (read-only or no permission): nothing was written`, dir);
    default: {
      const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
      return new ExportError('io', `writing to ${dir} failed (${detail}): nothing was written`, dir);
    }
  }
}
