import { useEffect, useState } from 'react';

const routeInHash = (fallback: string) => /^#\/([\w-]+)/.exec(window.location.hash)?.[1] ?? fallback;

/** The current screen id from `#/<id>`; plain hash routing works from file, app:// and http. */
export function useHashRoute(fallback: string): [string, (id: string) => void] {
  const [route, setRoute] = useState(() => routeInHash(fallback));
  // Subscribed once per fallback, not again on every render.
  useEffect(() => {
    const onChange = () => setRoute(routeInHash(fallback));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [fallback]);
  return [route, (id) => { window.location.hash = `#/${id}`; }];
}
