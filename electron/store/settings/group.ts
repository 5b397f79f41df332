import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Patch } from '../../../shared/api/patch.ts';

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

/** One group of settings, stored as one JSON value under its key; the only way it is read or written. */
export interface SettingsGroup<T> {
  readonly key: string;
  /** The group as stored; defaults fill gaps, and a stored value its schema refuses reads as the defaults. */
  read(db: Database): T;
  /** What `patch` would make of the stored group, checked as a save would check it, without writing. */
  preview(db: Database, patch: Patch<T>): T;
  /** Changes only the fields the patch names, in one transaction with the read; returns the group as stored. */
  patch(db: Database, patch: Patch<T>): T;
}

/**
 * A settings group: its key in the `settings` table, its schema (from shared/, with the
 * defaults), and `check` for what the schema alone cannot refuse (e.g. an unknown time zone).
 * Each group has one module under electron/store/settings/ that makes it; every caller goes
 * through that module, so a group has one reader and one writer.
 */
export function settingsGroup<S extends z.ZodType>(key: string, schema: S, check?: (next: z.output<S>) => void): SettingsGroup<z.output<S>> {
  type T = z.output<S>;
  const read = (db: Database): T => {
    const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    const parsed = schema.safeParse(row ? JSON.parse(row.value) : {});
    return parsed.success ? parsed.data : schema.parse({});
  };
  const preview = (db: Database, patch: Patch<T>): T => {
    const next = schema.parse(mergePatch(read(db), patch)) as T;
    check?.(next);
    return next;
  };
  return {
    key,
    read,
    preview,
    patch: (db, patch) => db.transaction(() => {
      const next = preview(db, patch);
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
        .run(key, JSON.stringify(next));
      return next;
    }).immediate(),
  };
}
