import { ThermometerConfig, type ThermometerConfigInput } from '../../../shared/thermometer/config.ts';
import { firstIssueText } from '../../../shared/api/zod-issues.ts';
import { ThermometerService } from '../../thermometer/thermometer-service.ts';
import { type CommandRun, parseIntOption, parseOptions, UsageError } from '../command.ts';

function parseNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, not "${value}"`);
  return n;
}

/** Options to a validated config; zod's complaint becomes a one-line usage error. */
function configFrom(values: Record<string, string | undefined>): ThermometerConfig {
  const protocol = values['protocol'];
  if (!protocol) throw new UsageError('--protocol is required (gy-mcu90614, modbus, ascii or virtual)');
  if (protocol !== 'virtual' && !values['port']) throw new UsageError(`--port is required for ${protocol}`);
  const fn = parseIntOption(values['function'], 'function', 3, 4);
  const input: ThermometerConfigInput = {
    protocol: protocol as ThermometerConfigInput['protocol'],
    path: values['port'] ?? '',
    baudRate: parseIntOption(values['baud'], 'baud', 1, 4_000_000),
    offsetCelsius: parseNumber(values['offset'], 'offset'),
    modbus: {
      slave: parseIntOption(values['slave'], 'slave', 1, 247),
      fn: fn as 3 | 4 | undefined,
      register: parseIntOption(values['register'], 'register', 0, 0xffff),
      scale: parseNumber(values['scale'], 'scale'),
      intervalMs: parseIntOption(values['interval'], 'interval', 20, 60_000),
    },
    ascii: { pattern: values['pattern'] },
  };
  const parsed = ThermometerConfig.safeParse(JSON.parse(JSON.stringify(input)));
  if (!parsed.success) throw new UsageError(firstIssueText(parsed.error));
  return parsed.data;
}

/**
 * Reads a thermometer and prints one JSON line per reading that passed its checksum/CRC
 * (offset applied; range checks are stable capture's job, not this one's). States and
 * rejected frames go to stderr. Exits 0 after --count readings, or on Ctrl-C.
 */
export const run: CommandRun = async (args, io) => {
  const { values } = parseOptions(args, {
    port: { type: 'string' }, protocol: { type: 'string' }, baud: { type: 'string' }, count: { type: 'string' },
    slave: { type: 'string' }, function: { type: 'string' }, register: { type: 'string' }, scale: { type: 'string' },
    interval: { type: 'string' }, pattern: { type: 'string' }, offset: { type: 'string' },
  });
  const config = configFrom(values);
  const count = parseIntOption(values.count, 'count', 1, 1_000_000_000) ?? Infinity;
  let printed = 0;
  let everConnected = false;
  let finish: (code: number) => void = () => undefined;
  const finished = new Promise<number>((resolve) => { finish = resolve; });

  const service = new ThermometerService({
    onReadings(batch) {
      for (const r of batch) {
        if (printed >= count) break;
        const line = { celsius: r.celsius, ...(r.ambientCelsius === undefined ? {} : { ambientCelsius: r.ambientCelsius }), at: r.at };
        io.stdout.write(`${JSON.stringify(line)}\n`);
        if (++printed >= count) finish(0);
      }
    },
    onStatus(s) {
      io.stderr.write(`thermometer: ${s.state}${s.detail ? ` (${s.detail})` : ''}\n`);
      if (s.state === 'connected') everConnected = true;
      // A wrong path or setting fails at once; a device lost later is waited for.
      if (s.state === 'error' && !everConnected) {
        io.stderr.write(`checkpoint-station thermometer: ${s.detail}\n`);
        finish(1);
      }
    },
    onFrame(e) {
      if (e.kind === 'fault') io.stderr.write(`thermometer: ${e.fault}: ${e.detail}\n`);
    },
  });
  io.onStop(() => finish(0));
  await service.connect(config);
  const code = await finished;
  await service.disconnect();
  return code;
};
