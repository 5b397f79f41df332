import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import pinoRoll from 'pino-roll';
import { OWNER_ONLY_FILE } from '../store/private-files.ts';
import { scrubText, scrubValue } from './personal-data-scrub.ts';

/** Days of log files kept besides today's (and at most this many files of 5 MB per day). */
const KEEP_FILES = 14;

const options: pino.LoggerOptions = {
  base: { app: 'checkpoint-station' },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { log: (object) => scrubValue(object) as Record<string, unknown> },
  hooks: {
    logMethod(args, method) {
      method.apply(this, args.map((a) => (typeof a === 'string' ? scrubText(a) : a)) as Parameters<typeof method>);
    },
  },
};

// Until the station opens its log file (tests, one-shot CLI commands): warnings to stderr.
let current: Logger = pino({ ...options, level: 'warn' }, pino.destination(2));
let closeCurrent: () => void = () => {};

/** The station's logger: device events, errors, backups, purges. Never personal data. */
export function stationLog(): Logger {
  return current;
}

/** Opens `<dir>/station.<n>.log`, rolled daily and at `maxSize` (5 MB), keeping the last files only. */
export async function openStationLog(dir: string, maxSize = '5m'): Promise<Logger> {
  const stream = await pinoRoll({
    file: join(dir, 'station'), extension: '.log', frequency: 'daily', size: maxSize, mkdir: true, sync: true, mode: OWNER_ONLY_FILE,
    limit: { count: KEEP_FILES, removeOtherLogFiles: true },
  });
  closeCurrent();
  current = pino({ ...options, level: 'info' }, stream);
  closeCurrent = () => stream.end();
  return current;
}

export function closeStationLog(): void {
  closeCurrent();
  closeCurrent = () => {};
  current = pino({ ...options, level: 'warn' }, pino.destination(2));
}
