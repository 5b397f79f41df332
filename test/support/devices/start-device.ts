import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export type FakeDevice = 'gy-module' | 'modbus-responder' | 'ascii-device' | 'idcard-reader';

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

/** Runs a fake device from this folder as its own process on `path` (one end of a pty pair). */
export async function startDevice(device: FakeDevice, path: string, args: string[] = []): Promise<RunningDevice> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, `${device}.ts`), '--path', path, ...args], {
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
