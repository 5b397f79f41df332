import { useCallback, useRef } from 'react';

/**
 * For questions asked again before the last answer came (a refresh per pushed event, a new date
 * picked): answers can overtake each other on a busy PC, and only the answer to the latest
 * question may reach the screen. `ask()` before calling; the check it returns says whether
 * this answer is still the one wanted.
 */
export function useLatestAnswer(): () => () => boolean {
  const latest = useRef(0);
  return useCallback(() => {
    const mine = ++latest.current;
    return () => mine === latest.current;
  }, []);
}
