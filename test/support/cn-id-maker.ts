/**
 * Builds ID numbers for tests with its own check-character maths (ISO 7064 MOD 11-2 written
 * from the definition, weight = 2^(17-i) mod 11), so tests do not trust the code under test.
 */
export function makeCnId(region: string, birth: string, sequence: string): string {
  const body = `${region}${birth}${sequence}`;
  if (!/^\d{17}$/.test(body)) throw new Error(`bad ID parts: ${body}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return body + (check === 10 ? 'X' : String(check));
}
