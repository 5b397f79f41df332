/**
 * The packed form of the generated region table: `code` + name, in code order, where a code's
 * name is written after its parent's (its prefecture's, else its province's, when the table has
 * them) unless it starts with `=` (a name that does not extend its parent's). The historical
 * table takes parents from the current one too, where it lacks them itself.
 */

/** The code whose name a code's name is written after, when the table has it. */
export function regionParent(code: string, known: { has(code: string): boolean }): string | undefined {
  if (code.endsWith('0000')) return undefined;
  const prefecture = `${code.slice(0, 4)}00`;
  if (!code.endsWith('00') && known.has(prefecture)) return prefecture;
  const province = `${code.slice(0, 2)}0000`;
  return known.has(province) ? province : undefined;
}

/** Parents a table's names are written after: its own codes first, then `inherited`'s. */
export function parentNames(own: Map<string, string>, inherited: ReadonlyMap<string, string>) {
  return { has: (code: string) => own.has(code) || inherited.has(code), get: (code: string) => own.get(code) ?? inherited.get(code) };
}

/** Full names by code, read back from a packed table (whose parents may be in `inherited`). */
export function unpackRegions(packed: string, inherited: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const names = new Map<string, string>();
  const parents = parentNames(names, inherited);
  for (const [, code, absolute, text] of packed.matchAll(/(\d{6})(=?)(\D*)/g)) {
    const parent = absolute ? undefined : regionParent(code!, parents);
    names.set(code!, (parent === undefined ? '' : parents.get(parent)!) + text!);
  }
  return names;
}
