import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDateRange } from '../../export/date-range.ts';
import { loadReport } from '../../export/report-source.ts';
import { openDatabase } from '../../store/database.ts';
import { defaultDbPath } from '../data-dir.ts';
import { type CommandRun, parseOptions, UsageError } from '../command.ts';

export const run: CommandRun = async (args, io) => {
  const { values } = parseOptions(args, { db: { type: 'string' }, date: { type: 'string' }, to: { type: 'string' } });
  const range = parseDateRange(values.date, values.to);
  if (typeof range === 'string') throw new UsageError(`--date/--to: ${range}`);
  const path = resolve(values.db ?? defaultDbPath());
  if (!existsSync(path)) throw new UsageError(`no database at ${path}`);
  const db = openDatabase(path, { readonly: true });
  try {
    io.stdout.write(JSON.stringify(loadReport(db, range).report, null, 2) + '\n');
    return 0;
  } finally {
    db.close();
  }
};
