import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export type FakeDevice = 'gy-module' | 'modbus-responder' | 'ascii-device';

export interface RunningDevice {
  child: ChildProcess;
  /** Resolves the next time the device reports its port open (again); call it before causing the reopen. */
  nextReady(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Runs a fake device from this folder as its own process on `path` (one end of a pty pair). */
export async function startDevice(device: FakeDevice, path: string, args: string[] = []): Promise<RunningDevice> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, `${device}.ts`), '--path', path, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
  let readyCount = 0;
  child.stdout!.on('data', (c: Buffer) => { readyCount += c.toString().split('\n').filter((l) => l.startsWith('ready')).length; });

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
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
