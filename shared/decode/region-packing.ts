/**
 * The packed form of the generated region table: `code` + name, in code order, where a code's
 * name is written after its parent's (its prefecture's, else its province's, when the table has
 * them) unless it starts with `=` (a name that does not extend its parent's).
 */

/** The code whose name a code's name is written after, when the table has it. */
export function regionParent(code: string, known: { has(code: string): boolean }): string | undefined {
  if (code.endsWith('0000')) return undefined;
  const prefecture = `${code.slice(0, 4)}00`;
  if (!code.endsWith('00') && known.has(prefecture)) return prefecture;
  const province = `${code.slice(0, 2)}0000`;
  return known.has(province) ? province : undefined;
}

/** Full names by code, read back from a packed table. */
export function unpackRegions(packed: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, code, absolute, text] of packed.matchAll(/(\d{6})(=?)(\D*)/g)) {
    const parent = absolute ? undefined : regionParent(code!, names);
    names.set(code!, (parent === undefined ? '' : names.get(parent)!) + text!);
  }
  return names;
}
