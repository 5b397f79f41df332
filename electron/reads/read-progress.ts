import type { ExportStage } from '../../shared/api/report.ts';

/** How far a read job has come: rows `done` of `total` in a stage. */
export interface ReadProgress { stage: ExportStage; done: number; total: number }
export type ProgressSink = (progress: ReadProgress) => void;

/** Passes rows through, counting them; what a read job hands the store's walks to be measured. */
export type RowCounter = <T>(rows: Iterable<T>) => Iterable<T>;
/** The counter of a read nobody measures: the rows as they are. */
export const uncounted: RowCounter = (rows) => rows;

/** About fifty reports a stage: a smooth bar, never one message per row of a 100,000-row day. */
const REPORTS_PER_STAGE = 50;

/**
 * Measures one stage of a read job whose rows may come in several passes (`count` each pass):
 * reports its start, about every 2% of `total`, and its end, in order and never going back.
 * `total` is the job's estimate (a day's sequence numbers); rows beyond it raise it.
 */
export class StageMeter {
  #done = 0;
  readonly #step: number;

  constructor(private readonly sink: ProgressSink, private readonly stage: ExportStage, private total: number) {
    this.#step = Math.max(1, Math.ceil(total / REPORTS_PER_STAGE));
    sink({ stage, done: 0, total });
  }

  readonly count: RowCounter = <T>(rows: Iterable<T>) => this.#counting(rows);

  *#counting<T>(rows: Iterable<T>): Generator<T> {
    for (const row of rows) {
      yield row;
      this.#done += 1;
      if (this.#done > this.total) this.total = this.#done;
      if (this.#done % this.#step === 0) this.sink({ stage: this.stage, done: this.#done, total: this.total });
    }
  }

  /** The stage is over: its bar is full, whatever the estimate was. */
  end(): void {
    this.sink({ stage: this.stage, done: this.#done, total: this.#done });
  }
}
