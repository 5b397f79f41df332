import { describe, expect, it } from 'vitest';
import { IsoDate, isIsoDate, isoDate } from '../../../../shared/domain/iso-date.ts';

describe('a real date written YYYY-MM-DD', () => {
  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '1985-01-01'])('%s is one', (day) => {
    expect(isIsoDate(day)).toBe(true);
    expect(IsoDate.parse(day)).toBe(day);
  });

  it.each(['2023-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-05', '20260105', ' 2026-01-05', '2026-01-05T00:00', ''])(
    '"%s" is not, and the schema says what it expects', (text) => {
      expect(isIsoDate(text)).toBe(false);
      expect(IsoDate.safeParse(text).error?.issues[0]?.message).toBe('expected a real date as YYYY-MM-DD');
    },
  );
});

describe('a date from its parts (an ID number, a card)', () => {
  it('writes real dates with zero padding', () => {
    expect(isoDate(1985, 3, 7)).toBe('1985-03-07');
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
  });

  it('has none for parts that do not form a date', () => {
    expect(isoDate(2023, 2, 29)).toBeUndefined();
    expect(isoDate(1999, 11, 31)).toBeUndefined();
    expect(isoDate(1999, 0, 10)).toBeUndefined();
    expect(isoDate(1999, -1, 10)).toBeUndefined();
    expect(isoDate(1999, 1.5, 10)).toBeUndefined();
    expect(isoDate(Number.NaN, 1, 1)).toBeUndefined();
    expect(isoDate(10000, 1, 1)).toBeUndefined();
  });
});
