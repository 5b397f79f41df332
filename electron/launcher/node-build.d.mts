// Types for node-build.mjs (plain JavaScript, so it runs before anything is compiled).
export const OUT_DIR: string;
export function staleReason(outDir?: string): string | null;
export function buildNode(outDir?: string): Promise<void>;
export function ensureBuilt(say?: (line: string) => void): Promise<void>;
export function loadBuilt(entry: 'cli' | 'start', say?: (line: string) => void): Promise<Record<string, unknown>>;
