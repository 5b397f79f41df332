import { Worker } from 'node:worker_threads';
import { ApiError } from '../../shared/api/contract.ts';
import { ASCII_DEFAULTS } from '../../shared/thermometer/ascii.ts';
import type { ThermometerConfig } from '../../shared/thermometer/config.ts';

/** Far above what any sane pattern needs for these lines (microseconds), far below a frozen station. */
const PROBE_LIMIT_MS = 250;

/**
 * Lines a serial device could send that make slow patterns show: long runs of one character
 * (what `\d*\d*\d*` and `.*.*.*` choke on), with and without an ending that fails the match.
 */
function probeLines(length = ASCII_DEFAULTS.maxLineLength): string[] {
  const runs = ['1', ' ', 'a', 'C', '.', '-', ':', '1.', '1 ', 'a1'];
  return runs.flatMap((r) => {
    const line = r.repeat(Math.ceil(length / r.length)).slice(0, length);
    return [line, `${line.slice(0, -1)}!`];
  });
}

// Runs in the worker: compile each pattern as the parser does and try every probe line.
const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ sources, lines }) => {
  for (const source of sources) {
    let re;
    try { re = new RegExp(source, 'i'); } catch { continue; }
    for (const line of lines) re.exec(line);
  }
  parentPort.postMessage('done');
});
parentPort.postMessage('ready');
`;

/**
 * Whether the patterns answer every probe line in time, tried on a worker thread that is
 * stopped at the limit. The static check (`backtrackingRisk`) refuses the exponential shapes;
 * this catches the polynomial ones (`\d*\d*\d*\d*x` takes 8 s on a 119-digit line).
 */
export function patternsAnswerInTime(sources: string[], limitMs = PROBE_LIMIT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { eval: true });
    let timer: NodeJS.Timeout | undefined;
    const finish = (ok: boolean) => { clearTimeout(timer); void worker.terminate(); resolve(ok); };
    worker.on('error', () => finish(true)); // an invalid pattern is the parser's to report
    worker.on('message', (m) => {
      if (m === 'done') return finish(true);
      // Timed from here, not from the worker's start-up, which a busy machine can slow.
      timer = setTimeout(() => finish(false), limitMs);
      worker.postMessage({ sources, lines: probeLines() });
    });
  });
}

/** Refuses thermometer settings whose ASCII patterns could freeze the station on some line. */
export async function refuseSlowPatterns(config: ThermometerConfig): Promise<void> {
  for (const field of ['pattern', 'errorPattern'] as const) {
    if (!(await patternsAnswerInTime([config.ascii[field]]))) {
      throw new ApiError('bad-request', 'this pattern is too slow on long lines and could freeze the station', [
        { path: `ascii.${field}`, message: 'too slow on a long line: avoid several repeats that can match the same characters in a row (e.g. \\d*\\d*\\d*)' },
      ]);
    }
  }
}
