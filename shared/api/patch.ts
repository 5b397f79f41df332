import { z } from 'zod';

/** Every field optional, at every depth of nested objects; arrays and values stay whole. */
export type Patch<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Patch<T[K]> : T[K] };

/** A field's type without its `.default()` / `.prefault()`: a patch must not invent values. */
function withoutDefault(field: z.ZodType): z.ZodType {
  const def = field._zod.def as { type: string; innerType?: z.ZodType };
  return (def.type === 'default' || def.type === 'prefault') && def.innerType ? withoutDefault(def.innerType) : field;
}

/**
 * The request schema of a settings update: only the fields named are checked and returned.
 * `Settings.partial()` is not enough: zod fills every omitted field that has a default, so a
 * screen saving its three fields would reset all the others (the fever line back to 37.3,
 * the local prefixes emptied). The station merges a patch into what is stored.
 */
export function patchOf<S extends z.ZodObject>(schema: S): z.ZodType<Patch<z.output<S>>, Patch<z.output<S>>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const bare = withoutDefault(field);
    shape[key] = (bare instanceof z.ZodObject ? patchOf(bare) : bare).optional();
  }
  return z.object(shape) as never;
}
