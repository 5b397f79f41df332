import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { ApiError } from '../../../shared/api/contract.ts';
import { isIsoDate } from '../../../shared/domain/iso-date.ts';
import { exportIsolation } from '../../isolation/isolation-export.ts';
import { ReadWorkers } from '../../reads/read-workers.ts';
import { openDatabase } from '../../store/database.ts';
import { defaultDbPath } from '../data-dir.ts';
import { type CommandRun, parseOptions, UsageError } from '../command.ts';

const SHEETS = ['health-centre', 'register'] as const;
const FORMATS = ['pdf', 'xlsx'] as const;
const oneOf = <T extends string>(options: readonly T[], value: string | undefined): value is T => value !== undefined && (options as readonly string[]).includes(value);

/** `isolation`: the health-centre report or the arrivals register of a date, as PDF or XLSX. */
export const run: CommandRun = async (args, io) => {
  const { values } = parseOptions(args, { db: { type: 'string' }, date: { type: 'string' }, sheet: { type: 'string', default: 'health-centre' }, format: { type: 'string' }, out: { type: 'string' } });
  if (!values.date || !isIsoDate(values.date)) throw new UsageError('--date YYYY-MM-DD is required');
  if (!oneOf(SHEETS, values.sheet)) throw new UsageError(`--sheet must be one of ${SHEETS.join(', ')}`);
  if (!oneOf(FORMATS, values.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (!values.out) throw new UsageError('isolation needs --out DIR (the folder, e.g. the USB stick)');
  const path = resolve(values.db ?? defaultDbPath());
  if (!existsSync(path)) throw new UsageError(`no database at ${path}`);
  const db = openDatabase(path);
  const reads = new ReadWorkers({ dbPath: path });
  try {
    const files = await exportIsolation(db, { sheet: values.sheet, date: values.date!, format: values.format, outDir: resolve(values.out), by: { staffId: null, name: `cli:${userInfo().username}` }, reads });
    for (const file of files) io.stdout.write(`${file.path}\t${file.bytes} bytes\tsha256 ${file.sha256}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    io.stderr.write(`checkpoint-station isolation: ${err.message}\n`);
    return 1;
  } finally {
    await reads.close();
    db.close();
  }
};
