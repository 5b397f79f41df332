import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureUiBuilt } from '../../../../../electron/launcher/ui-build.ts';
import { runCli } from '../../../../support/run-cli.ts';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'serve-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// The busy-port case runs the real program in a child process: see test/unit/electron/cli/bin.test.ts.
describe('serve', () => {
  it('prints the address with its launch token, answers there, and stops cleanly on Ctrl-C (exit 0)', async () => {
    let status: unknown;
    const r = await runCli(['serve', '--db', join(dir, 'station.db'), '--port', '0'], async (session) => {
      const [, url] = await session.printed(/ready: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)\n/);
      const token = url!.split('#token=')[1]!;
      const res = await fetch(`${new URL(url!).origin}/api/status`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{}',
      });
      status = await res.json();
      session.stop();
    });
    expect(r.code).toBe(0);
    expect(status).toMatchObject({ setUp: false, counts: { today: 0, total: 0 } });
    expect(existsSync(join(dir, 'station.db'))).toBe(true);
  });
});

describe('a fresh clone (no built UI)', () => {
  it('the UI is built on first run, so the README\'s serve example shows the station, not "not built"', async () => {
    const out = join(dir, 'renderer');
    const said: string[] = [];
    await ensureUiBuilt((line) => said.push(line), out);
    expect(said).toEqual([expect.stringContaining('building it once')]);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    // Built once: the next start says nothing and builds nothing.
    await ensureUiBuilt((line) => said.push(line), out);
    expect(said).toHaveLength(1);
  }, 120_000);
});
