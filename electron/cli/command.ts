import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes: the process's own streams when run as a program, buffers in tests. */
export interface Writer { write(text: string): unknown }

/**
 * What a command may touch of the world outside its arguments. A command never writes to
 * process.stdout or calls process.exit itself, so the whole CLI runs in-process in tests.
 */
export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  /**
   * Calls `handler` once when the person asks a long-running command (serve, thermometer,
   * idcard) to stop: Ctrl-C or SIGTERM. A command that never asks keeps the default: the
   * signal ends the process.
   */
  onStop(handler: () => void): void;
}

/** A command's body: returns the exit code; a UsageError exits 2 with its message. */
export type CommandRun = (args: string[], io: CliIo) => Promise<number>;

/**
 * One CLI command as `--help` lists it. The body is loaded only when the command runs, so
 * `--help` and each command pay only for the modules that command needs.
 */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  load(): Promise<CommandRun>;
}

export class UsageError extends Error {}

/** Resolves when the person asks the command to stop. */
export function stopped(io: CliIo): Promise<void> {
  return new Promise((resolve) => io.onStop(resolve));
}

/** node:util parseArgs, with its errors turned into one-line usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]!);
  }
}

export function parseIntOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^(0x[0-9a-f]+|\d+)$/i.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}
