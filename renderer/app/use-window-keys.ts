import { useLayoutEffect, useRef } from 'react';

/**
 * Hears `keys` on the whole window for as long as the calling component is on screen, from the
 * very first frame: a layout effect subscribes in the same commit that shows the component,
 * before the browser paints it. (A plain effect runs only after paint; on a loaded PC a key
 * pressed as the screen appears would go nowhere.)
 */
export function useWindowKeys(keys: readonly string[], onKey: (e: KeyboardEvent) => void): void {
  const latest = useRef(onKey);
  useLayoutEffect(() => { latest.current = onKey; });
  const wanted = keys.join('\n');
  useLayoutEffect(() => {
    const heard = new Set(wanted.split('\n'));
    const listener = (e: KeyboardEvent) => { if (heard.has(e.key)) latest.current(e); };
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, [wanted]);
}
