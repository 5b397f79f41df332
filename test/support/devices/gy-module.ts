/**
 * Fake GY-MCU90614 module: after `A5 45 EA` it streams 9-byte frames, cycling through
 * --values (°C) with --ambient, one frame per --interval ms. --corrupt-every N breaks the
 * checksum of every Nth frame; --noise puts junk bytes and a false header between frames.
 */
import { parseArgs } from 'node:util';
import { encodeGyFrame, GY_START_CONTINUOUS } from '../../../shared/thermometer/gy-mcu90614.ts';
import { numberList, runDevicePort } from './device-port.ts';

const { values: args } = parseArgs({
  options: {
    path: { type: 'string' }, values: { type: 'string' }, ambient: { type: 'string', default: '25' },
    interval: { type: 'string', default: '70' }, 'corrupt-every': { type: 'string', default: '0' }, noise: { type: 'boolean', default: false },
  },
});
const temps = numberList(args.values, [36.5]);
const corruptEvery = Number(args['corrupt-every']);
const NOISE = Uint8Array.of(0x00, 0x5a, 0x13, 0x5a, 0x5a, 0x44, 0xff);

runDevicePort(args.path!, (port) => {
  let timer: NodeJS.Timeout | null = null;
  let heard: number[] = [];
  let n = 0;
  const sendFrame = () => {
    const frame = encodeGyFrame(temps[n % temps.length]!, Number(args.ambient));
    n++;
    if (corruptEvery > 0 && n % corruptEvery === 0) frame[8] = frame[8]! ^ 0xff;
    port.write(args.noise ? Buffer.concat([Buffer.from(NOISE), Buffer.from(frame)]) : Buffer.from(frame));
  };
  port.on('data', (chunk: Buffer) => {
    heard = [...heard, ...chunk].slice(-3);
    if (!timer && heard.length === 3 && heard.every((b, i) => b === GY_START_CONTINUOUS[i])) timer = setInterval(sendFrame, Number(args.interval));
  });
  port.once('close', () => { if (timer) clearInterval(timer); });
});
