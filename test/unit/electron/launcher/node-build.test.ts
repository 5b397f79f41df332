import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, OUT_DIR, staleReason } from '../../../../electron/launcher/node-build.mjs';

interface Stamp { migrations: string[]; inputs: Record<string, { size: number; mtimeMs: number; sha256: string }> }

// Copies of the real build's stamp, edited to stand for sources that moved on since the build.
let copy: string;
const stampOf = () => JSON.parse(readFileSync(join(OUT_DIR, 'stamp.json'), 'utf8')) as Stamp;
const writeStamp = (stamp: Stamp) => writeFileSync(join(copy, 'stamp.json'), JSON.stringify(stamp));

beforeAll(async () => {
  await ensureBuilt();
  copy = mkdtempSync(join(tmpdir(), 'node-build-'));
}, 120_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the built JavaScript is never older than the sources', () => {
  it('a fresh build matches the sources it was built from', () => {
    expect(staleReason()).toBeNull();
    expect(Object.keys(stampOf().inputs)).toEqual(expect.arrayContaining(['electron/cli/main.ts', 'electron/store/migrate.ts', 'electron/launcher/node-build.mjs']));
  });

  it('a source whose content changed makes it stale, naming the file', () => {
    const stamp = stampOf();
    stamp.inputs['electron/store/migrate.ts']!.mtimeMs -= 1000;
    stamp.inputs['electron/store/migrate.ts']!.sha256 = '0'.repeat(64);
    writeStamp(stamp);
    expect(staleReason(copy)).toBe('electron/store/migrate.ts changed');
  });

  it('a source only touched (same content, new mtime) does not cost a rebuild', () => {
    const stamp = stampOf();
    stamp.inputs['electron/cli/main.ts']!.mtimeMs -= 1000;
    writeStamp(stamp);
    expect(staleReason(copy)).toBeNull();
  });

  it('a new or removed migration file makes it stale (the folder is copied, not imported)', () => {
    const stamp = stampOf();
    stamp.migrations = stamp.migrations.slice(0, -1);
    writeStamp(stamp);
    expect(staleReason(copy)).toBe('the migrations changed');
  });

  it('a missing or half-written build is stale', () => {
    expect(staleReason(join(copy, 'nothing-here'))).toBe('not built yet');
    writeFileSync(join(copy, 'stamp.json'), '{"migr');
    expect(staleReason(copy)).toBe('not built yet');
  });
});
