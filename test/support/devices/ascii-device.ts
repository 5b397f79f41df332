/** Fake line thermometer: writes --lines (separated by `|`) in a loop, one per --interval ms, CR LF ended. */
import { parseArgs } from 'node:util';
import { runDevicePort } from './device-port.ts';

const { values: args } = parseArgs({
  options: { path: { type: 'string' }, lines: { type: 'string', default: '36.5' }, interval: { type: 'string', default: '100' } },
});
const lines = args.lines!.split('|');

runDevicePort(args.path!, (port) => {
  let n = 0;
  const timer = setInterval(() => port.write(`${lines[n++ % lines.length]}\r\n`, 'latin1'), Number(args.interval));
  port.once('close', () => clearInterval(timer));
});
