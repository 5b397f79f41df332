/**
 * Catastrophic backtracking, caught before a pattern ever runs. JavaScript's regex engine
 * backtracks and cannot be interrupted: `^(\d+)+$` against a line of 30 digits and an `x` tries
 * about 2³⁰ ways and freezes the station. The shape behind that is a repeated group whose
 * inside can itself repeat or choose (star height above one): `(\d+)+`, `(a*)*`, `(\d{1,3})+`,
 * `(?:a|ab)*`. Such a pattern is refused with a message saying why. Polynomial shapes
 * (`\d*\d*\d*\d*x`: seconds on a 120-character line) are found by the station trying the
 * pattern on a worker thread before saving it (electron/thermometer/pattern-probe.ts).
 */

interface Frame { repeats: boolean; chooses: boolean }
type Atom = { kind: 'group'; frame: Frame } | { kind: 'simple' } | null;

/** The largest count a quantifier at `source[i]` allows, and where it ends; null if none is there. */
function quantifierAt(source: string, i: number): { max: number; end: number } | null {
  const c = source[i];
  let max: number;
  let end = i + 1;
  if (c === '*' || c === '+') max = Infinity;
  else if (c === '?') max = 1;
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m) return null; // a literal brace
    max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    end = i + m[0].length;
  } else return null;
  if (source[end] === '?') end++; // lazy: the same backtracking, in another order
  return { max, end };
}

/** Why this pattern could hang the station, or null when it cannot backtrack catastrophically. */
export function backtrackingRisk(source: string): string | null {
  const stack: Frame[] = [{ repeats: false, chooses: false }];
  let atom: Atom = null;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    const quantifier = quantifierAt(source, i);
    if (quantifier && atom) {
      if (quantifier.max > 1) {
        if (atom.kind === 'group' && (atom.frame.repeats || atom.frame.chooses)) {
          return `the repeated group ending at character ${i} repeats or has alternatives inside it, which can take forever on a long line; write it without the outer repetition`;
        }
        stack[stack.length - 1]!.repeats = true;
      }
      atom = null;
      i = quantifier.end;
      continue;
    }
    if (c === '\\') {
      atom = { kind: 'simple' };
      i += 2;
    } else if (c === '[') {
      // A class is one character whatever it holds; only `\` and the closing `]` matter inside.
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      atom = { kind: 'simple' };
      i = j + 1;
    } else if (c === '(') {
      stack.push({ repeats: false, chooses: false });
      atom = null;
      i++;
    } else if (c === ')') {
      const frame = stack.length > 1 ? stack.pop()! : { repeats: false, chooses: false };
      const parent = stack[stack.length - 1]!;
      parent.repeats ||= frame.repeats;
      parent.chooses ||= frame.chooses;
      atom = { kind: 'group', frame };
      i++;
    } else if (c === '|') {
      stack[stack.length - 1]!.chooses = true;
      atom = null;
      i++;
    } else {
      atom = c === '^' || c === '$' ? null : { kind: 'simple' };
      i++;
    }
  }
  return null;
}
