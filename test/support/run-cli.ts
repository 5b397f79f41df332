import { spawnSync } from 'node:child_process';
import type { CliIo } from '../../electron/cli/command.ts';
import { main } from '../../electron/cli/main.ts';
import { CLI_BIN, REPO } from './cli-bin.ts';

export interface CliResult { code: number | null; stdout: string; stderr: string }

/**
 * Output collected as it comes, and a stop button: the in-process stand-in for a terminal
 * (`whileRunning` sees the output so far, and may press Ctrl-C through `stop`).
 */
export interface CliSession {
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the match once stdout so far matches `pattern`. */
  printed: (pattern: RegExp) => Promise<RegExpExecArray>;
  stop: () => void;
  running: () => boolean;
}

/**
 * Runs the CLI in this process through `main(argv, io)`, exactly as bin.mjs does but with the
 * output captured: the same code and the same assertions as a spawned run, without paying for
 * a Node start per test. `whileRunning` runs alongside (devices to play, Ctrl-C to press).
 */
export async function runCli(args: string[], whileRunning?: (session: CliSession) => Promise<unknown>): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const stopHandlers: (() => void)[] = [];
  const waiting = new Set<() => void>();
  const io: CliIo = {
    stdout: { write: (text: string) => { stdout += text; for (const check of waiting) check(); } },
    stderr: { write: (text: string) => { stderr += text; } },
    onStop: (handler) => { stopHandlers.push(handler); },
  };
  let ended = false;
  const session: CliSession = {
    stdout: () => stdout, stderr: () => stderr, running: () => !ended,
    printed: (pattern) => new Promise((resolve) => {
      const check = () => {
        const m = pattern.exec(stdout);
        if (m) { waiting.delete(check); resolve(m); }
      };
      waiting.add(check);
      check();
    }),
    stop: () => { for (const h of stopHandlers.splice(0)) h(); },
  };
  const command = main(args, io).finally(() => { ended = true; });
  const alongside = whileRunning?.(session);
  const code = await command;
  await alongside;
  return { code, stdout, stderr };
}

/** An io that drops the output, for tests that call one command's body directly. */
export const quietIo: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, onStop: () => undefined };

/** JSON lines of a command's stdout (decode, thermometer, idcard print one object per line). */
export const jsonLines = (stdout: string): Record<string, unknown>[] => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** Runs the real program in a child process, as a person at a terminal would (the smoke tests). */
export function spawnCli(args: string[], options: { timeout?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args], { cwd: REPO, encoding: 'utf8', timeout: options.timeout ?? 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
