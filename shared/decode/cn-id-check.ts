/**
 * The ID-number check character (GB 11643-1999, ISO 7064 MOD 11-2) on its own, without the
 * region tables, for code that only needs the arithmetic (demo data, typing hints).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits, or undefined if they are not 17 digits. */
export function cnIdCheckChar(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11];
}
