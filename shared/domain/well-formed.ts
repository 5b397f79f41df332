/** A UTF-16 surrogate without its partner: `u` mode reads a proper pair as one code point. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Whether any string (or key) in a value holds a lone surrogate. Such text is valid in a
 * JavaScript string and in escaped JSON, but not in UTF-8: SQLite would store U+FFFD instead,
 * and the record would no longer match the hash it was given.
 */
export function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, v]) => LONE_SURROGATE.test(key) || hasLoneSurrogate(v));
  }
  return false;
}
