import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../../../support/run-cli.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

// Every command is tested in-process through main(argv, io); these few run the real program
// (bin.mjs and its built JavaScript, made current by the global setup) in a child process, as
// a person at a terminal would.

describe('the checkpoint-station program', () => {
  it('--help lists every command with its usage, exit 0', () => {
    const r = spawnCli(['--help']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const name of ['serve', 'verify', 'report', 'export', 'merge', 'trust', 'demo', 'decode', 'thermometer', 'idcard']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  describe('verify --db on a real station database', () => {
    let t: TempStation;
    beforeAll(async () => {
      t = await tempStation();
      for (const name of ['甲', '乙']) await t.station.call('recordScreening', localPersonScreening(name), t.staff);
      await t.stop();
    });
    afterAll(() => t.close());

    it('exits 0 and says the chain is intact', () => {
      const r = spawnCli(['verify', '--db', t.dbPath]);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(/^OK: 2 events, hash chain intact/);
    });
  });

  describe('serve on a port already in use', () => {
    let dir: string;
    let taken: Server;
    beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'serve-busy-')); });
    afterAll(async () => {
      await new Promise<void>((done) => taken.close(() => done()));
      rmSync(dir, { recursive: true, force: true });
    });

    it('one clear line, exit code 1, and the process ends (it does not hang on)', async () => {
      taken = createServer();
      const port = await new Promise<number>((ok) => taken.listen(0, '127.0.0.1', () => ok((taken.address() as { port: number }).port)));
      const r = spawnCli(['serve', '--db', join(dir, 'station.db'), '--port', String(port)], { timeout: 45_000 });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`port ${port} is already in use`);
      expect(r.stderr).not.toMatch(/EADDRINUSE|at .*\.(ts|js):/);
    });
  });
});
