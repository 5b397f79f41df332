import { describe, expect, it } from 'vitest';
import { instantAtOrBefore } from '../../../../shared/duty/local-clock.ts';

const bj = (local: string) => new Date(Date.parse(`${local}+08:00`));

describe('a time typed for something that already happened', () => {
  it('is today when that time has passed', () => {
    expect(instantAtOrBefore('09:30', bj('2026-03-01T10:00:00'), 480)).toEqual(bj('2026-03-01T09:30:00'));
  });
  it('is yesterday when it has not come yet today (typed after midnight)', () => {
    expect(instantAtOrBefore('23:50', bj('2026-03-01T00:10:00'), 480)).toEqual(bj('2026-02-28T23:50:00'));
    expect(instantAtOrBefore('23:50', bj('2024-03-01T00:10:00'), 480)).toEqual(bj('2024-02-29T23:50:00'));
  });
  it('is now when it is the current minute, and the local day is the station\'s, not UTC\'s', () => {
    expect(instantAtOrBefore('07:15', bj('2026-03-01T07:15:40'), 480)).toEqual(bj('2026-03-01T07:15:00'));
    // 07:15 in Beijing is still 23:15 the day before in UTC.
    expect(instantAtOrBefore('07:00', bj('2026-03-01T07:15:00'), 480)!.toISOString()).toBe('2026-02-28T23:00:00.000Z');
  });
  it('refuses what is not a time of day', () => {
    for (const bad of ['24:00', '7:15', '12:60', '', 'noon']) expect(instantAtOrBefore(bad, bj('2026-03-01T07:15:00'), 480)).toBeNull();
  });
});
