import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Patch } from '../../shared/api/patch.ts';

/**
 * Settings live as one JSON value per key. Each capability reads and writes its own group
 * through its own zod schema, so a stored value always comes back valid (defaults fill gaps).
 */
export function readSettings<S extends z.ZodType>(db: Database, group: string, schema: S): z.output<S> {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(group) as { value: string } | undefined;
  const parsed = schema.safeParse(row ? JSON.parse(row.value) : {});
  return parsed.success ? parsed.data : schema.parse({});
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `patch` laid over `base`: nested objects merge, arrays and values replace, absent keys keep. */
export function mergePatch<T>(base: T, patch: Patch<T>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === undefined) continue;
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? mergePatch(out[key], value) : value;
  }
  return out as T;
}

/**
 * Changes only the fields the patch names, in one transaction with the read, and returns the
 * whole group as stored. `check` may refuse the merged result (e.g. an unknown time zone).
 */
export function patchSettings<S extends z.ZodType>(
  db: Database, group: string, schema: S, patch: Patch<z.output<S>>, check?: (next: z.output<S>) => void,
): z.output<S> {
  return db.transaction(() => {
    const next = schema.parse(mergePatch(readSettings(db, group, schema), patch)) as z.output<S>;
    check?.(next);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(group, JSON.stringify(next));
    return next;
  }).immediate();
}
