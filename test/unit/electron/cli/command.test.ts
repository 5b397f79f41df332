import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIntOption, parseOptions, UsageError } from '../../../../electron/cli/command.ts';
import { runCli } from '../../../support/run-cli.ts';
import { hostileString } from '../../../support/hostile.ts';

const dir = mkdtempSync(join(tmpdir(), 'cli-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OPTION_WORDS = ['--db', '--port', '--db=', '--port=70000', '--port=0x10', '-h', '--', '-', '--local-region', '--nope', '-x'];
const argv = (maxLength: number) => fc.array(fc.oneof(fc.constantFrom(...OPTION_WORDS), hostileString().map((s) => s.slice(0, maxLength))), { maxLength: 8 });

/** A usage error is one line a person can read; anything else would be a crash. */
function expectUsageErrorOrResult(run: () => unknown): void {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).not.toMatch(/\n/);
  }
}

describe('CLI argument parsing, given hostile arguments', () => {
  it('parseOptions returns parsed options or a one-line usage error', () => {
    fc.assert(fc.property(argv(2000), fc.boolean(), (args, positionals) => {
      expectUsageErrorOrResult(() => parseOptions(args, {
        db: { type: 'string' }, port: { type: 'string' }, 'local-region': { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' },
      }, positionals));
    }), { numRuns: 500 });
  });

  it('parseIntOption gives a whole number within its range, nothing, or a usage error', () => {
    fc.assert(fc.property(fc.oneof(hostileString(), fc.integer().map(String), fc.constant(undefined)), fc.integer({ min: 0, max: 100 }), (value, min) => {
      let n: number | undefined;
      expectUsageErrorOrResult(() => { n = parseIntOption(value, 'port', min, min + 1000); });
      if (n !== undefined) expect(Number.isInteger(n) && n >= min && n <= min + 1000).toBe(true);
    }), { numRuns: 500 });
  });

  it('the real CLI answers hostile arguments with an exit code and at most one line, never a stack trace', async () => {
    // argv cannot carry NUL, and the kernel caps one argument at 128 KiB.
    const args = argv(5000).map((list) => list.map((a) => a.replace(/\0/g, '')));
    await fc.assert(fc.asyncProperty(fc.constantFrom('verify', 'decode', 'demo', 'nonsense\u001b[2J'), args, async (command, rest) => {
      const r = await runCli([command, ...rest, '--db', join(dir, 'station.db')]);
      expect([0, 1, 2]).toContain(r.code);
      if (r.code !== 0) {
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).not.toMatch(/^\s+at /m);
      }
    }), { numRuns: 40 });
  }, 120_000);
});
