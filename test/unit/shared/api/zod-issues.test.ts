import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldIssues, firstIssueText } from '../../../../shared/api/zod-issues.ts';

const Reader = z.strictObject({ port: z.object({ path: z.string().min(1), baud: z.number().int() }) });
const refusal = (value: unknown) => Reader.safeParse(value).error!;

describe('zod issues as the station names refused fields', () => {
  it('a nested field by its dotted path, with zod\'s reason', () => {
    expect(fieldIssues(refusal({ port: { path: '', baud: 1.5 } }))).toEqual([
      { path: 'port.path', message: expect.stringContaining('>=1') },
      { path: 'port.baud', message: expect.stringContaining('expected int') },
    ]);
  });

  it('the whole value as (root), never an empty path', () => {
    expect(fieldIssues(refusal({ port: { path: 'x', baud: 1 }, note: 1 }))).toEqual([{ path: '(root)', message: 'Unrecognized key: "note"' }]);
  });

  it('one line of text for a CLI or a verify report: the first refused field', () => {
    expect(firstIssueText(refusal({ port: { path: '', baud: 1.5 } }))).toMatch(/^port\.path: /);
  });
});
