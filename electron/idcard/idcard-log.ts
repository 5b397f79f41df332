import type { IdCardDiagnostics } from '../../shared/api/idcard.ts';

type Entry = IdCardDiagnostics['log'][number];
const ENTRIES = 60;

/**
 * The reader's recent traffic for the check panel and the CLI: requests in hex, answers as
 * status words and sizes, card reads by kind only. Answers' data (name, ID, photo) is never
 * written here: only `rx` summaries the service builds, never the bytes.
 */
export class IdCardLog {
  readonly entries: Entry[] = [];
  lastError: { at: string; message: string } | null = null;

  add(kind: Entry['kind'], text: string): Entry {
    const entry = { at: new Date().toISOString(), kind, text };
    this.entries.push(entry);
    if (this.entries.length > ENTRIES) this.entries.splice(0, this.entries.length - ENTRIES);
    if (kind === 'fault') this.lastError = { at: entry.at, message: text };
    return entry;
  }

  clear(): void {
    this.entries.length = 0;
    this.lastError = null;
  }
}
