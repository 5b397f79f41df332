import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A pair of connected pseudo-terminals made by socat: a real serial line without hardware.
 * The app opens one end (`app`), a fake device the other (`device`). Killing the pair is an
 * unplugged cable; `replug` recreates it on the same link paths, as a USB adapter that comes
 * back under the same name.
 */
export interface PtyPair {
  /** The end the application opens, e.g. `/tmp/pty-xyz/app`. */
  readonly app: string;
  /** The end a fake device opens. */
  readonly device: string;
  readonly dir: string;
  /** Pull the cable: kill socat; both links disappear. */
  unplug(): Promise<void>;
  /** Plug back in on the same paths. */
  replug(): Promise<void>;
  /** Unplug and remove the folder. */
  dispose(): Promise<void>;
}

export interface PtyOptions {
  /** Folder for the links; a fresh temporary one when omitted. */
  dir?: string;
  appName?: string;
  deviceName?: string;
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function startSocat(app: string, device: string): ChildProcess {
  const child = spawn('socat', [`pty,raw,echo=0,link=${app}`, `pty,raw,echo=0,link=${device}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.resume();
  return child;
}

export async function createPtyPair(options: PtyOptions = {}): Promise<PtyPair> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'pty-'));
  const app = join(dir, options.appName ?? 'app');
  const device = join(dir, options.deviceName ?? 'device');
  let child: ChildProcess | null = null;

  async function plug(): Promise<void> {
    if (child) throw new Error('pty pair is already plugged in');
    const started = startSocat(app, device);
    child = started;
    const exited = new Promise<void>((r) => started.once('exit', () => r()));
    await Promise.race([
      waitFor(() => existsSync(app) && existsSync(device), `socat links ${app}, ${device}`),
      exited.then(() => { throw new Error('socat exited before creating the pty pair'); }),
    ]);
  }

  async function unplug(): Promise<void> {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGTERM');
    await exited;
    // socat removes its links on a clean exit; make sure, so `replug` starts from nothing.
    rmSync(app, { force: true });
    rmSync(device, { force: true });
  }

  await plug();
  return {
    app, device, dir, unplug,
    replug: plug,
    async dispose() {
      await unplug();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
