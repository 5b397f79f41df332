import { commands } from './commands/index.ts';
import { type CliIo, UsageError } from './command.ts';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Checkpoint Station (卡点登记站) — command line',
    '',
    'usage: checkpoint-station <command> [options]      (in the repo: npm run station -- <command>)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${' '.repeat(width)}  ${c.usage}`),
    '',
    'Without --db, commands use the station database in the per-user data folder.',
  ].join('\n') + '\n';
}

/**
 * Runs one CLI command and returns its exit code; user errors are one line on stderr, never a
 * stack trace. Importing this module does nothing: the program entry (bin.mjs) calls it with
 * the process's streams and signals, tests with buffers.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`checkpoint-station: unknown command "${name}" (see --help)\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`usage: checkpoint-station ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  try {
    const run = await command.load();
    return await run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`checkpoint-station ${name}: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`checkpoint-station ${name}: ${message.split('\n')[0]}\n`);
    return 1;
  }
}
