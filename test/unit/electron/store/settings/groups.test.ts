import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Settings } from '../../../../../shared/api/core.ts';
import { IdCardReaderSettings } from '../../../../../shared/api/idcard.ts';
import { IsolationSettings } from '../../../../../shared/api/isolation.ts';
import { MaintenanceSettings } from '../../../../../shared/api/maintenance.ts';
import { ScannerSettings } from '../../../../../shared/api/scanner.ts';
import { ThermometerSettings } from '../../../../../shared/api/thermometer.ts';
import { RuleSettings } from '../../../../../shared/rules/settings.ts';
import { TransferSettings } from '../../../../../shared/transfer/settings.ts';
import { openDatabase } from '../../../../../electron/store/database.ts';
import type { SettingsGroup } from '../../../../../electron/store/settings/group.ts';

const SETTINGS_DIR = join(import.meta.dirname, '../../../../../electron/store/settings');
const ELECTRON_DIR = join(SETTINGS_DIR, '../..');

/**
 * Every group of settings the station keeps, with the shared schema that holds its defaults, a
 * change a supervisor could make, and one the station must refuse.
 */
const GROUPS: Record<string, { schema: z.ZodType; good: object; bad: object }> = {
  'station.ts': { schema: Settings, good: { stationName: '东村路口卡点', feverThresholdCelsius: 37.0 }, bad: { timezone: 'Mars/Base' } },
  'rules.ts': { schema: RuleSettings, good: { requireTemperature: false }, bad: { refuseCodeColours: ['purple'] } },
  'thermometer.ts': { schema: ThermometerSettings, good: { offsetCelsius: 0.4 }, bad: { modbus: { slave: 300 } } },
  'scanner.ts': { schema: ScannerSettings, good: { burstMaxGapMs: 120 }, bad: { baudRate: 12345 } },
  'idcard.ts': { schema: IdCardReaderSettings, good: { path: '/dev/ttyUSB7' }, bad: { mode: 'bluetooth' } },
  'transfer.ts': { schema: TransferSettings, good: { institutions: ['乡镇卫生院'] }, bad: { institutions: [] } },
  'isolation.ts': { schema: IsolationSettings, good: { periodDays: 7 }, bad: { cutOff: '25:00' } },
  'maintenance.ts': { schema: MaintenanceSettings, good: { backupsToKeep: 3 }, bad: { maxShiftHours: 0 } },
};

async function groupIn(file: string): Promise<SettingsGroup<unknown>> {
  const exported = Object.values(await import(join(SETTINGS_DIR, file)) as Record<string, unknown>);
  expect(exported, `${file} exports exactly its group`).toHaveLength(1);
  return exported[0] as SettingsGroup<unknown>;
}

const storedValue = (db: Database, key: string) =>
  (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;

describe('one settings module per group (electron/store/settings/)', () => {
  it('every module there is a group listed here, each under a key of its own', async () => {
    const files = readdirSync(SETTINGS_DIR).filter((f) => f.endsWith('.ts') && f !== 'group.ts').sort();
    expect(files).toEqual(Object.keys(GROUPS).sort());
    const keys = await Promise.all(files.map(async (f) => (await groupIn(f)).key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('nothing outside it reads or writes the settings table or makes a group', () => {
    const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
    const outside = sources(ELECTRON_DIR)
      .filter((f) => !f.startsWith(SETTINGS_DIR) && !f.includes('/migrations/'))
      .filter((f) => /settingsGroup\(|\b(FROM|INTO|UPDATE)\s+settings\b/.test(readFileSync(f, 'utf8')));
    expect(outside.map((f) => relative(ELECTRON_DIR, f))).toEqual([]);
  });
});

describe.each(Object.entries(GROUPS))('the %s group', (file, { schema, good, bad }) => {
  let db: Database;
  let group: SettingsGroup<unknown>;
  beforeEach(async () => { db = openDatabase(':memory:'); group = await groupIn(file); });
  afterEach(() => db.close());

  it('reads its defaults on a fresh database, without writing them', () => {
    expect(group.read(db)).toEqual(schema.parse({}));
    expect(storedValue(db, group.key)).toBeUndefined();
  });

  it('keeps a change and reads it back', () => {
    const saved = group.patch(db, good);
    expect(saved).toMatchObject(good);
    expect(group.read(db)).toEqual(saved);
    expect(JSON.parse(storedValue(db, group.key)!)).toEqual(saved);
  });

  it('refuses a bad change without writing anything', () => {
    expect(() => group.patch(db, bad)).toThrow();
    expect(storedValue(db, group.key)).toBeUndefined();
    const saved = group.patch(db, good);
    const before = storedValue(db, group.key);
    expect(() => group.patch(db, bad)).toThrow();
    expect(storedValue(db, group.key)).toBe(before);
    expect(group.read(db)).toEqual(saved);
  });

  it('previews a change as a save would check it, and writes nothing', () => {
    expect(group.preview(db, good)).toMatchObject(good);
    expect(() => group.preview(db, bad)).toThrow();
    expect(storedValue(db, group.key)).toBeUndefined();
  });

  it('reads a stored value its schema refuses (edited by hand) as the defaults', () => {
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(group.key, JSON.stringify(['edited by hand']));
    expect(group.read(db)).toEqual(schema.parse({}));
  });
});
