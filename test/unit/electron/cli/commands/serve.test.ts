import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureUiBuilt } from '../../../../../electron/launcher/ui-build.ts';
import { runCli } from '../../../../support/run-cli.ts';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'serve-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('serve', () => {
  let taken: Server;
  afterEach(() => new Promise<void>((done) => taken.close(() => done())));

  it('on a port already in use: one clear line, exit code 1, and the process ends (it does not hang on)', async () => {
    taken = createServer();
    const port = await new Promise<number>((ok) => taken.listen(0, '127.0.0.1', () => ok((taken.address() as { port: number }).port)));
    const r = runCli(['serve', '--db', join(dir, 'station.db'), '--port', String(port)], { timeout: 45_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`port ${port} is already in use`);
    expect(r.stderr).not.toMatch(/EADDRINUSE|at .*\.ts:/);
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
