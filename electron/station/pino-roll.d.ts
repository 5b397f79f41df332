// pino-roll ships no types; this is the one call the station makes (its documented build()).
declare module 'pino-roll' {
  import type { DestinationStream } from 'pino';
  export interface PinoRollOptions {
    file: string;
    frequency?: 'daily' | 'hourly' | number;
    size?: string | number;
    mkdir?: boolean;
    extension?: string;
    limit?: { count?: number; removeOtherLogFiles?: boolean };
    /** SonicBoom: write each line as it comes (a crash must not swallow the last lines). */
    sync?: boolean;
    /** SonicBoom: the mode a new log file is created with. */
    mode?: number;
  }
  export default function build(options: PinoRollOptions): Promise<DestinationStream & { end(): void; flushSync(): void }>;
}
