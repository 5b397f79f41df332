import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { REPO } from '../cli-bin.ts';

const DEVICES = ['gy-module', 'modbus-responder', 'ascii-device', 'idcard-reader'] as const;
export type FakeDevice = typeof DEVICES[number];

export interface RunningDevice {
  child: ChildProcess;
  /** Resolves the next time the device reports its port open (again); call it before causing the reopen. */
  nextReady(timeoutMs?: number): Promise<void>;
  /** Sends one control line to a device that takes them (the ID-card reader: `lay 0`, `lift`, ...). */
  tell(line: string): Promise<void>;
  /** Resolves when the device next prints a line starting with `prefix` (e.g. `sent readText`). */
  nextLine(prefix: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

let built: Promise<Record<FakeDevice, string>> | null = null;

/**
 * The fake devices bundled to plain JavaScript, once per test process: started through tsx
 * each would spend ~0.25 s of CPU compiling before it opened its port. The files sit in the
 * repo's dist/test-devices/ (so `serialport` resolves from node_modules), named by their
 * content's hash and written whole (temp file, then rename): processes building at once agree,
 * and an edited device gets a new file.
 */
function devicesBuilt(): Promise<Record<FakeDevice, string>> {
  built ??= (async () => {
    const { build } = await import('esbuild');
    const outdir = join(REPO, 'dist', 'test-devices');
    mkdirSync(outdir, { recursive: true });
    const result = await build({
      absWorkingDir: REPO,
      entryPoints: Object.fromEntries(DEVICES.map((d) => [d, join(import.meta.dirname, `${d}.ts`)])), outdir,
      entryNames: '[name]-[hash]', bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external',
      write: false, metafile: true, logLevel: 'error',
    });
    for (const file of result.outputFiles) {
      if (existsSync(file.path)) continue;
      const temp = `${file.path}.${process.pid}`;
      writeFileSync(temp, file.contents);
      renameSync(temp, file.path);
    }
    const paths = Object.entries(result.metafile.outputs).map(([out, meta]) => [basename(meta.entryPoint ?? '', '.ts'), join(REPO, out)]);
    return Object.fromEntries(paths) as Record<FakeDevice, string>;
  })();
  return built;
}

/** Runs a fake device from this folder as its own process on `path` (one end of a pty pair). */
export async function startDevice(device: FakeDevice, path: string, args: string[] = []): Promise<RunningDevice> {
  const child = spawn(process.execPath, [(await devicesBuilt())[device], '--path', path, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
  let readyCount = 0;
  const lineWaiters = new Set<(line: string) => void>();
  let partial = '';
  child.stdout!.on('data', (c: Buffer) => {
    const lines = (partial + c.toString()).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith('ready')) readyCount++;
      for (const waiter of [...lineWaiters]) waiter(line);
    }
  });

  function nextLine(prefix: string, timeoutMs = 15_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { lineWaiters.delete(waiter); reject(new Error(`${device} never printed "${prefix}": ${stderr}`)); }, timeoutMs);
      const waiter = (line: string) => {
        if (!line.startsWith(prefix)) return;
        clearTimeout(timer);
        lineWaiters.delete(waiter);
        resolve();
      };
      lineWaiters.add(waiter);
    });
  }

  function nextReady(timeoutMs = 15_000, after = readyCount): Promise<void> {
    return new Promise((resolve, reject) => {
      const until = Date.now() + timeoutMs;
      const check = () => {
        if (readyCount > after) return resolve();
        if (child.exitCode !== null) return reject(new Error(`${device} exited: ${stderr}`));
        if (Date.now() > until) return reject(new Error(`${device} did not open ${path}: ${stderr}`));
        setTimeout(check, 10);
      };
      check();
    });
  }

  await nextReady(15_000, 0);
  return {
    child,
    nextReady: (timeoutMs) => nextReady(timeoutMs),
    nextLine,
    async tell(line) {
      const done = nextLine(`ok ${line}`);
      child.stdin!.write(`${line}\n`);
      await done;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
