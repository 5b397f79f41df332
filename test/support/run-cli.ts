import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');

/** Runs the real CLI in a child process, as `npm run station -- ...` does, minus npm's banner. */
export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'electron/cli/main.ts'), ...args], {
    cwd: REPO, encoding: 'utf8', env: { ...process.env, ...options.env }, input: options.input, timeout: options.timeout ?? 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
