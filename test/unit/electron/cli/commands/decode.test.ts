import { describe, expect, it } from 'vitest';
import { localDateAndOffset } from '../../../../../shared/domain/local-time.ts';
import { makeCnId } from '../../../../support/cn-id-maker.ts';
import { jsonLines, runCli } from '../../../../support/run-cli.ts';

/** Runs the CLI as `npm run station -- decode ...` would, in this process. */
async function station(...args: string[]) {
  const r = await runCli(['decode', ...args]);
  return { ...r, lines: jsonLines(r.stdout) };
}

describe('station decode', () => {
  it('prints one JSON object per TEXT, in order, and exits 0 even for invalid values', async () => {
    const id = makeCnId('450103', '19880412', '013');
    const { code, lines, stderr } = await station('--local-region', '4501', '--local-plate', '桂B', id.toLowerCase(), '桂b · 12345', '粤BD12345', 'hello there');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lines).toEqual([
      { kind: 'cn-id', valid: true, value: id, errors: [], warnings: [], local: true, regionCode: '450103', regionName: '广西壮族自治区南宁市青秀区', birthDate: '1988-04-12', sex: 'male' },
      { kind: 'plate', valid: true, value: '桂B12345', errors: [], warnings: [], province: '桂', newEnergy: false, local: true },
      { kind: 'plate', valid: true, value: '粤BD12345', errors: [], warnings: [], province: '粤', newEnergy: true, local: false },
      { kind: 'unknown', valid: false, value: 'hello there', errors: ['unrecognised'], warnings: [] },
    ]);
  });

  it('judges birth dates against the computer’s own date', async () => {
    const today = localDateAndOffset(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone).localDate;
    const nextYear = String(Number(today.slice(0, 4)) + 1);
    const { code, lines } = await station(makeCnId('110105', `${nextYear}0101`, '001'), makeCnId('110105', '19900230', '001'), '45010319880412013X');
    expect(code).toBe(0);
    expect(lines.map((l) => [l.kind, l.valid, l.errors])).toEqual([
      ['cn-id', false, ['birth-date-future']],
      ['cn-id', false, ['birth-date-invalid']],
      ['cn-id', false, ['check-char']],
    ]);
  });

  it('takes several prefixes of each kind', async () => {
    const { lines } = await station('--local-region', '11', '--local-region', '450103', '--local-plate', '京', '--local-plate', '桂A',
      makeCnId('450103', '19880412', '013'), makeCnId('450102', '19880412', '013'), '京N12345', '桂B12345');
    expect(lines.map((l) => l.local)).toEqual([true, false, true, false]);
  });

  it.each([
    [[], 'at least one TEXT'],
    [['--local-region', '451', 'x'], '--local-region'],
    [['--local-region', '45A1', 'x'], '--local-region'],
    [['--local-plate', '港', 'x'], '--local-plate'],
    [['--colour', 'x'], 'Unknown option'],
  ])('exits 2 with one line for usage error %j', async (args, message) => {
    const { code, stdout, stderr } = await station(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });
});
