import { useCallback, useState } from 'react';

export interface SeededForm<T extends object> {
  /** What the form shows: the station's copy with the person's edits over it; null until loaded. */
  value: T | null;
  /** The station's copy arrived (first load or any refresh): fields the person changed stay theirs. */
  seed(server: T): void;
  /** The person changed fields; a field given its current value again is not an edit. */
  edit(patch: Partial<T>): void;
  /** The station stored `sent`: edits still equal to what was sent are done; newer ones stay. */
  saved(sent: T, stored: T): void;
}

/** The station's last copy and the fields the person changed since it loaded. */
export interface FormState<T extends object> { server: T | null; edits: Partial<T> }

/** The fields of `edits` that differ from `than` (by identity: every edit makes a new value). */
function differing<T extends object>(edits: Partial<T>, than: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(edits).filter(([k, v]) => !Object.is(v, than[k as keyof T]))) as Partial<T>;
}

/** The pure steps of the form, one per event; the hook below only holds the state. */
export const formSteps = {
  shown: <T extends object>(s: FormState<T>): T | null => s.server && { ...s.server, ...s.edits },
  seed: <T extends object>(s: FormState<T>, server: T): FormState<T> => ({ ...s, server }),
  edit: <T extends object>(s: FormState<T>, patch: Partial<T>): FormState<T> =>
    ({ ...s, edits: { ...s.edits, ...differing(patch, { ...s.server, ...s.edits } as Partial<T>) } }),
  saved: <T extends object>(s: FormState<T>, sent: T, stored: T): FormState<T> => ({ server: stored, edits: differing(s.edits, sent) }),
};

/**
 * A form seeded from the station and edited by a person. On a slow PC the station's answer to
 * a refresh can land after the person has started typing; it then updates only the fields
 * they have not touched, so what a person typed never silently reverts before it is saved.
 */
export function useSeededForm<T extends object>(): SeededForm<T> {
  const [state, setState] = useState<FormState<T>>({ server: null, edits: {} });
  const seed = useCallback((server: T) => setState((s) => formSteps.seed(s, server)), []);
  const edit = useCallback((patch: Partial<T>) => setState((s) => formSteps.edit(s, patch)), []);
  const saved = useCallback((sent: T, stored: T) => setState((s) => formSteps.saved(s, sent, stored)), []);
  return { value: formSteps.shown(state), seed, edit, saved };
}
