import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAM_COMMANDS, commandName } from '../../../../shared/idcard/commands.ts';
import { readAnswerFrame, residentTextBlock, markerPhoto, ZHANG_SAN } from '../../../../shared/idcard/encode.ts';
import { SamParser, samCommand, samResponse, type SamEvent } from '../../../../shared/idcard/frame.ts';
import { describeStatus } from '../../../../shared/idcard/status.ts';
import { hex, zhangSanReadAnswer } from '../../../support/idcard/frames.ts';

const answers = (events: SamEvent[]) => events.filter((e) => e.kind === 'answer');

describe('SAM requests, byte-exact as in the reader notes (§2)', () => {
  it.each([
    ['resetSam', 'AA AA AA 96 69 00 03 10 FF EC'],
    ['samStatus', 'AA AA AA 96 69 00 03 11 FF ED'],
    ['samId', 'AA AA AA 96 69 00 03 12 FF EE'],
    ['findCard', 'AA AA AA 96 69 00 03 20 01 22'],
    ['selectCard', 'AA AA AA 96 69 00 03 20 02 21'],
    ['readText', 'AA AA AA 96 69 00 03 30 01 32'],
  ] as const)('%s is %s', (name, frame) => {
    expect(SAM_COMMANDS[name]).toEqual(hex(frame));
    expect(commandName(hex(frame))).toBe(name);
  });

  it('builds the other documented requests the same way', () => {
    expect(samCommand(0x30, 0x03)).toEqual(hex('AA AA AA 96 69 00 03 30 03 30'));
    expect(samCommand(0x30, 0x05)).toEqual(hex('AA AA AA 96 69 00 03 30 05 36'));
    expect(samCommand(0x60, 0x00)).toEqual(hex('AA AA AA 96 69 00 03 60 00 63'));
    expect(samCommand(0x61, 0xff, Uint8Array.of(0x58))).toEqual(hex('AA AA AA 96 69 00 04 61 FF 58 C2'));
  });

  it('never has a request for fingerprints (30 10)', () => {
    expect(samCommand(0x30, 0x10)).toEqual(hex('AA AA AA 96 69 00 03 30 10 23'));
    for (const bytes of Object.values(SAM_COMMANDS)) expect([bytes[7], bytes[8]]).not.toEqual([0x30, 0x10]);
    expect(commandName(samCommand(0x30, 0x10))).toBeNull();
  });
});

describe('SAM answers, byte-exact as in the reader notes (§2, §8)', () => {
  it.each([
    ['AA AA AA 96 69 00 04 00 00 90 94', 0x90, ''],
    ['AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97', 0x9f, '00 00 00 00'],
    ['AA AA AA 96 69 00 04 00 00 80 84', 0x80, ''],
    ['AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C', 0x90, '00 00 00 00 00 00 00 00'],
    ['AA AA AA 96 69 00 04 00 00 81 85', 0x81, ''],
    ['AA AA AA 96 69 00 04 00 00 41 45', 0x41, ''],
    ['AA AA AA 96 69 00 04 00 00 91 95', 0x91, ''],
    ['AA AA AA 96 69 00 04 00 00 10 14', 0x10, ''],
    ['AA AA AA 96 69 00 04 00 00 21 25', 0x21, ''],
    ['AA AA AA 96 69 00 14 00 00 90 05 00 01 00 E5 D6 34 01 87 D6 12 00 79 38 4E 05 CF', 0x90, '05 00 01 00 E5 D6 34 01 87 D6 12 00 79 38 4E 05'],
  ])('%s parses to SW3 %i', (frame, sw3, data) => {
    const events = new SamParser().push(hex(frame));
    expect(events).toEqual([{ kind: 'answer', sw1: 0, sw2: 0, sw3, data: hex(data), size: hex(frame).length }]);
    expect(samResponse(sw3, hex(data))).toEqual(hex(frame));
  });

  it('encodes 张三 exactly as the notes dump it: 1295 bytes, length 05 08, CHK FF', () => {
    const frame = readAnswerFrame(residentTextBlock(ZHANG_SAN), markerPhoto());
    expect(frame).toEqual(zhangSanReadAnswer());
    expect(frame.length).toBe(1295);
    expect(frame.at(-1)).toBe(0xff);
  });

  it('reads a 1295-byte answer that arrives in many small reads', () => {
    const frame = zhangSanReadAnswer();
    const parser = new SamParser();
    const events: SamEvent[] = [];
    for (let i = 0; i < frame.length; i += 37) events.push(...parser.push(frame.subarray(i, i + 37)));
    expect(answers(events)).toHaveLength(1);
    expect(answers(events)[0]!.data.length).toBe(1288 - 4);
  });

  it('reports a bad checksum and still finds the good frame right after it', () => {
    const bad = hex('AA AA AA 96 69 00 04 00 00 90 95');
    const events = new SamParser().push(Uint8Array.from([...bad, ...hex('AA AA AA 96 69 00 04 00 00 80 84')]));
    expect(events[0]).toMatchObject({ kind: 'fault', fault: 'bad-checksum' });
    expect(answers(events)).toEqual([expect.objectContaining({ sw3: 0x80 })]);
  });

  it('rejects a length no SAM answer has, and resynchronises', () => {
    const parser = new SamParser();
    const events = parser.push(Uint8Array.from([...hex('AA AA AA 96 69 00 02 00 02'), ...hex('AA AA AA 96 69 00 04 00 00 90 94')]));
    expect(events[0]).toMatchObject({ kind: 'fault', fault: 'bad-length' });
    expect(answers(events)).toEqual([expect.objectContaining({ sw3: 0x90 })]);
    expect(parser.push(hex('AA AA AA 96 69 FF FF'))[0]).toMatchObject({ fault: 'bad-length' });
  });

  it('counts what it kept and what it threw away', () => {
    const parser = new SamParser();
    parser.push(Uint8Array.from([0x00, 0x13, ...hex('AA AA AA 96 69 00 04 00 00 90 94')]));
    expect(parser.counters()).toEqual({ bytes: 13, frames: 1, droppedBytes: 2, droppedFrames: 0 });
    parser.push(hex('AA AA AA 96 69 00 04 00 00 90 00'));
    expect(parser.counters().droppedFrames).toBe(1);
  });

  it('forgets a half-received frame on reset', () => {
    const parser = new SamParser();
    parser.push(hex('AA AA AA 96 69 05 08 00 00 90'));
    parser.reset();
    expect(answers(parser.push(hex('AA AA AA 96 69 00 04 00 00 80 84')))).toHaveLength(1);
  });

  it('names the status words for the log', () => {
    expect(describeStatus(0, 0, 0x41)).toBe('SW 00 00 41: reading the card failed');
    expect(describeStatus(0x6a, 0x82, 0x81)).toBe('SW 6A 82 81: select card failed');
    expect(describeStatus(0, 0, 0x55)).toBe('SW 00 00 55: unknown status');
  });
});

describe('SAM parser properties', () => {
  const frames = [
    hex('AA AA AA 96 69 00 04 00 00 90 94'), hex('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97'),
    hex('AA AA AA 96 69 00 04 00 00 80 84'), zhangSanReadAnswer(),
  ];
  const noPreamble = fc.uint8Array({ maxLength: 40 }).map((b) => b.map((x) => (x === 0xaa ? 0x00 : x)));

  it('finds every frame whatever noise lies between them and however the stream is cut', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(noPreamble, fc.integer({ min: 0, max: frames.length - 1 })), { minLength: 1, maxLength: 6 }),
      fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 20 }),
      (parts, cuts) => {
        const stream = Uint8Array.from(parts.flatMap(([noise, i]) => [...noise, ...frames[i]!]));
        const parser = new SamParser();
        const got: SamEvent[] = [];
        let at = 0;
        for (let k = 0; at < stream.length; k++) {
          const n = cuts[k % cuts.length]!;
          got.push(...parser.push(stream.subarray(at, at + n)));
          at += n;
        }
        expect(answers(got).map((a) => a.size)).toEqual(parts.map(([, i]) => frames[i]!.length));
      },
    ));
  });

  it('never passes a frame with one byte changed after the preamble', () => {
    const frame = zhangSanReadAnswer();
    fc.assert(fc.property(fc.integer({ min: 7, max: frame.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, flip) => {
      const broken = frame.slice();
      broken[at]! ^= flip;
      expect(answers(new SamParser().push(broken))).toEqual([]);
    }), { numRuns: 300 });
  });
});
