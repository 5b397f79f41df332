import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftScreen, FormDraft } from '../../../shared/api/drafts.ts';
import { useStation } from '../../app/station-context.tsx';

/** Saved this long after the last change: a burst of typing is one call, not one per key. */
const SAVE_AFTER_MS = 500;

/**
 * Keeps the screen's half-filled form in the station's memory for this session (never in the
 * browser's storage: it is personal data), and takes it back once when the screen mounts, so
 * a reload, a renderer crash or a trip to another screen loses nothing. `current` is null for
 * an empty form, which drops what the station held. `restored`: a draft came back (until `dismiss`).
 */
export function useFormDraft(screen: DraftScreen, current: FormDraft | null, restore: (draft: FormDraft) => void): { restored: boolean; dismiss(): void } {
  const { client } = useStation();
  const [taken, setTaken] = useState(false);
  const [restored, setRestored] = useState(false);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;

  useEffect(() => {
    let live = true;
    void client.call('takeDraft', { screen }).then(({ draft }) => {
      if (!live) return;
      if (draft) { restoreRef.current(draft); setRestored(true); }
      setTaken(true);
    }, () => { if (live) setTaken(true); }); // no draft to be had: the form starts empty
    return () => { live = false; };
  }, [client, screen]);

  // Nothing is saved before the take: the empty form on mount must not overwrite the draft.
  const latest = useRef<FormDraft | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const snapshot = JSON.stringify(current);
  useEffect(() => {
    if (!taken) return;
    latest.current = current;
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      void client.call('saveDraft', { screen, draft: latest.current }).catch(() => { /* a draft is a convenience: the form itself is untouched */ });
    }, SAVE_AFTER_MS);
  }, [client, screen, taken, snapshot]);

  // Leaving the screen saves at once, so coming back finds the form as it was left.
  useEffect(() => () => {
    if (!pending.current) return;
    clearTimeout(pending.current);
    void client.call('saveDraft', { screen, draft: latest.current }).catch(() => {});
  }, [client, screen]);

  return { restored, dismiss: useCallback(() => setRestored(false), []) };
}
