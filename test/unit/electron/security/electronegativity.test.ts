import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the package ships no types; its runner is its documented programmatic API.
import runElectronegativity from '@doyensec/electronegativity/dist/runner.js';

interface Finding { id: string; file: string; location: { line: number }; severity: { name: string }; description: string }

// The tool exits 0 whatever it finds, so this reads its findings and fails on any HIGH or MEDIUM.
async function seriousFindings(dir: string): Promise<string[]> {
  const result = await runElectronegativity({ input: dir, electronVersionOverride: '45.0.0', isRelative: true }) as { issues: Finding[]; errors: unknown[] };
  expect(result.errors).toEqual([]);
  return result.issues
    .filter((i) => i.severity.name === 'HIGH' || i.severity.name === 'MEDIUM')
    .map((i) => `${i.severity.name} ${i.id} ${i.file}:${i.location.line} ${i.description}`);
}

const repo = join(import.meta.dirname, '../../../..');

/*
 * Both scans at once: each spends ~0.5 s of CPU and ~6 s waiting on the network (the tool
 * fetches its translations and Electron's release list, and on an offline machine waits out
 * its timeouts and retries), so side by side they take the wait once instead of twice.
 */
let scans: Promise<[string[], string[]]>;
beforeAll(() => {
  scans = Promise.all([seriousFindings(join(repo, 'electron')), seriousFindings(join(repo, 'test/fixtures/insecure-electron'))]);
  scans.catch(() => undefined); // reported by the tests that await it
});

describe('electronegativity', () => {
  it('reports no HIGH or MEDIUM finding over electron/', async () => {
    expect((await scans)[0]).toEqual([]);
  }, 60_000);

  it('does report them for an insecure window, so the gate above can fail', async () => {
    const findings = (await scans)[1];
    expect(findings.join('\n')).toMatch(/NODE_INTEGRATION|CONTEXT_ISOLATION|SANDBOX/);
  }, 60_000);
});
