/**
 * Fake SAM ID-card reader on a pty: answers status / find / select / read byte-exactly
 * (shared/idcard-reader.md), with a card laid on it or not. Driven by lines on stdin:
 *   lay N           lay training card N (0 = 张三 of the notes)
 *   lift            take the card away
 *   left-on hide|refind   after a read: answer "no card" until lifted, or find it again and again
 *   corrupt-next    break the checksum of the next read answer
 *   lift-mid-read   the next read fails (SW3 41) and the card is gone
 *   silent on|off   stop / resume answering (a reader that hangs)
 * Prints `ready` when the port opens and `sent <command>` after each answer, for tests to wait on.
 * --noise puts junk and a false preamble before every answer. --baud N paces answers at N baud
 * (10 bits a byte), as a real line would: a pty itself delivers at once.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { SerialPort } from 'serialport';
import { commandName } from '../../../shared/idcard/commands.ts';
import { SAM_PREAMBLE } from '../../../shared/idcard/frame.ts';
import { SimulatedReader, trainingCard, type LeftOnBehaviour } from '../../../shared/idcard/simulated-reader.ts';
import { runDevicePort } from './device-port.ts';

const { values: args } = parseArgs({ options: { path: { type: 'string' }, noise: { type: 'boolean', default: false }, baud: { type: 'string', default: '0' } } });
const NOISE = Uint8Array.of(0x00, 0x13, 0xaa, 0xaa, 0xaa, 0x96, 0x11, 0xff);
const reader = new SimulatedReader('hide');
let corruptNext = false;
let silent = false;

createInterface({ input: process.stdin }).on('line', (line) => {
  const [word, arg] = line.trim().split(/\s+/);
  if (word === 'lay') reader.lay(trainingCard(Number(arg ?? 0)));
  else if (word === 'lift') reader.lift();
  else if (word === 'left-on') reader.leftOn = arg as LeftOnBehaviour;
  else if (word === 'corrupt-next') corruptNext = true;
  else if (word === 'lift-mid-read') reader.liftDuringNextRead = true;
  else if (word === 'silent') silent = arg === 'on';
  process.stdout.write(`ok ${line.trim()}\n`);
});

/** Requests out of the byte stream: preamble, big-endian length, that many bytes. */
function* requests(buffer: number[]): Generator<Uint8Array> {
  for (;;) {
    const start = buffer.findIndex((_, i) => SAM_PREAMBLE.every((b, k) => buffer[i + k] === b));
    if (start < 0 || buffer.length < start + 7) return;
    const end = start + 7 + ((buffer[start + 5]! << 8) | buffer[start + 6]!);
    if (buffer.length < end) return;
    yield Uint8Array.from(buffer.slice(start, end));
    buffer.splice(0, end);
  }
}

const PACE_CHUNK = 64;

/** Writes `bytes` at the line speed: chunk by chunk, each when the wire would have carried it. */
function paced(port: SerialPort, bytes: Buffer, done: () => void): void {
  const baud = Number(args.baud);
  if (!baud) {
    port.write(bytes);
    port.drain(done);
    return;
  }
  const start = performance.now();
  const msPerByte = 10_000 / baud;
  const send = (at: number) => {
    port.write(bytes.subarray(at, at + PACE_CHUNK));
    const next = at + PACE_CHUNK;
    if (next >= bytes.length) { port.drain(done); return; }
    setTimeout(() => send(next), Math.max(0, start + next * msPerByte - performance.now()));
  };
  send(0);
}

runDevicePort(args.path!, (port) => {
  const heard: number[] = [];
  port.on('data', (chunk: Buffer) => {
    heard.push(...chunk);
    for (const request of requests(heard)) {
      if (silent) continue;
      const answer = reader.answer(request);
      const name = commandName(request);
      if (name === 'readText' && answer.length > 100 && corruptNext) {
        corruptNext = false;
        answer[answer.length - 1]! ^= 0x5a;
      }
      const bytes = args.noise ? Buffer.concat([Buffer.from(NOISE), Buffer.from(answer)]) : Buffer.from(answer);
      paced(port, bytes, () => process.stdout.write(`sent ${name}\n`));
    }
  });
});
