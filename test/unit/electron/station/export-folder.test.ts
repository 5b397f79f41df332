import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFolder } from '../../../../electron/station/export-folder.ts';

/** A supervisor exporting the 日报, the isolation sheets or an incident sheet: where the files go. */
describe('exportFolder', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'export-folder-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('none asked: the station\'s own exports folder beside its database, readable by the station\'s account only', () => {
    const folder = exportFolder(join(dir, 'station.db'));
    expect(folder).toBe(join(dir, 'exports'));
    if (process.platform !== 'win32') expect(statSync(folder).mode & 0o777).toBe(0o700);
  });

  it('a USB stick by its full path: used as given, its modes left to it', () => {
    const usb = join(dir, 'usb');
    expect(exportFolder(join(dir, 'station.db'), usb)).toBe(usb);
    expect(existsSync(usb)).toBe(false);
  });

  it('a relative path is refused with the reason the screen explains, nothing made', () => {
    expect(() => exportFolder(join(dir, 'station.db'), 'usb')).toThrow(expect.objectContaining({ code: 'bad-request', reason: 'folder-not-absolute' }));
    expect(existsSync(join(dir, 'exports'))).toBe(false);
  });
});
