import type { Database } from 'better-sqlite3';
import type { z } from 'zod';

/**
 * Settings live as one JSON value per key. Each capability reads and writes its own group
 * through its own zod schema, so a stored value always comes back valid (defaults fill gaps).
 */
export function readSettings<S extends z.ZodType>(db: Database, group: string, schema: S): z.output<S> {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(group) as { value: string } | undefined;
  const parsed = schema.safeParse(row ? JSON.parse(row.value) : {});
  return parsed.success ? parsed.data : schema.parse({});
}

export function writeSettings<S extends z.ZodType>(db: Database, group: string, schema: S, value: z.input<S>): z.output<S> {
  const valid = schema.parse(value);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(group, JSON.stringify(valid));
  return valid;
}
