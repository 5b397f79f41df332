import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { patchOf } from '../../../../shared/api/patch.ts';

const Group = z.object({
  line: z.number().min(36).default(37.3),
  names: z.array(z.string()).default(['a']),
  nested: z.object({ x: z.number().default(1), y: z.string().trim().default('y') }).prefault({}),
});

describe('patchOf: the request of a settings update', () => {
  it('invents nothing for the fields a request leaves out, at any depth', () => {
    expect(patchOf(Group).parse({})).toEqual({});
    expect(patchOf(Group).parse({ nested: { x: 2 } })).toEqual({ nested: { x: 2 } });
  });
  it('still checks and cleans the fields it names', () => {
    expect(patchOf(Group).safeParse({ line: 35 }).success).toBe(false);
    expect(patchOf(Group).parse({ nested: { y: '  z ' } })).toEqual({ nested: { y: 'z' } });
  });
});
