import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScannerLineSplitter } from '../../../../shared/decode/scanner-lines.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('ScannerLineSplitter', () => {
  it('splits on CR, LF, CR LF and Tab, dropping empty lines and padding', () => {
    const s = new ScannerLineSplitter();
    expect(s.push(bytes('450103198804120134\r\n桂B12345\r  hello \n\tlast\t')).lines).toEqual(['450103198804120134', '桂B12345', 'hello', 'last']);
  });

  it('joins a scan split across chunks, even inside a multi-byte character', () => {
    const s = new ScannerLineSplitter();
    const all = bytes('{"姓名":"张三","color":"green"}\r\n');
    const parts = [all.slice(0, 5), all.slice(5, 6), all.slice(6, 20), all.slice(20)];
    const lines = parts.flatMap((p) => s.push(p).lines);
    expect(lines).toEqual(['{"姓名":"张三","color":"green"}']);
  });

  it('drops an overlong run up to its terminator and carries on', () => {
    const s = new ScannerLineSplitter({ maxLength: 10 });
    const first = s.push(bytes('x'.repeat(25)));
    expect(first).toEqual({ lines: [], dropped: 25 });
    const second = s.push(bytes('yyy\r\nok\r\n'));
    expect(second).toEqual({ lines: ['ok'], dropped: 3 });
  });

  it('gives back every line of any chunking', () => {
    const line = fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom(...'0123456789ABX桂京{}":,=') });
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), (lines, cuts) => {
      const all = bytes(lines.map((l) => `${l}\r\n`).join(''));
      const s = new ScannerLineSplitter();
      const got: string[] = [];
      for (let at = 0, i = 0; at < all.length; i++) {
        const size = cuts[i % cuts.length]!;
        got.push(...s.push(all.slice(at, at + size)).lines);
        at += size;
      }
      expect(got).toEqual(lines);
    }));
  });
});
