import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../../shared/decode/index.ts';
import { makeCnId } from '../../../support/cn-id-maker.ts';

const options = { today: '2026-11-29', localRegionPrefixes: ['45'], localPlatePrefixes: ['桂B'] };

describe('decode', () => {
  it('routes each kind of text to its decoder', () => {
    const id = makeCnId('450103', '19880412', '013');
    expect(decode(` ${id} `, options)).toMatchObject({ kind: 'cn-id', valid: true, local: true });
    expect(decode('桂B·12345', options)).toMatchObject({ kind: 'plate', valid: true, local: true, value: '桂B12345' });
    expect(decode('{"color":"green"}', options)).toMatchObject({ kind: 'health-code', colour: 'green' });
    expect(decode('13800138000', options)).toEqual({ kind: 'unknown', valid: false, value: '13800138000', errors: ['unrecognised'], warnings: [] });
    expect(decode('   ', options)).toMatchObject({ kind: 'unknown', errors: ['empty'] });
  });

  it('sends near-ID digit strings to the ID decoder so the reason is reported', () => {
    expect(decode('45010319880412013', options)).toMatchObject({ kind: 'cn-id', valid: false, errors: ['length'] });
  });

  it('never throws, whatever the size or alphabet of the input', () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 3000, unit: 'grapheme' }),
      fc.string({ maxLength: 30, unit: fc.constantFrom(...'0123456789Xx京桂B使应急警港·- {}=&?:/%"') }),
      fc.json(),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string({ unit: 'binary', maxLength: 500 }),
    );
    fc.assert(
      fc.property(texts, fc.string({ maxLength: 12 }), (text, today) => {
        for (const opts of [options, { today }]) {
          const r = decode(text, opts);
          expect(['cn-id', 'plate', 'health-code', 'unknown']).toContain(r.kind);
          expect(r.valid).toBe(r.errors.length === 0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('answers non-text input without throwing', () => {
    expect(decode(undefined as unknown as string, options)).toMatchObject({ kind: 'unknown', errors: ['not-text'] });
  });
});
