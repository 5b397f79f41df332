import { afterEach, describe, expect, it } from 'vitest';
import { startDevice, type RunningDevice } from '../../../../support/devices/start-device.ts';
import { createPtyPair } from '../../../../support/pty.ts';
import { jsonLines, runCli } from '../../../../support/run-cli.ts';

/** Runs the CLI (`npm run station -- idcard ...`, in this process) while `meanwhile` plays cards on the reader. */
async function station(args: string[], meanwhile: () => Promise<void> = async () => undefined) {
  const r = await runCli(['idcard', ...args], meanwhile);
  return { ...r, lines: jsonLines(r.stdout) };
}

let cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function readerOnPty(args: string[] = []): Promise<{ app: string; reader: RunningDevice }> {
  const pty = await createPtyPair();
  cleanups.push(() => pty.dispose());
  const reader = await startDevice('idcard-reader', pty.device, args);
  cleanups.push(() => reader.stop());
  return { app: pty.app, reader };
}

describe('station idcard', () => {
  it('prints one JSON line per card laid on the reader, nothing for a corrupted read, and exits 0 after --count', async () => {
    const { app, reader } = await readerOnPty(['--noise']);
    const { code, lines, stderr } = await station(['--port', app, '--count', '2'], async () => {
      await reader.nextLine('sent samStatus');
      // A read whose checksum is broken: the reader then hides the card, so nothing must print for it.
      await reader.tell('corrupt-next');
      await reader.tell('lay 0');
      await reader.nextLine('sent readText');
      await reader.tell('lift');
      await reader.tell('lay 1');
      await reader.nextLine('sent readText');
      await reader.tell('lift');
      await reader.tell('lay 2');
    });
    expect(code).toBe(0);
    expect(lines).toEqual([
      {
        cardType: 'resident', name: '李四', sex: 'female', nation: '壮族', birthDate: '1985-03-07', address: '广西壮族自治区南宁市青秀区民族大道100号',
        idNumber: expect.stringMatching(/^45010319850307002[\dX]$/), issuer: '南宁市公安局青秀分局', validFrom: '2010-01-01', validTo: '2030-01-01',
      },
      expect.objectContaining({ name: '王五', validTo: 'long-term' }),
    ]);
    expect(Object.keys(lines[0]!)).toEqual(['cardType', 'name', 'sex', 'nation', 'birthDate', 'address', 'idNumber', 'issuer', 'validFrom', 'validTo']);
    expect(stderr).toMatch(/idcard: receiving/);
    expect(stderr).toMatch(/bad checksum on a 1295-byte frame/);
    expect(stderr).not.toMatch(/张三|李四|450202/);
  });

  it('prints a card left on the reader once', async () => {
    const { app, reader } = await readerOnPty();
    await reader.tell('left-on refind');
    const child = station(['--port', app, '--count', '2'], async () => {
      await reader.nextLine('sent samStatus');
      await reader.tell('lay 0');
      for (let i = 0; i < 4; i++) await reader.nextLine('sent readText');
      await reader.tell('lay 1');
    });
    const { code, lines } = await child;
    expect(code).toBe(0);
    expect(lines.map((l) => l['name'])).toEqual(['张三', '李四']);
  });

  it('fails with a clear line and exit 1 on a port that is not there', async () => {
    const { code, stderr } = await station(['--port', '/nonexistent/ttyUSB9']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/checkpoint-station idcard: cannot open \/nonexistent\/ttyUSB9/);
  });

  it.each([
    [[], '--port is required'],
    [['--port', '/dev/null', '--baud', '12345'], '--baud must be one of 115200, 57600, 38400, 19200, 9600'],
    [['--port', '/dev/null', '--count', '0'], '--count must be a whole number'],
    [['--port', '/dev/null', '--photo'], "Unknown option '--photo'"],
  ])('refuses %j with a usage error', async (args, message) => {
    const r = await runCli(['idcard', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
