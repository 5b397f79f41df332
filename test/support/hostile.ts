import fc from 'fast-check';

/**
 * Strings an attacker, a broken scanner or a bad copy-paste would send: SQL and spreadsheet
 * formula injection, control characters, bidi overrides, lone surrogates (invalid UTF-16,
 * which becomes invalid UTF-8 on the way to disk), and very long text.
 */
export const HOSTILE_SAMPLES = [
  "'); DROP TABLE events; --", "' OR '1'='1", 'Robert"); DELETE FROM staff; --',
  '=HYPERLINK("http://x.invalid","点我")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1:A9)', '\t=1+1',
  '\u0000', '\u0000\u0001\u0002\u001b[31m', '\r\n\r\n', '\u202e反转\u202c', '\u200b\u200d\ufeff',
  '\ud800', '\udfff\ud800', 'a\ud83d', '🙂\u0000🙂', '%s%n%x', '../../etc/passwd', '<script>alert(1)</script>',
  '__proto__', 'constructor', '{"$gt":""}',
];

/** One hostile string: a known nasty one, random unicode with control chars, or a huge one. */
export const hostileString = (): fc.Arbitrary<string> => fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_SAMPLES) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_SAMPLES), fc.string({ maxLength: 20 })).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => '长'.repeat(n)) },
);

/** Any JSON-ish value, with hostile strings where strings go: what a client can put in a body. */
export const hostileValue = (): fc.Arbitrary<unknown> => fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString(), fc.constantFrom('screening', 'kind', 'person', 'name', 'pin', 'backup')), tie('value'), { maxKeys: 4 }),
  ),
})).value;
