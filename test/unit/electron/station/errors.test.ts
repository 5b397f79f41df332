import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../../../shared/api/contract.ts';
import { invalidInput, toApiError } from '../../../../electron/station/errors.ts';

const Visitor = z.strictObject({ name: z.string().min(1), car: z.object({ plate: z.string().min(7) }) });

describe('refused input as the error a transport sends', () => {
  it('names each field zod refused, with its dotted path, and the whole input as (root)', () => {
    const nested = Visitor.safeParse({ name: '', car: { plate: '桂B' } }).error!;
    expect(invalidInput('invalid input for recordScreening', nested).toBody().error).toMatchObject({
      code: 'bad-request', reason: 'invalid-input', message: 'invalid input for recordScreening',
      issues: [{ path: 'name', message: expect.any(String) }, { path: 'car.plate', message: expect.any(String) }],
    });
    expect(invalidInput('invalid data', Visitor.safeParse('not an object').error!).issues).toEqual([{ path: '(root)', message: expect.any(String) }]);
  });

  it('maps a ZodError thrown inside a handler the same way as a refused request', () => {
    const error = Visitor.safeParse({ name: 'x', car: {} }).error!;
    const mapped = toApiError(error);
    expect(mapped).toBeInstanceOf(ApiError);
    expect(mapped.toBody()).toEqual(invalidInput('invalid data', error).toBody());
  });
});
