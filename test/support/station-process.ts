import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.ts';
import { CLI_BIN, REPO } from './cli-bin.ts';

export interface RunningStation {
  /** The full URL with the launch token, as `serve` prints it. */
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  dir: string;
  child: ChildProcess;
  /** What the station printed on stderr so far (its log's warnings and errors): for a failing test's report. */
  stderr(): string;
  /** Calls the contract over the bridge, as any client would. */
  api<M extends MethodName>(method: M, input: MethodInput<M>, session?: string): Promise<MethodOutput<M>>;
  stop(): Promise<void>;
}

/** Starts `station serve` as a real child process on a temporary database. */
export async function startStationProcess(options: { dbPath?: string; env?: NodeJS.ProcessEnv; extraArgs?: string[] } = {}): Promise<RunningStation> {
  const dir = mkdtempSync(join(tmpdir(), 'station-'));
  const dbPath = options.dbPath ?? join(dir, 'station.db');
  const child = spawn(process.execPath, [CLI_BIN, 'serve', '--db', dbPath, '--port', '0', ...(options.extraArgs ?? [])], {
    cwd: REPO, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`station did not start in 30 s: ${stderr}`)), 30_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /ready: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]!); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`station exited with ${code}: ${stderr}`)); });
  });
  const origin = new URL(url).origin;
  const token = url.split('#token=')[1]!;
  return {
    url, origin, token, dbPath, dir, child,
    stderr: () => stderr,
    async api(method, input, session) {
      const res = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(session ? { 'x-station-session': session } : {}) },
        body: JSON.stringify(input),
      });
      const body = await res.json();
      if (!res.ok) throw Object.assign(new Error(`${method}: HTTP ${res.status} ${JSON.stringify(body)}`), { status: res.status, body });
      return body;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
