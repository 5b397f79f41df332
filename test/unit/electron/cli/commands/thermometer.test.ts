import { createWriteStream } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeGyFrame } from '../../../../../shared/thermometer/gy-mcu90614.ts';
import { createVirtualThermometer } from '../../../../../shared/thermometer/virtual.ts';
import { startDevice } from '../../../../support/devices/start-device.ts';
import { createPtyPair } from '../../../../support/pty.ts';
import { jsonLines, runCli } from '../../../../support/run-cli.ts';

/** Runs the CLI (`npm run station -- thermometer ...`, in this process); `whileRunning` feeds the device meanwhile. */
async function station(args: string[], whileRunning?: (running: () => boolean) => Promise<void>) {
  const r = await runCli(['thermometer', ...args], async (session) => whileRunning?.(session.running));
  return { ...r, lines: jsonLines(r.stdout) };
}

let cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function deviceOnPty(device: Parameters<typeof startDevice>[0], args: string[]) {
  const pty = await createPtyPair();
  cleanups.push(() => pty.dispose());
  const dev = await startDevice(device, pty.device, args);
  cleanups.push(() => dev.stop());
  return pty;
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('station thermometer', () => {
  it('prints GY-MCU90614 readings with ambient, never a frame with a bad checksum, and exits 0 after --count', async () => {
    const pty = await deviceOnPty('gy-module', ['--values', '36.5,38.2', '--corrupt-every', '2', '--noise', '--interval', '20']);
    const { code, lines, stderr } = await station(['--port', pty.app, '--protocol', 'gy-mcu90614', '--count', '4', '--offset', '0.1']);
    expect(code).toBe(0);
    expect(lines).toHaveLength(4);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['celsius', 'ambientCelsius', 'at']);
      expect(l).toMatchObject({ celsius: 36.6, ambientCelsius: 25 });
      expect(l['at']).toMatch(ISO);
    }
    expect(stderr).toMatch(/thermometer: receiving/);
    expect(stderr).toMatch(/bad-checksum/);
  });

  it('polls a Modbus sensor at a hex or decimal register, skipping exceptions', async () => {
    const pty = await deviceOnPty('modbus-responder', ['--slave', '2', '--fn', '4', '--register', '0x0E', '--values', '369,-15', '--exception-every', '2']);
    const hex = await station(['--port', pty.app, '--protocol', 'modbus', '--slave', '2', '--function', '4', '--register', '0x0E', '--interval', '30', '--count', '2']);
    expect(hex.code).toBe(0);
    expect(hex.lines.map((l) => l['celsius']).sort()).toEqual([-1.5, 36.9]);
    expect(hex.lines.every((l) => !('ambientCelsius' in l))).toBe(true);
    expect(hex.stderr).toMatch(/exception 4/);
    const dec = await station(['--port', pty.app, '--protocol', 'modbus', '--slave', '2', '--function', '4', '--register', '14', '--scale', '0.01', '--interval', '30', '--count', '1']);
    expect(dec.code).toBe(0);
    expect([3.69, -0.15]).toContain(dec.lines[0]!['celsius']);
  });

  it('reads ASCII lines with a pattern, and error lines never print', async () => {
    const pty = await deviceOnPty('ascii-device', ['--lines', 'Err.1|OBJ 98.6F AMB 77.0F|Err.2', '--interval', '15']);
    const { code, lines, stderr } = await station(['--port', pty.app, '--protocol', 'ascii', '--pattern', String.raw`OBJ (\d+\.\d)([CF])`, '--count', '2']);
    expect(code).toBe(0);
    expect(lines.map((l) => l['celsius'])).toEqual([37, 37]);
    expect(stderr).toMatch(/device-error: device error: Err\.\d/);
  });

  it('runs the virtual thermometer without a port', async () => {
    const { code, lines } = await station(['--protocol', 'virtual', '--count', '3']);
    expect(code).toBe(0);
    const expected = createVirtualThermometer();
    expect(lines.map((l) => l['celsius'])).toEqual([0, 1, 2].map(() => expected.next().celsius));
  });

  it('10 MB of random bytes yield no reading and no crash; the next real frame does', async () => {
    const pty = await createPtyPair();
    cleanups.push(() => pty.dispose());
    const out = createWriteStream(pty.device);
    cleanups.push(() => new Promise((r) => out.close(r)));
    let seed = 12345;
    const noise = Buffer.alloc(10 * 1024 * 1024);
    for (let i = 0; i < noise.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      noise[i] = seed >>> 24;
    }
    const result = await station(['--port', pty.app, '--protocol', 'gy-mcu90614', '--count', '1'], async (running) => {
      await new Promise((r) => setTimeout(r, 1500));
      for (let at = 0; at < noise.length; at += 65536) {
        if (!out.write(noise.subarray(at, at + 65536))) await new Promise<void>((r) => out.once('drain', () => r()));
      }
      // Repeat the real frame: the CLI may be reopening the port after the long silence.
      while (running()) {
        out.write(Buffer.from(encodeGyFrame(36.4, 22)));
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([expect.objectContaining({ celsius: 36.4, ambientCelsius: 22 })]);
  }, 60_000);

  it('refuses bad options with a one-line usage error (exit 2)', async () => {
    const cases = [
      ['--port', '/dev/null'],
      ['--protocol', 'modbus'],
      ['--protocol', 'modbus', '--port', '/x', '--register', '70000'],
      ['--protocol', 'modbus', '--port', '/x', '--function', '6'],
      ['--protocol', 'gy-mcu90614', '--port', '/x', '--baud', '9601'],
      ['--protocol', 'telepathy', '--port', '/x'],
    ];
    const results = await Promise.all(cases.map((args) => station(args)));
    results.forEach(({ code, stderr, stdout }, i) => {
      expect(code, cases[i]!.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    });
  }, 60_000);

  it('a port that cannot be opened is a one-line error (exit 1)', async () => {
    const { code, stderr } = await station(['--port', '/nonexistent/ttyUSB7', '--protocol', 'gy-mcu90614']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/checkpoint-station thermometer: cannot open \/nonexistent\/ttyUSB7/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
