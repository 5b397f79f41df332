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

  // Keys typed before the station answers (a scan, a fast hand) are the form now: a late draft
  // does not overwrite them.
  const snapshot = JSON.stringify(current);
  const atMount = useRef(snapshot);
  const now = useRef(snapshot);
  now.current = snapshot;

  // Taken once per screen instance (React's strict mode runs effects twice in development: the
  // second run must not take again and find nothing); a screen left before the answer puts it back.
  const asked = useRef(false);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    if (!asked.current) {
      asked.current = true;
      void client.call('takeDraft', { screen }).then(({ draft }) => {
        if (!mounted.current) {
          if (draft) void client.call('saveDraft', { screen, draft }).catch(() => {});
          return;
        }
        if (draft && now.current === atMount.current) { restoreRef.current(draft); setRestored(true); }
        setTaken(true);
      }, () => { if (mounted.current) setTaken(true); }); // no draft to be had: the form starts empty
    }
    return () => { mounted.current = false; };
  }, [client, screen]);

  // Nothing is saved before the take: the empty form on mount must not overwrite the draft.
  const latest = useRef<FormDraft | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
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
