import { describe, expect, it } from 'vitest';
import { StageMeter, type ReadProgress } from '../../../../electron/reads/read-progress.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('a stage of a read job, measured', () => {
  it('reports its start, about every 2% of the rows, and its end, in order, passing every row through', () => {
    const got: ReadProgress[] = [];
    const meter = new StageMeter((p) => got.push(p), 'reading', 1000);
    expect([...meter.count(rows(1000))]).toEqual(rows(1000));
    meter.end();
    expect(got[0]).toEqual({ stage: 'reading', done: 0, total: 1000 });
    expect(got[1]).toEqual({ stage: 'reading', done: 20, total: 1000 });
    expect(got).toHaveLength(1 + 50 + 1);
    expect(got.at(-1)).toEqual({ stage: 'reading', done: 1000, total: 1000 });
    expect(got.map((p) => p.done)).toEqual([...got.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('counts several passes as one stage (the PDF reads the day twice)', () => {
    const got: ReadProgress[] = [];
    const meter = new StageMeter((p) => got.push(p), 'reading', 200);
    [...meter.count(rows(100))];
    [...meter.count(rows(100))];
    meter.end();
    expect(got.at(-2)).toEqual({ stage: 'reading', done: 200, total: 200 });
    expect(got.at(-1)).toEqual({ stage: 'reading', done: 200, total: 200 });
  });

  it('raises an estimate the rows outgrow, never reporting more done than its total', () => {
    const got: ReadProgress[] = [];
    const meter = new StageMeter((p) => got.push(p), 'checking', 10);
    [...meter.count(rows(25))];
    for (const p of got) expect(p.done).toBeLessThanOrEqual(p.total);
    expect(got.at(-1)).toEqual({ stage: 'checking', done: 25, total: 25 });
  });

  it('ends full when fewer rows came than estimated, and reports an empty stage without dividing by nothing', () => {
    const got: ReadProgress[] = [];
    const short = new StageMeter((p) => got.push(p), 'writing', 100);
    [...short.count(rows(40))];
    short.end();
    expect(got.at(-1)).toEqual({ stage: 'writing', done: 40, total: 40 });
    const empty = new StageMeter((p) => got.push(p), 'writing', 0);
    [...empty.count([])];
    empty.end();
    expect(got.slice(-2)).toEqual([{ stage: 'writing', done: 0, total: 0 }, { stage: 'writing', done: 0, total: 0 }]);
  });
});
