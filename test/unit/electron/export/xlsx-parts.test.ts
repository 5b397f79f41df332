import { describe, expect, it } from 'vitest';
import { columnName, excelSerial, xmlText } from '../../../../electron/export/xlsx-parts.ts';

describe('XLSX parts', () => {
  it.each([[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [702, 'ZZ'], [703, 'AAA']])('column %i is %s', (n, name) => expect(columnName(n)).toBe(name));

  it.each([
    ['a & b < c > "d"', 'a &amp; b &lt; c &gt; &quot;d&quot;'],
    ['line\r\nnext', 'line&#13;\nnext'],
    ['\u0001bell\u001F', '_x0001_bell_x001F_'],
    ['literal _x0041_ stays', 'literal _x005F_x0041_ stays'],
    ['\uD800 lone', '_xD800_ lone'],
    ['𠀀 pair 张三', '𠀀 pair 张三'],
    ['\t tab kept ', '\t tab kept '],
  ])('escapes %j for XML', (text, xml) => expect(xmlText(text)).toBe(xml));

  it('turns a local wall-clock time into an Excel serial day', () => {
    expect(excelSerial('1970-01-01 00:00:00')).toBe(25_569);
    expect(excelSerial('2026-02-01 12:00:00')).toBe(46_054.5);
    expect(excelSerial('not a time')).toBeNull();
  });
});
