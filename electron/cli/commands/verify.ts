import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from '../../store/database.ts';
import { verifyStoredChain } from '../../store/event-log.ts';
import { type Command, parseOptions, UsageError } from '../command.ts';

export const verify: Command = {
  name: 'verify',
  summary: "check a station database's hash chain (exit 1 naming the first bad record)",
  usage: 'verify --db PATH',
  async run(args) {
    const { values } = parseOptions(args, { db: { type: 'string' } });
    if (!values.db) throw new UsageError('verify needs --db PATH');
    const path = resolve(values.db);
    if (!existsSync(path)) throw new UsageError(`no database at ${path}`);
    const db = openDatabase(path, { readonly: true });
    try {
      const problem = verifyStoredChain(db);
      if (problem) {
        process.stdout.write(`BROKEN: seq ${problem.seq}: ${problem.problem}\n`);
        return 1;
      }
      const n = (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
      process.stdout.write(`OK: ${n} events, hash chain intact\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
