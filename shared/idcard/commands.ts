import { samCommand } from './frame.ts';

/**
 * The requests this station sends (shared/idcard-reader.md §2). Deliberately absent: `30 10`
 * (text + photo + fingerprints): a checkpoint has no use for fingerprints and never asks.
 */
export const SAM_COMMANDS = {
  resetSam: samCommand(0x10, 0xff),
  samStatus: samCommand(0x11, 0xff),
  samId: samCommand(0x12, 0xff),
  findCard: samCommand(0x20, 0x01),
  selectCard: samCommand(0x20, 0x02),
  readText: samCommand(0x30, 0x01),
} as const;
export type SamCommandName = keyof typeof SAM_COMMANDS;

/** Bauds a reader can be set to, in the order of the `60 xx` index. */
export const READER_BAUD_RATES = [115200, 57600, 38400, 19200, 9600] as const;
export type ReaderBaudRate = (typeof READER_BAUD_RATES)[number];

/** The command a request starts with (`20 01` → 'findCard'), for the diagnostics log. */
export function commandName(request: Uint8Array): SamCommandName | null {
  for (const [name, bytes] of Object.entries(SAM_COMMANDS)) {
    if (bytes.length === request.length && bytes.every((b, i) => b === request[i])) return name as SamCommandName;
  }
  return null;
}
