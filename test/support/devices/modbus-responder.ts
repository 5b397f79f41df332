/**
 * Fake Modbus RTU temperature sensor: answers `read registers` requests for --register with
 * the next of --values (raw int16, e.g. 369 = 36.9 °C at scale 0.1). A request for another
 * register gets exception 2, another function exception 1; --exception-every N answers every
 * Nth request with exception 4, --silent-every N ignores every Nth request.
 */
import { parseArgs } from 'node:util';
import { crcOk } from '../../../shared/thermometer/crc16-modbus.ts';
import { buildExceptionResponse, buildReadResponse } from '../../../shared/thermometer/modbus.ts';
import { numberList, runDevicePort } from './device-port.ts';

const { values: args } = parseArgs({
  options: {
    path: { type: 'string' }, slave: { type: 'string', default: '1' }, fn: { type: 'string', default: '3' },
    register: { type: 'string', default: '0x12' }, values: { type: 'string' },
    'exception-every': { type: 'string', default: '0' }, 'silent-every': { type: 'string', default: '0' },
  },
});
const slave = Number(args.slave);
const fn = Number(args.fn) as 3 | 4;
const register = Number(args.register);
const raws = numberList(args.values, [369]);
const exceptionEvery = Number(args['exception-every']);
const silentEvery = Number(args['silent-every']);

runDevicePort(args.path!, (port) => {
  let buf: number[] = [];
  let requests = 0;
  let next = 0;
  port.on('data', (chunk: Buffer) => {
    buf.push(...chunk);
    while (buf.length >= 8) {
      const req = Uint8Array.from(buf.slice(0, 8));
      if (req[0] !== slave || !crcOk(req)) {
        buf = buf.slice(1);
        continue;
      }
      buf = buf.slice(8);
      requests++;
      if (silentEvery > 0 && requests % silentEvery === 0) continue;
      const reqFn = req[1]!;
      const reqRegister = (req[2]! << 8) | req[3]!;
      let answer: Uint8Array;
      if (reqFn !== fn) answer = buildExceptionResponse(slave, (reqFn & 0x7f) as 3 | 4, 1);
      else if (reqRegister !== register) answer = buildExceptionResponse(slave, fn, 2);
      else if (exceptionEvery > 0 && requests % exceptionEvery === 0) answer = buildExceptionResponse(slave, fn, 4);
      else answer = buildReadResponse(slave, fn, raws[next++ % raws.length]!);
      port.write(Buffer.from(answer));
    }
  });
});
